// Defines every element at once, for apps with a bundler (the drop-in bundle defines them a task later: see spf-widgets.ts).
import '@spf-wellbeing/core/spf-feed/define';
import '@spf-wellbeing/resources/define';
import '@spf-wellbeing/podcast-player/define';
import '@spf-wellbeing/wellbeing-checkin/define';
import '@spf-wellbeing/diagnostic-card/define';

export * from './index.js';

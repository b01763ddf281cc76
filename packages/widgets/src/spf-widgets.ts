// The drop-in bundle: defines every element. Safe to load twice.
import '@spf-wellbeing/core/spf-feed/define';
import '@spf-wellbeing/resources/define';
import '@spf-wellbeing/podcast-player/define';
import '@spf-wellbeing/wellbeing-checkin/define';
import '@spf-wellbeing/diagnostic-card/define';

export * from './index.js';

export { SpfFeed } from '@spf-wellbeing/core';
export { SpfResources } from '@spf-wellbeing/resources';
export { SpfPodcastPlayer } from '@spf-wellbeing/podcast-player';
export { SpfWellbeingCheckin } from '@spf-wellbeing/wellbeing-checkin';
export { SpfDiagnosticCard } from '@spf-wellbeing/diagnostic-card';

export { SpfResources, spfResourcesDefinition } from './resources.js';
export { SpfWellbeingCheckin, spfWellbeingCheckinDefinition } from './wellbeing-checkin.js';
export { SpfPodcastPlayer, spfPodcastPlayerDefinition } from './podcast-player.js';
export { SpfDiagnosticCard, spfDiagnosticCardDefinition } from './diagnostic-card.js';
export { SpfFeed, spfFeedDefinition } from './feed.js';
export { feedEvents } from './events.js';
export { createSpfComponent, type SpfComponent, type SpfComponentDefinition, type EventMap } from './wrap.js';

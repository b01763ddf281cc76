// The drop-in bundle: defines every element, in a task of its own just after
// this script's (see define-soon.ts). Safe to load twice.
import { SpfFeed } from '@spf-wellbeing/core';
import { SpfResources } from '@spf-wellbeing/resources';
import { SpfPodcastPlayer } from '@spf-wellbeing/podcast-player';
import { SpfWellbeingCheckin } from '@spf-wellbeing/wellbeing-checkin';
import { SpfDiagnosticCard } from '@spf-wellbeing/diagnostic-card';
import { defineSoon } from './define-soon.js';

export * from './index.js';

defineSoon(() => {
  // <spf-feed> first, so the elements inside one find it as they connect.
  SpfFeed.define('spf-feed');
  SpfResources.define('spf-resources');
  SpfPodcastPlayer.define('spf-podcast-player');
  SpfWellbeingCheckin.define('spf-wellbeing-checkin');
  SpfDiagnosticCard.define('spf-diagnostic-card');
});

// This bundle defines the tags itself (not through the packages' define modules), so it declares them.
declare global {
  interface HTMLElementTagNameMap {
    'spf-feed': SpfFeed;
    'spf-resources': SpfResources;
    'spf-podcast-player': SpfPodcastPlayer;
    'spf-wellbeing-checkin': SpfWellbeingCheckin;
    'spf-diagnostic-card': SpfDiagnosticCard;
  }
}

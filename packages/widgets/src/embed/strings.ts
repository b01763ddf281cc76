import type { Translations } from '@spf-wellbeing/core';

/** English UI strings of the embed-code builder (<spf-embed-builder>). */
const en = {
  heading: 'Make the code to put wellbeing content on your page',
  intro:
    'Choose what to show and how, check the preview, then copy the code into your page or your content management system.',
  stepElement: '1. What to show',
  'element-resources': 'Resources: a searchable list of guides, toolkits and podcasts',
  'element-podcast-player': 'Podcast player: an episode or a series, with transcripts',
  'element-wellbeing-checkin': 'Wellbeing check-in: "How are you feeling today?"',
  'element-diagnostic-card': 'Self-assessment against the NHS Health and Wellbeing Framework',
  stepOptions: '2. Options',
  feedLabel: 'Feed address (optional)',
  feedHint: 'Leave empty to use the default feed from the NHS Social Partnership Forum.',
  loadFeed: 'Use this feed',
  feedLoading: 'Loading the feed…',
  feedNotWeb: 'The feed address must start with https:// or http://.',
  feedNotAllowed:
    'The embed page does not show feeds from {origin}. It shows feeds on its own website and on the websites it was built to allow. Ask the people who host it to allow this one.',
  topicLabel: 'Topic',
  allTopics: 'All topics',
  episodeLabel: 'Episode',
  newestEpisode: 'The newest episode (or the chosen series)',
  seriesLabel: 'Series',
  anySeries: 'Any series',
  seriesHint: 'A chosen episode comes first; a series shows its episodes in order.',
  checkinLabel: 'Check-in',
  historyLabel: 'Let people keep a history of their check-ins in their own browser',
  diagnosticLabel: 'Self-assessment',
  firstInFeed: 'The first in the feed',
  languageLabel: 'Language',
  languageReader: 'The reader’s browser language',
  languageEn: 'English',
  languageCy: 'Cymraeg (Welsh)',
  heightLabel: 'Height in pixels (300 or more)',
  heightHint:
    'Used where the page cannot resize the frame, such as SharePoint. The content scrolls inside the frame at any height.',
  heightError: 'Enter a height of 300 or more. Using {height}.',
  stepPreview: '3. Preview',
  previewTitle: 'Preview: {title}',
  stepCode: '4. Copy the code',
  iframeHeading: 'Frame (iframe): for SharePoint, WordPress.com and any page that allows frames',
  iframeHint: 'The frame stays at the height you chose, and scrolls inside.',
  helperHeading: 'Resize line: where your page also allows one script',
  helperHint: 'Add this once, after the frames: it sets each frame’s height to its content and passes on its events.',
  dropInHeading: 'Drop-in element: for pages that allow scripts',
  dropInHint: 'No frame: the element is part of your page. The content inside the tag shows if it cannot start.',
  iframeName: 'frame code',
  helperName: 'resize line',
  dropInName: 'drop-in code',
  codeLabel: 'Code: {what}',
  copy: 'Copy',
  copyWhat: 'Copy the {what}',
  copied: 'Copied',
  copySelected: 'The code is selected. Press Control and C (or Command and C) to copy it.',
  fallbackCheckin:
    'If you are struggling, talk to your line manager or your staff wellbeing team. Samaritans are there any time on',
  fallbackDiagnostic: 'Read the NHS Health and Wellbeing Framework',
  fallbackDownload: 'Download the episode',
  fallbackMore: 'More health and wellbeing resources',
  frameTitle: 'NHS staff wellbeing: {title}',
};

export type StringKey = keyof typeof en;

export const strings = {
  en,
  cy: () => import('./strings.cy.js'),
} satisfies Translations<StringKey>;

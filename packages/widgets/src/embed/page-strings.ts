import { cy } from './page-strings.cy.js';

/** English messages of the embed page (embed.html): shown instead of an element when its web address is wrong. */
export const en = {
  pageTitle: 'NHS staff wellbeing',
  'title-resources': 'Health and wellbeing resources',
  'title-podcast-player': 'Wellbeing podcast',
  'title-wellbeing-checkin': 'Wellbeing check-in',
  'title-diagnostic-card': 'Health and wellbeing self-assessment',
  problemHeading: 'This wellbeing content cannot be shown',
  noElement:
    'The web address of this embedded page does not say what to show. It needs element= followed by one of: {names}.',
  unknownElement:
    'The web address of this embedded page asks for something it does not have. After element= it needs one of: {names}.',
  tooLong: 'In the web address of this embedded page, the value of {name} is too long: at most {max} characters.',
  feedScheme:
    'In the web address of this embedded page, feed= is not a web address that starts with https:// or http://.',
  feedOrigin:
    'This embedded page does not show feeds from other websites. The feed must be on the same website as the page, or on one its owners have allowed.',
  loadFailed: 'The wellbeing content could not be loaded. Check your connection, then reload the page.',
  forEditors: 'If you put this on your page, make new code with the embed builder, or ask your web team.',
};

export type PageStringKey = keyof typeof en;

/** Both languages: the page shows its message in the reader's language first, then in the other. */
export const pageStrings = { en, cy };

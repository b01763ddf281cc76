import type { Translations } from '@spf-wellbeing/core';

const en = {
  heading: 'Health and wellbeing resources',
  searchLabel: 'Search resources',
  searchHint: 'Search by title, topic or organisation',
  resultsFound: {
    one: '{count} resource found',
    other: '{count} resources found',
  },
  resultsLabel: 'Results',
  noMatchesQuery: 'No resources match ‘{query}’',
  noMatchesFilters: 'No resources match these filters',
  noMatchesHint: 'Check the spelling, try fewer words or clear the filters.',
  clearSearch: 'Clear search',
  clearAll: 'Clear all filters',
  filtersLabel: 'Filter results',
  filtersSelected: {
    one: '{count} selected',
    other: '{count} selected',
  },
  topicLegend: 'Topic',
  organisationLegend: 'Organisation',
  typeLegend: 'Type of resource',
  optionCount: {
    one: '{count} resource',
    other: '{count} resources',
  },
  emptyFeed: 'There are no resources to show yet.',
  topicsLabel: 'Topics:',
  organisationLabel: 'From:',
  published: 'Published {date}',
  listen: 'Listen',
  listenLabel: 'Listen to {title}',
  previous: 'Previous',
  next: 'Next',
  previousLabel: 'Previous page',
  nextLabel: 'Next page',
  pageOf: 'Page {page} of {pages}',
  paginationLabel: 'Pages of results',
  typeGuide: 'Guide',
  typeToolkit: 'Toolkit',
  typePodcast: 'Podcast',
  typeInfographic: 'Infographic',
  typeCaseStudy: 'Case study',
  typeFramework: 'Framework',
  typeTool: 'Tool',
  typeReport: 'Report',
  typeWebsite: 'Website',
  typeVideo: 'Video',
  typeOther: 'Other',
};

export type StringKey = keyof typeof en;

/** Every UI string of <spf-resources>, in English and Welsh. */
export const strings = {
  en,
  cy: () => import('./strings.cy.js'),
} satisfies Translations<StringKey>;

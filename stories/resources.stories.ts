import type { Meta, StoryObj } from '@storybook/web-components';
import { sharedStories, widgetMeta, type WidgetArgs } from './support/widget-stories.js';

export default {
  title: 'Widgets/Resources',
  component: 'spf-resources',
  ...widgetMeta(
    'spf-resources',
    'A searchable, filterable list of health and wellbeing resources from NHS partner organisations.',
  ),
} satisfies Meta<WidgetArgs>;

type Story = StoryObj<WidgetArgs>;

export const DefaultFeed: Story = { ...sharedStories.defaultFeed, name: 'Default feed' };
export const Loading: Story = { ...sharedStories.loading, name: 'Loading' };
export const ServerError: Story = { ...sharedStories.error, name: 'Error: server error' };
export const Timeout: Story = { ...sharedStories.timeout, name: 'Error: timeout' };
export const NotJson: Story = { ...sharedStories.notJson, name: 'Error: not JSON' };
export const SavedCopy: Story = { ...sharedStories.savedCopy, name: 'Saved copy (offline)' };
export const Empty: Story = { ...sharedStories.empty, name: 'Empty feed' };
export const LongText: Story = { ...sharedStories.longText, name: 'Very long text' };
export const HostileText: Story = { ...sharedStories.hostileText, name: 'Hostile text' };
export const Welsh: Story = { ...sharedStories.welsh, name: 'Welsh' };
export const Narrow: Story = { ...sharedStories.narrow, name: '320px wide' };
export const HighContrast: Story = { ...sharedStories.highContrast, name: 'High-contrast theme' };

/** Filtered by topic and a search, set with the `topic` and `query` attributes. */
export const Filtered: Story = {
  name: 'Filtered',
  args: { topic: 'bullying-harassment', query: 'guide' },
};

/** Cards layout, without the search box. */
export const Cards: Story = {
  name: 'Cards, no search',
  args: { layout: 'cards', 'hide-search': true, 'page-size': 6 },
};

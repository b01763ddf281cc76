import type { Meta, StoryObj } from '@storybook/web-components';
import { settled, sharedStories, waitForReady, widgetMeta, type WidgetArgs } from './support/widget-stories.js';

export default {
  title: 'Widgets/Podcast player',
  component: 'spf-podcast-player',
  ...widgetMeta(
    'spf-podcast-player',
    'An accessible podcast player: transcripts, chapters, speed and a download link, so a listener is never stranded.',
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

/** A chosen episode, with the transcript open. */
export const Transcript: Story = {
  name: 'Transcript open',
  args: { episode: 'bullying-harassment-part-2' },
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('spf-podcast-player');
    await waitForReady(el);
    const details = el?.shadowRoot?.querySelector<HTMLDetailsElement>('details[part~="transcript"]');
    details?.querySelector('summary')?.click();
    await settled(el);
  },
};

/** The compact layout. */
export const Compact: Story = {
  name: 'Compact',
  args: { compact: true },
};

/** A JSON Feed 1.1 podcast, read as a feed. */
export const JsonFeed: Story = {
  name: 'JSON Feed podcast',
  args: { feed: 'feeds/jsonfeed-podcast.json' },
};

import type { Meta, StoryObj } from '@storybook/web-components';
import {
  answerEveryGroup,
  inside,
  settled,
  sharedStories,
  widgetMeta,
  type WidgetArgs,
} from './support/widget-stories.js';

export default {
  title: 'Widgets/Wellbeing check-in',
  component: 'spf-wellbeing-checkin',
  ...widgetMeta(
    'spf-wellbeing-checkin',
    'A private "How are you feeling today?" check-in that signposts support. Answers stay in the browser.',
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

/** Answered "Very good": the band's message and resources. */
export const Answered: Story = {
  name: 'Answered',
  play: async ({ canvasElement }) => {
    await answerEveryGroup(canvasElement, 'spf-wellbeing-checkin', 0);
    inside(canvasElement, 'spf-wellbeing-checkin', 'button[type="submit"]')?.click();
    await settled(canvasElement.querySelector('spf-wellbeing-checkin'));
  },
};

/** Answered "Struggling": the urgent-help panel with Samaritans, Shout, NHS 111 and 999. */
export const AnsweredUrgent: Story = {
  name: 'Answered: urgent help',
  play: async ({ canvasElement }) => {
    await answerEveryGroup(canvasElement, 'spf-wellbeing-checkin', 'last');
    inside(canvasElement, 'spf-wellbeing-checkin', 'button[type="submit"]')?.click();
    await settled(canvasElement.querySelector('spf-wellbeing-checkin'));
  },
};

/** Answered in Welsh. */
export const AnsweredWelsh: Story = {
  name: 'Answered (Welsh)',
  args: { lang: 'cy' },
  play: AnsweredUrgent.play,
};

/** With `history`: past check-ins kept in this browser, with a chart and a table. */
export const History: Story = {
  name: 'With history',
  args: { history: true },
  play: Answered.play,
};

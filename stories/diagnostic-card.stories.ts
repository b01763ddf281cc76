import type { Meta, StoryObj } from '@storybook/web-components';
import {
  answerEveryGroup,
  settled,
  sharedStories,
  waitForReady,
  widgetMeta,
  type WidgetArgs,
} from './support/widget-stories.js';

export default {
  title: 'Widgets/Diagnostic card',
  component: 'spf-diagnostic-card',
  ...widgetMeta(
    'spf-diagnostic-card',
    'An organisational self-assessment against the 7 elements of the NHS Health and Wellbeing Framework.',
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

/** Clicks `#id` inside the card's shadow root and waits for it to render. */
async function press(el: Element | null, id: string): Promise<boolean> {
  const button = el?.shadowRoot?.querySelector<HTMLButtonElement>(`#${id}`);
  if (!button) return false;
  button.click();
  await settled(el);
  return true;
}

/** Every statement answered, section by section with "Next section": the results, scores and chart. */
export const Answered: Story = {
  name: 'Answered: results',
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('spf-diagnostic-card');
    await waitForReady(el);
    await press(el, 'open-0');
    for (let section = 0; section < 20; section++) {
      await answerEveryGroup(canvasElement, 'spf-diagnostic-card', section % 3 === 0 ? 1 : 2);
      if (!(await press(el, 'next'))) break;
    }
  },
};

/** The first section partly answered, back on the overview. */
export const PartlyAnswered: Story = {
  name: 'Partly answered',
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('spf-diagnostic-card');
    await waitForReady(el);
    await press(el, 'open-0');
    el?.shadowRoot?.querySelector<HTMLInputElement>('input[type="radio"]')?.click();
    await settled(el);
    await press(el, 'back');
  },
};

/** Answered, in Welsh. */
export const AnsweredWelsh: Story = {
  name: 'Answered: results (Welsh)',
  args: { lang: 'cy' },
  play: Answered.play,
};

import type { Meta, StoryObj } from '@storybook/web-components';
import { html } from 'lit';
// Defined for every story by .storybook/preview.ts; imported here too so tools see where the tags come from.
import '@spf-wellbeing/widgets/define';
import { STUB } from './support/feed-stubs.js';

/** Args are the attributes of `<spf-feed>`. */
type Args = { src?: string; timeout?: number };

export default {
  title: 'Widgets/Feed provider',
  component: 'spf-feed',
  tags: ['autodocs'],
  args: { src: 'feeds/default.json' },
  render: ({ src, timeout }: Args) =>
    html`<div class="sb-frame" lang="en">
      <spf-feed src=${src ?? ''} timeout=${timeout ?? 10000}>
        <spf-resources heading-level="2" page-size="3"></spf-resources>
        <spf-podcast-player heading-level="2"></spf-podcast-player>
      </spf-feed>
    </div>`,
  parameters: {
    docs: {
      description: {
        component:
          '`<spf-feed src="…">` loads one feed for every element inside it. Elements with their own `feed` attribute ignore it. It renders nothing of its own.',
      },
    },
  },
} satisfies Meta<Args>;

type Story = StoryObj<Args>;

/** Two widgets share one feed, and one request. */
export const Shared: Story = { name: 'Two widgets, one feed' };

/** The provider's feed fails: every element inside shows the error. */
export const Failing: Story = { name: 'Error: server error', args: { src: STUB.serverError } };

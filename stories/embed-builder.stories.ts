import type { Meta, StoryObj } from '@storybook/web-components';
import { html } from 'lit';
import '../packages/widgets/src/embed/define-builder.js';

/**
 * The embed-code builder, as editors see it at `embed-builder.html`. Its live
 * preview frames the built embed page, which Storybook serves from
 * `packages/widgets/dist/` at `embed/` once `npm run build` has run.
 */
type Args = { lang: 'en' | 'cy' };

export default {
  title: 'Embed/Builder',
  component: 'spf-embed-builder',
  args: { lang: 'en' },
  argTypes: { lang: { control: 'inline-radio', options: ['en', 'cy'] } },
  render: ({ lang }: Args) =>
    html`<div class="sb-frame" lang=${lang}>
      <spf-embed-builder embed-page="embed/embed.html" heading-level="2"></spf-embed-builder>
    </div>`,
  parameters: {
    docs: {
      description: {
        component:
          'Pick an element and its options (feed, episode, series, topic, language, height), see the embed page in a live preview, and copy an iframe, the `spf-embed.js` line or the drop-in snippet. See the Embedding guide. The preview needs `npm run build` first.',
      },
    },
  },
} satisfies Meta<Args>;

type Story = StoryObj<Args>;

export const English: Story = { name: 'In English' };

export const Welsh: Story = { name: 'In Welsh', args: { lang: 'cy' } };

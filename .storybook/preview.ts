import type { Preview } from '@storybook/web-components';
import { setCustomElementsManifest } from '@storybook/web-components';
// Written by scripts/cem.mjs (npm run storybook and build-storybook run it first).
import manifest from './custom-elements.json';
import { installFeedStubs } from '../stories/support/feed-stubs.js';
import '../stories/support/stories.css';
import '@spf-wellbeing/widgets/define';

setCustomElementsManifest(manifest);
installFeedStubs();

const preview: Preview = {
  tags: ['autodocs'],
  parameters: {
    controls: { expanded: true },
    a11y: {
      // A violation fails the story in the test runner and the a11y panel.
      test: 'error',
      options: { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
    },
    docs: { toc: true },
  },
};

export default preview;

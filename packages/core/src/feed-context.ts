import { createContext } from '@lit/context';
import type { FeedState } from './feed-controller.js';

/** What `<spf-feed>` gives the elements inside it: the state of its one feed. */
export const feedContext = createContext<FeedState>(Symbol.for('spf-wellbeing.feed'));

/** A part for lazy-module.test.ts to load on first use. Like a real one, it imports nothing. */
export const message = 'The part has loaded';

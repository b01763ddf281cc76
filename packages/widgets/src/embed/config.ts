/**
 * Feed origins an embed page shows besides its own and the embedded default
 * feed. Empty here; `npm run build` writes the origins of the
 * `SPF_EMBED_FEED_ORIGINS` setting into the built file (see docs/embedding.md
 * and scripts/embed-origins.mjs).
 */
export const EXTRA_FEED_ORIGINS: readonly string[] = [];

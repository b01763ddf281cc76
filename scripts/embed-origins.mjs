// The build-time setting for embed pages: SPF_EMBED_FEED_ORIGINS, a comma- or
// space-separated list of origins (https://feeds.example.nhs.uk) whose feeds
// the built embed.html may show, besides its own origin and the embedded
// default feed. Read by rollup.config.mjs (into the embed page's script) and
// scripts/build.mjs (into the page's Content-Security-Policy).

/** The allowed origins, or throws with a message that names the bad entry. */
export function embedFeedOrigins(value = process.env.SPF_EMBED_FEED_ORIGINS ?? '') {
  const origins = [];
  for (const entry of value.split(/[\s,]+/).filter(Boolean)) {
    let url;
    try {
      url = new URL(entry);
    } catch {
      throw new Error(`SPF_EMBED_FEED_ORIGINS: "${entry}" is not an origin such as https://feeds.example.nhs.uk`);
    }
    const local = url.hostname === 'localhost' || url.hostname === '127.0.0.1' || url.hostname === '[::1]';
    if (url.protocol !== 'https:' && !(url.protocol === 'http:' && local)) {
      throw new Error(`SPF_EMBED_FEED_ORIGINS: "${entry}" must start with https:// (http:// only for localhost)`);
    }
    if (url.origin !== entry.replace(/\/$/, '')) {
      throw new Error(`SPF_EMBED_FEED_ORIGINS: "${entry}" must be an origin only, without a path: ${url.origin}`);
    }
    if (!origins.includes(url.origin)) origins.push(url.origin);
  }
  return origins;
}

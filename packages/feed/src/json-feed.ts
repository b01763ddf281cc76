/**
 * JSON Feed (https://www.jsonfeed.org/version/1.1/) podcasts, turned into a
 * version 1 feed so the same validator and the same elements read them.
 *
 * Each item with an audio attachment becomes an episode and a `podcast`
 * resource. `content_html` is never used: HTML from a feed is not rendered.
 */

type Json = Record<string, unknown>;

const isRecord = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const field = (object: Json, key: string): unknown => (Object.hasOwn(object, key) ? object[key] : undefined);

/** True for a JSON Feed document, version 1 or 1.1. */
export function isJsonFeed(value: unknown): value is Json {
  const version = isRecord(value) ? field(value, 'version') : undefined;
  return typeof version === 'string' && /^https?:\/\/jsonfeed\.org\/version\/1(\.\d+)?\/?$/.test(version.trim());
}

/** Converts a JSON Feed into the raw shape of a version 1 feed (still to be validated). */
export function fromJsonFeed(jsonFeed: Json): Json {
  const items = field(jsonFeed, 'items');
  const episodes: Json[] = [];
  const resources: Json[] = [];
  const language = field(jsonFeed, 'language');
  const feedAuthors = people(jsonFeed);
  (Array.isArray(items) ? items : []).forEach((item, index) => {
    if (!isRecord(item)) return;
    const rawId = field(item, 'id');
    const id = typeof rawId === 'number' ? String(rawId) : rawId;
    const attachments = field(item, 'attachments');
    const audio = (Array.isArray(attachments) ? attachments : []).filter(
      (attachment): attachment is Json =>
        isRecord(attachment) &&
        typeof field(attachment, 'mime_type') === 'string' &&
        /^audio\//i.test(field(attachment, 'mime_type') as string),
    );
    const title = field(item, 'title') ?? field(item, 'summary');
    const summary = field(item, 'summary') ?? field(item, 'content_text');
    const episodeId = typeof id === 'string' ? id : `item-${index + 1}`;
    const authors = people(item);
    const duration = audio.map((a) => field(a, 'duration_in_seconds')).find((d) => typeof d === 'number');
    episodes.push({
      id: episodeId,
      title,
      summary: summary === title ? undefined : summary,
      published: field(item, 'date_published'),
      duration,
      url: field(item, 'url') ?? field(item, 'external_url'),
      people: authors.length ? authors : feedAuthors,
      audio: audio.map((a) => ({
        url: field(a, 'url'),
        type: field(a, 'mime_type'),
        bytes: field(a, 'size_in_bytes'),
      })),
    });
    resources.push({
      id: episodeId,
      title,
      summary,
      type: 'podcast',
      url: field(item, 'url') ?? field(item, 'external_url') ?? (audio[0] ? field(audio[0], 'url') : undefined),
      published: field(item, 'date_published'),
      episode: episodeId,
    });
  });
  return {
    version: 1,
    title: field(jsonFeed, 'title'),
    ...(typeof language === 'string' ? { language } : {}),
    episodes,
    resources,
  };
}

/** JSON Feed 1.1 `authors[]`, or 1.0 `author`, as people. */
function people(object: Json): Json[] {
  const authors = field(object, 'authors');
  const list = Array.isArray(authors) ? authors : [field(object, 'author')];
  return list.filter(isRecord).flatMap((author) => {
    const name = field(author, 'name');
    return typeof name === 'string' && name.trim() ? [{ name }] : [];
  });
}

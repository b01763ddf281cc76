// @ts-check
// Writes the feeds the stories load by URL. Run after `npm run build`:
//   node stories/support/make-feeds.mjs
// The output is committed, so Storybook needs no build.
import { writeFileSync } from 'node:fs';
import { defaultFeedData } from '../../packages/default-feed/dist/index.js';

const here = new URL('../feeds/', import.meta.url);
const write = (name, data) => writeFileSync(new URL(name, here), `${JSON.stringify(data, null, 2)}\n`);
const clone = (value) => JSON.parse(JSON.stringify(value));

// Demo audio and transcripts live at /assets/media in Storybook (see .storybook/main.ts).
const media = (url) => (typeof url === 'string' && url.startsWith('media/') ? `../assets/${url}` : url);
function fixMedia(feed) {
  for (const episode of feed.episodes ?? []) {
    for (const audio of episode.audio ?? []) audio.url = media(audio.url);
    if (episode.transcript) episode.transcript.url = media(episode.transcript.url);
    if (episode.chaptersFile) episode.chaptersFile.url = media(episode.chaptersFile.url);
  }
  return feed;
}

// Nothing to show.
write('empty.json', { version: 1, title: 'An empty feed' });

// Very long text: long titles and summaries, words with no break, many topics.
const longWord = 'Pneumonoultramicroscopicsilicovolcanoconiosis'.repeat(4);
const sentence = 'This sentence is here to make the text much longer than anyone would expect in a real feed. ';
const longText = (text) => `${text} ${longWord} ${sentence.repeat(12)}`.slice(0, 9_000);
const long = fixMedia(clone(defaultFeedData));
long.title = { en: longText('A feed with very long text') };
for (const topic of long.topics)
  topic.name = { en: `${topic.name.en} and everything else that goes with it in a long name` };
for (const organisation of long.organisations) organisation.name = { en: `${organisation.name.en} ${longWord}` };
for (const resource of long.resources) {
  resource.title = { en: `${resource.title.en}: ${longWord} with a title that goes on and on` };
  resource.summary = { en: longText(resource.summary?.en ?? '') };
}
for (const episode of long.episodes) {
  episode.title = { en: `${episode.title.en}: ${longWord}` };
  episode.summary = { en: longText(episode.summary?.en ?? '') };
}
for (const checkin of long.checkins) {
  checkin.question = { en: `${checkin.question.en} ${longWord}` };
  for (const option of checkin.options) option.label = { en: `${option.label.en}, ${longWord}` };
  for (const band of checkin.bands) band.message = { en: longText(band.message.en) };
}
for (const diagnostic of long.diagnostics) {
  diagnostic.title = { en: `${diagnostic.title.en} ${longWord}` };
  for (const level of diagnostic.scale) level.label = { en: `${level.label.en} ${longWord}` };
  for (const section of diagnostic.sections) {
    section.title = { en: `${section.title.en} ${longWord}` };
    for (const statement of section.statements) statement.text = { en: longText(statement.text.en) };
  }
}
write('long-text.json', long);

// Hostile text: markup, script, bidi overrides, zero-width characters, bad
// links. Every one must show as plain text or be left out.
const hostileText = (label) =>
  `${label} <img src=x onerror="window.__pwned=1"> <script>window.__pwned=2</script> \u202Eevil\u202C \u200B&amp; {{constructor}} \${alert(1)}`;
const hostile = fixMedia(clone(defaultFeedData));
hostile.title = { en: hostileText('Hostile feed') };
hostile.organisations.push({ id: 'evil', name: '<b onmouseover=alert(1)>Evil org</b>', url: 'javascript:alert(1)' });
hostile.resources.unshift(
  {
    id: 'hostile-1',
    title: hostileText('Resource'),
    url: 'https://safe.example/',
    type: 'guide',
    summary: hostileText('Summary'),
    organisation: 'evil',
  },
  { id: 'hostile-2', title: 'A link that runs script', url: '  JaVaScRiPt:window.__pwned=3', type: 'guide' },
  { id: 'hostile-3', title: 'A data: link', url: 'data:text/html,<script>alert(1)</script>', type: 'tool' },
  { id: 'hostile-4', title: 'An unknown type', url: 'https://safe.example/other', type: '<script>' },
  { id: 'hostile-1', title: 'A second item with the same id', url: 'https://safe.example/dupe', type: 'guide' },
);
hostile.episodes[0].title = { en: hostileText('Episode') };
hostile.episodes.push({
  id: 'bad-audio',
  title: 'Audio with a script URL',
  audio: [{ url: 'javascript:alert(1)', type: 'audio/mpeg' }],
});
hostile.checkins[0].question = { en: hostileText('How are you?') };
hostile.checkins[0].options[0].label = { en: hostileText('Good') };
hostile.diagnostics[0].title = { en: hostileText('Self-assessment') };
hostile.diagnostics[0].sections[0].statements[0].text = { en: hostileText('Statement') };
write('hostile.json', hostile);

// The default feed by URL (for <spf-feed> stories and the saved-copy story).
write('default.json', fixMedia(clone(defaultFeedData)));

// A JSON Feed 1.1 podcast (https://www.jsonfeed.org/version/1.1/), read as a
// feed: items with audio attachments become episodes. Audio is the demo media.
write('jsonfeed-podcast.json', {
  version: 'https://jsonfeed.org/version/1.1',
  title: 'Wellbeing conversations (JSON Feed)',
  home_page_url: 'https://www.example.nhs.uk/podcast/',
  language: 'en-GB',
  authors: [{ name: 'Staff wellbeing team' }],
  items: defaultFeedData.episodes.map((episode) => ({
    id: `json-${episode.id}`,
    title: episode.title.en,
    summary: episode.summary?.en,
    content_html: '<p>Never rendered: <script>window.__pwned = 4</script></p>',
    date_published: '2026-11-01T09:00:00Z',
    url: 'https://www.example.nhs.uk/podcast/',
    attachments: episode.audio.map((audio) => ({
      url: media(audio.url),
      mime_type: audio.type,
      size_in_bytes: audio.bytes,
      duration_in_seconds: episode.duration,
    })),
  })),
});

console.log('Wrote the story feeds.');

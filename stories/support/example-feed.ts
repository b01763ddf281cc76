/** A small complete feed: the example in docs/feed-format.md and the editor's starting text. */
export const exampleFeed = {
  $schema: 'https://unpkg.com/@spf-wellbeing/feed/schema/feed.schema.json',
  version: 1,
  title: { en: 'Staff wellbeing', cy: 'Llesiant staff' },
  language: 'en',
  updated: '2026-11-25',
  organisations: [{ id: 'our-trust', name: 'Our NHS Trust', url: 'https://www.example.nhs.uk/' }],
  topics: [{ id: 'stress', name: { en: 'Stress', cy: 'Straen' } }],
  resources: [
    {
      id: 'talking-therapies',
      title: { en: 'Talking therapies for staff', cy: 'Therapïau siarad i staff' },
      url: 'https://www.example.nhs.uk/staff/talking-therapies',
      type: 'guide',
      summary: 'Free, private support. You can refer yourself.',
      organisation: 'our-trust',
      topics: ['stress'],
      published: '2026-03',
    },
  ],
  episodes: [
    {
      id: 'episode-1',
      title: 'Looking after yourself on a night shift',
      audio: [{ url: 'https://www.example.nhs.uk/podcast/episode-1.mp3', type: 'audio/mpeg', bytes: 14500000 }],
      duration: 1210,
      transcript: { url: 'https://www.example.nhs.uk/podcast/episode-1.vtt', type: 'text/vtt' },
      chapters: [
        { start: 0, title: 'Welcome' },
        { start: 95, title: 'Sleep' },
      ],
      people: [{ name: 'Sam Jones', role: 'Occupational health nurse' }],
    },
  ],
  checkins: [
    {
      id: 'today',
      question: { en: 'How are you feeling today?', cy: "Sut ydych chi'n teimlo heddiw?" },
      options: [
        { id: 'good', label: 'Good', band: 'ok', symbol: '🙂' },
        { id: 'struggling', label: 'Struggling', band: 'help' },
      ],
      bands: [
        { id: 'ok', title: 'You are doing well', message: 'Keep making time for what helps.' },
        {
          id: 'help',
          title: 'Support is here',
          message: 'You do not have to cope alone. Talk to someone today.',
          resources: ['talking-therapies'],
          urgent: true,
        },
      ],
    },
  ],
  diagnostics: [
    {
      id: 'self-assessment',
      title: 'Our wellbeing self-assessment',
      scale: [
        { value: 0, label: 'Not started' },
        { value: 1, label: 'Started' },
        { value: 2, label: 'Established' },
      ],
      sections: [
        {
          id: 'leaders',
          title: 'Leadership',
          statements: [{ id: 'leaders-1', text: 'Our board talks about staff wellbeing at every meeting.' }],
          resources: ['talking-therapies'],
        },
      ],
    },
  ],
};

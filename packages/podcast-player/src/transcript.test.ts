import { expect } from '@open-wc/testing';
import { decodeEntities, parseJsonChapters, parseJsonTranscript, parseTranscript, parseVtt } from './transcript.js';
import { clock, parseTime } from './time.js';

const fixture = (name: string) => new URL(`./test-fixtures/${name}`, import.meta.url).href;
const text = async (name: string) => (await fetch(fixture(name))).text();

describe('transcript and chapter parsers', () => {
  it('reads the WebVTT fixture: times, speakers from voice tags, entities decoded', async () => {
    const cues = parseVtt(await text('podcasting2-transcript.vtt'));
    expect(cues).to.have.length(7);
    expect(cues[0]).to.deep.equal({
      start: 0,
      end: 2.76,
      text: "In today's episode, you'll learn whether or not you",
      speaker: 'Sarah',
    });
    expect(cues[2].text).to.equal('include in one? Welcome to Podcasting Q&A, where you learn');
    expect(cues[5].speaker).to.equal('Gillian');
    expect(cues[5].start).to.be.closeTo(19.08, 0.001);
  });

  it('reads the demo transcript and skips NOTE blocks', async () => {
    const cues = parseVtt(
      await (
        await fetch(new URL('../../default-feed/src/media/bullying-harassment-part-1.vtt', import.meta.url))
      ).text(),
    );
    expect(cues.length).to.be.greaterThan(3);
    expect(cues[0].speaker).to.equal('Narrator');
    expect(cues.some((cue) => cue.text.includes('Synthetic'))).to.equal(false);
  });

  it('strips other tags, keeps classes off voice names, and decodes every HTML character reference', () => {
    const cues = parseVtt(
      'WEBVTT\r\n\r\nid-1\r\n00:01.000 --> 00:02.500 align:start\r\n<v.loud Dr Amy &amp; co><b>Hello</b> &lt;there&gt;&nbsp;&lrm;&#65;&#x42;&copy;\r\n\r\n02:00:00.000 --> 02:00:01.000\r\n<c.yellow>plain</c> <i>text</i> <00:00:01.500>on two\r\nlines',
    );
    expect(cues).to.have.length(2);
    expect(cues[0]).to.deep.equal({
      start: 1,
      end: 2.5,
      text: 'Hello <there>\u00a0\u200eAB©',
      speaker: 'Dr Amy & co',
    });
    expect(cues[1]).to.deep.equal({ start: 7200, end: 7201, text: 'plain text on two lines' });
  });

  it('gives no cues for text that is not WebVTT, or cues with broken times', () => {
    expect(parseVtt('<html>not a transcript</html>')).to.deep.equal([]);
    expect(parseVtt('WEBVTT\n\nnonsense --> 00:01.000\nHello')).to.deep.equal([]);
    // As the HTML tokenizer reads references: NULL and surrogates become U+FFFD, unknown names stay as written.
    expect(decodeEntities('&#0; &#xD800; &bogus; &notit; &copy')).to.equal('\ufffd \ufffd &bogus; ¬it; ©');
  });

  it('reads the Podcasting 2.0 JSON fixture, joining one speaker’s words into a sentence', async () => {
    const cues = parseJsonTranscript(JSON.parse(await text('podcasting2-transcript.json')));
    expect(cues[0]).to.deep.equal({ start: 0.5, end: 2.5, text: 'I am your father.', speaker: 'Darth Vader' });
    expect(cues[1].speaker).to.equal('Luke');
    expect(cues[1].text).to.equal('Nooooo');
  });

  it('starts a new cue at a full stop and at a long run, and ignores bad segments', () => {
    const words = Array.from({ length: 100 }, (_, i) => ({
      speaker: 'A',
      startTime: i,
      endTime: i + 0.5,
      body: 'word',
    }));
    const cues = parseJsonTranscript({
      segments: [
        ...words,
        { body: 5 },
        null,
        { startTime: -1, body: 'x' },
        { startTime: 200, body: 'Done.' },
        { startTime: 201, body: 'Next' },
      ],
    });
    expect(cues.length).to.be.greaterThan(2);
    expect(cues.every((cue) => cue.text.length < 210)).to.equal(true);
    expect(cues.at(-2)!.text).to.equal('Done.');
    expect(cues.at(-1)!.text).to.equal('Next');
    expect(parseJsonTranscript('nonsense')).to.deep.equal([]);
  });

  it('picks the parser by type or content', () => {
    expect(parseTranscript('{"segments":[{"startTime":1,"body":"Hi"}]}', 'application/json')).to.deep.equal([
      { start: 1, end: 1, text: 'Hi' },
    ]);
    expect(parseTranscript('{broken', '')).to.deep.equal([]);
    expect(parseTranscript('WEBVTT\n\n00:01.000 --> 00:02.000\nHi', 'text/vtt')).to.have.length(1);
  });

  it('reads the Podcasting 2.0 chapters fixture in order, leaving out toc:false and bad entries', async () => {
    const chapters = parseJsonChapters(JSON.parse(await text('podcasting2-chapters.json')));
    expect(chapters).to.have.length(9);
    expect(chapters[1]).to.deep.equal({ start: 168, title: 'Hearing Aids' });
    expect(
      parseJsonChapters({
        chapters: [
          { startTime: 5, title: 'B' },
          { startTime: 1, title: 'A' },
          { startTime: 2, title: 'C', toc: false },
          { title: 'no time' },
        ],
      }),
    ).to.deep.equal([
      { start: 1, title: 'A' },
      { start: 5, title: 'B' },
    ]);
    expect(parseJsonChapters(null)).to.deep.equal([]);
  });

  it('reads start times and writes clock times', () => {
    expect(parseTime('90')).to.equal(90);
    expect(parseTime('1:05')).to.equal(65);
    expect(parseTime('01:02:03')).to.equal(3723);
    expect(parseTime('12.5')).to.equal(12.5);
    expect(parseTime('abc')).to.equal(undefined);
    expect(parseTime('1:75')).to.equal(undefined);
    expect(clock(65)).to.equal('1:05');
    expect(clock(3723)).to.equal('1:02:03');
    expect(clock(NaN)).to.equal('0:00');
  });
});

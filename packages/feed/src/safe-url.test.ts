import { expect } from '@open-wc/testing';
import { safeUrl } from './safe-url.js';

const base = 'https://trust.example/feeds/wellbeing.json';

describe('safeUrl', () => {
  it('keeps http(s), mailto, tel and sms links, normalised', () => {
    expect(safeUrl('https://www.nhsemployers.org/', base)).to.equal('https://www.nhsemployers.org/');
    expect(safeUrl('HTTP://Example.org/a b', base)).to.equal('http://example.org/a%20b');
    expect(safeUrl('mailto:wellbeing@trust.example', base)).to.equal('mailto:wellbeing@trust.example');
    expect(safeUrl('tel:116123', base)).to.equal('tel:116123');
    expect(safeUrl('sms:85258?body=SHOUT', base)).to.equal('sms:85258?body=SHOUT');
  });

  it('resolves relative links against the feed URL', () => {
    expect(safeUrl('media/episode.mp3', base)).to.equal('https://trust.example/feeds/media/episode.mp3');
    expect(safeUrl('/guide', base)).to.equal('https://trust.example/guide');
    expect(safeUrl('//other.example/x', base)).to.equal('https://other.example/x');
  });

  const hostile = [
    'javascript:alert(1)',
    'JAVASCRIPT:alert(1)',
    'JaVaScRiPt:alert(1)',
    ' javascript:alert(1)',
    '\u0000javascript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    'java\rscript:alert(1)',
    'jav\u0001ascript:alert(1)',
    '\u001fjavascript:alert(1)',
    'javascript\u0000:alert(1)',
    '\u00a0javascript:alert(1)',
    '\ufeffjavascript:alert(1)',
    'javascript://%0aalert(1)',
    'data:text/html,<script>alert(1)</script>',
    'DATA:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
    'vbscript:msgbox(1)',
    'VBScript:msgbox(1)',
    'file:///etc/passwd',
    'blob:https://trust.example/1234',
    'ftp://trust.example/file',
    'about:blank',
    'chrome://settings',
    'ws://trust.example/socket',
  ];
  for (const raw of hostile) {
    it(`refuses ${JSON.stringify(raw)}`, () => {
      expect(safeUrl(raw, base)).to.equal(undefined);
    });
  }

  it('refuses values that are not strings, empty, or absurdly long', () => {
    for (const value of [undefined, null, 42, {}, [], '', '   ', `https://x.example/${'a'.repeat(5000)}`]) {
      expect(safeUrl(value, base)).to.equal(undefined);
    }
  });

  it('turns an entity-looking scheme into a harmless relative link', () => {
    const url = safeUrl('jav&#x09;ascript:alert(1)', base);
    expect(url?.startsWith('https://trust.example/')).to.equal(true);
  });
});

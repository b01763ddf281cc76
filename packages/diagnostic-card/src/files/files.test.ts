import { expect } from '@open-wc/testing';
import { pickText, type Diagnostic } from '@spf-wellbeing/feed';
import {
  csvCell,
  diagnosticCsv,
  diagnosticJson,
  fileName,
  MAX_IMPORT_BYTES,
  parseImport,
  readImportFile,
  toCsv,
} from './files.js';

const diagnostic: Diagnostic = {
  id: 'test',
  title: { '*': 'Test' },
  scale: [
    { value: 0, label: { en: 'Not started', cy: 'Heb ddechrau' } },
    { value: 1, label: { en: 'Some, "partly"', cy: 'Rhywfaint' } },
  ],
  sections: [
    {
      id: 's1',
      title: { en: 'People, teams', cy: 'Pobl' },
      resources: [],
      statements: [
        { id: 'a', text: { '*': '=SUM(A1:A2)' } },
        { id: 'b', text: { '*': 'Line one\nline two' } },
      ],
    },
    { id: 's2', title: { '*': '@risk' }, resources: [], statements: [{ id: 'c', text: { '*': '-1 and +1' } }] },
  ],
};

const headings = { section: 'Section', statement: 'Statement', value: 'Value', label: 'Level' };

describe('CSV export', () => {
  it('quotes cells as RFC 4180 asks', () => {
    expect(csvCell('plain')).to.equal('plain');
    expect(csvCell('a, b')).to.equal('"a, b"');
    expect(csvCell('say "hi"')).to.equal('"say ""hi"""');
    expect(csvCell('two\nlines')).to.equal('"two\nlines"');
    expect(csvCell(undefined)).to.equal('');
    expect(
      toCsv([
        ['a', 'b'],
        ['c', 1],
      ]),
    ).to.equal('a,b\r\nc,1\r\n');
  });

  it('stops spreadsheet formulas by putting an apostrophe in front', () => {
    for (const start of ['=', '+', '-', '@', '\t', '\r']) expect(csvCell(`${start}x`)).to.match(/^"?'/);
    expect(csvCell('=HYPERLINK("http://evil")')).to.equal(`"'=HYPERLINK(""http://evil"")"`);
    // Numbers are our own and stay numbers.
    expect(csvCell(-1)).to.equal('-1');
  });

  it('writes one row per statement with section, statement, value and level', () => {
    const csv = diagnosticCsv(diagnostic, { a: 1, c: 0 }, (text) => pickText(text, 'en'), headings);
    expect(csv).to.equal(
      'Section,Statement,Value,Level\r\n' +
        `"People, teams",'=SUM(A1:A2),1,"Some, ""partly"""\r\n` +
        '"People, teams","Line one\nline two",,\r\n' +
        "'@risk,'-1 and +1,0,Not started\r\n",
    );
  });

  it('writes feed text in the reader’s language', () => {
    const csv = diagnosticCsv(diagnostic, { c: 0 }, (text) => pickText(text, 'cy'), {
      section: 'Adran',
      statement: 'Datganiad',
      value: 'Gwerth',
      label: 'Lefel',
    });
    expect(csv.split('\r\n')[0]).to.equal('Adran,Datganiad,Gwerth,Lefel');
    expect(csv).to.contain("'@risk,'-1 and +1,0,Heb ddechrau");
  });
});

describe('JSON export and import', () => {
  const savedAt = new Date('2026-05-06T10:00:00Z');

  it('round-trips answers through a file', () => {
    const text = diagnosticJson('test', { a: 1, c: 0 }, savedAt);
    expect(JSON.parse(text)).to.deep.equal({
      format: 'spf-diagnostic',
      version: 1,
      diagnostic: 'test',
      savedAt: '2026-05-06T10:00:00.000Z',
      answers: { a: 1, c: 0 },
    });
    const result = parseImport(text, 'test');
    expect(result.ok).to.equal(true);
    if (result.ok) {
      expect(result.file.answers).to.deep.equal({ a: 1, c: 0 });
      expect(result.file.savedAt).to.equal('2026-05-06T10:00:00.000Z');
    }
  });

  it('refuses files that are not ours, saying why', () => {
    const reason = (text: string) => {
      const result = parseImport(text, 'test');
      return result.ok ? 'ok' : result.reason;
    };
    expect(reason('not json {')).to.equal('not-json');
    expect(reason('[1, 2]')).to.equal('not-ours');
    expect(reason('{"format": "something-else", "version": 1, "diagnostic": "test", "answers": {}}')).to.equal(
      'not-ours',
    );
    expect(reason('{"format": "spf-diagnostic", "version": 1, "diagnostic": "test", "answers": [1]}')).to.equal(
      'not-ours',
    );
    expect(reason('{"format": "spf-diagnostic", "version": 2, "diagnostic": "test", "answers": {}}')).to.equal(
      'newer-version',
    );
    expect(reason('{"format": "spf-diagnostic", "version": 1, "diagnostic": "other", "answers": {}}')).to.equal(
      'other-diagnostic',
    );
    expect(reason(' '.repeat(MAX_IMPORT_BYTES + 1))).to.equal('too-big');
  });

  it('drops answers that are not numbers', () => {
    const result = parseImport(
      '{"format": "spf-diagnostic", "version": 1, "diagnostic": "test", "answers": {"a": "1", "b": null, "c": 2, "__proto__": 1}}',
      'test',
    );
    expect(result.ok && Object.entries(result.file.answers)).to.deep.equal([
      ['c', 2],
      ['__proto__', 1],
    ]);
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
  });

  it('refuses a file over 1 MB without reading it', async () => {
    const big = new Blob(['x'.repeat(MAX_IMPORT_BYTES + 10)]);
    const result = await readImportFile(big, 'test');
    expect(result).to.deep.equal({ ok: false, reason: 'too-big' });
  });

  it('makes safe file names', () => {
    expect(fileName('hwb-framework-2021', savedAt, 'csv')).to.equal('hwb-framework-2021-2026-05-06.csv');
    expect(fileName('../<b>Evil</b>', savedAt, 'json')).to.equal('b-evil-b-2026-05-06.json');
    expect(fileName('***', savedAt, 'json')).to.equal('self-assessment-2026-05-06.json');
  });
});

import { expect } from '@open-wc/testing';
import type { Diagnostic } from '@spf-wellbeing/feed';
import { matchAnswers, nearestLevel, scoreDiagnostic, toPercent, usableScale } from './score.js';
import { compareScore, compareScores, highlights, lowestStatements } from './results/insights.js';

const scale = [
  { value: 0, label: { '*': 'Not started' } },
  { value: 1, label: { '*': 'Planning' } },
  { value: 2, label: { '*': 'Developing' } },
  { value: 3, label: { '*': 'Embedded' } },
  { value: 4, label: { '*': 'Leading' } },
];

const diagnostic: Diagnostic = {
  id: 'test',
  title: { '*': 'Test' },
  scale,
  sections: [
    {
      id: 'a',
      title: { '*': 'A' },
      resources: [],
      statements: [
        { id: 'a1', text: { '*': 'A1' } },
        { id: 'a2', text: { '*': 'A2' } },
        { id: 'a3', text: { '*': 'A3' } },
      ],
    },
    {
      id: 'b',
      title: { '*': 'B' },
      resources: [],
      statements: [
        { id: 'b1', text: { '*': 'B1' } },
        { id: 'b2', text: { '*': 'B2' } },
      ],
    },
    { id: 'c', title: { '*': 'C' }, resources: [], statements: [{ id: 'c1', text: { '*': 'C1' } }] },
  ],
};

describe('scoring', () => {
  it('maps the scale range to 0 to 100%, whatever the lowest value', () => {
    expect(toPercent(0, scale)).to.equal(0);
    expect(toPercent(2, scale)).to.equal(50);
    expect(toPercent(4, scale)).to.equal(100);
    const oneToFive = [1, 2, 3, 4, 5].map((value) => ({ value, label: { '*': String(value) } }));
    expect(toPercent(1, oneToFive)).to.equal(0);
    expect(toPercent(3, oneToFive)).to.equal(50);
    expect(toPercent(5, oneToFive)).to.equal(100);
  });

  it('takes the nearest level, and the lower one on a tie', () => {
    expect(nearestLevel(2.4, scale)!.value).to.equal(2);
    expect(nearestLevel(2.6, scale)!.value).to.equal(3);
    expect(nearestLevel(1.5, scale)!.value).to.equal(1);
    expect(nearestLevel(0, scale)!.value).to.equal(0);
  });

  it('says a scale of fewer than 2 levels cannot be used', () => {
    expect(usableScale([])).to.equal(false);
    expect(usableScale([scale[0]])).to.equal(false);
    expect(usableScale(scale)).to.equal(true);
    expect(toPercent(3, [scale[0]])).to.equal(0);
  });

  it('scores nothing answered as no score, with everything unanswered', () => {
    const scores = scoreDiagnostic(diagnostic, {});
    expect(scores.sections.map((s) => s.percent)).to.deep.equal([undefined, undefined, undefined]);
    expect(scores.overall).to.deep.equal({ answered: 0, total: 6 });
    expect(scores.unanswered).to.equal(6);
    expect(scores.complete).to.equal(false);
  });

  it('averages only the answered statements of a partly answered section', () => {
    // a: 1 and 4 answered, a3 skipped. Mean 2.5 → 62.5%, nearest level Developing (tie goes lower).
    const scores = scoreDiagnostic(diagnostic, { a1: 1, a2: 4, b1: 0 });
    const [a, b, c] = scores.sections;
    expect(a).to.include({ id: 'a', answered: 2, total: 3, mean: 2.5, percent: 62.5 });
    expect(a.level!.value).to.equal(2);
    expect(b).to.include({ answered: 1, total: 2, mean: 0, percent: 0 });
    expect(b.level!.value).to.equal(0);
    expect(c).to.deep.equal({ id: 'c', answered: 0, total: 1 });
    // Overall: (1 + 4 + 0) / 3 = 1.67 → 41.67%, nearest level Developing.
    expect(scores.overall.answered).to.equal(3);
    expect(scores.overall.percent).to.be.closeTo(41.667, 0.001);
    expect(scores.overall.level!.value).to.equal(2);
    expect(scores.unanswered).to.equal(3);
    expect(scores.complete).to.equal(false);
  });

  it('is complete when every statement is answered', () => {
    const scores = scoreDiagnostic(diagnostic, { a1: 4, a2: 4, a3: 4, b1: 4, b2: 4, c1: 4 });
    expect(scores.complete).to.equal(true);
    expect(scores.unanswered).to.equal(0);
    expect(scores.overall.percent).to.equal(100);
  });

  it('sets aside answers for unknown statements and values off the scale', () => {
    const { answers, setAside } = matchAnswers(diagnostic, { a1: 2, gone: 3, b1: 9, b2: '2', c1: 0 });
    expect(answers).to.deep.equal({ a1: 2, c1: 0 });
    expect(setAside).to.deep.equal({ gone: 3, b1: 9, b2: '2' });
    expect(scoreDiagnostic(diagnostic, { a1: 2, gone: 3, b1: 9 }).overall.answered).to.equal(1);
  });

  it('finds the strongest and weakest sections, and nothing when they are level', () => {
    const found = highlights(scoreDiagnostic(diagnostic, { a1: 3, b1: 1, c1: 3 }))!;
    expect(found.strongest.map((s) => s.id)).to.deep.equal(['a', 'c']);
    expect(found.weakest.map((s) => s.id)).to.deep.equal(['b']);
    expect(highlights(scoreDiagnostic(diagnostic, { a1: 2, b1: 2 }))).to.equal(undefined);
    expect(highlights(scoreDiagnostic(diagnostic, { a1: 2 }))).to.equal(undefined);
  });

  it('lists the lowest-scored statements, lowest first, leaving out top answers', () => {
    const list = lowestStatements(diagnostic, { a1: 2, a2: 0, b1: 4, b2: 1, c1: 0 }, 3);
    expect(list.map((item) => [item.statement.id, item.value, item.section.id])).to.deep.equal([
      ['a2', 0, 'a'],
      ['c1', 0, 'c'],
      ['b2', 1, 'b'],
    ]);
    expect(lowestStatements(diagnostic, { b1: 4 })).to.deep.equal([]);
  });

  it('compares sections in whole percentage points', () => {
    const earlier = scoreDiagnostic(diagnostic, { a1: 1, b1: 2 });
    const now = scoreDiagnostic(diagnostic, { a1: 3, b1: 1, c1: 4 });
    expect(compareScores(earlier, now)).to.deep.equal([
      { id: 'a', before: 25, after: 75, change: 50 },
      { id: 'b', before: 50, after: 25, change: -25 },
      { id: 'c', after: 100 },
    ]);
    expect(compareScore('overall', 37.5, 62.4)).to.deep.equal({ id: 'overall', before: 37.5, after: 62.4, change: 24 });
    expect(compareScore('overall', undefined, undefined)).to.deep.equal({ id: 'overall' });
  });
});

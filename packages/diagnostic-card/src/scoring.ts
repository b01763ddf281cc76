/**
 * The scoring maths of the self-assessment: the scores (score.ts, which the
 * element needs on every load) and what the results add to them (insights.ts,
 * which loads with the results).
 */
export * from './score.js';
export * from './insights.js';

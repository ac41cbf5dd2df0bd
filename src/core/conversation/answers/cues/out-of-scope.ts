import type { Cue } from './cue.js';

/** Topics we clearly do not cover: these push a question to 'unknown' rather than a lucky keyword match. */
export const OUT_OF_SCOPE: readonly Cue[] = [
  ['weather', 5],
  ['joke', 5],
  ['cover letter', 5],
  ['salary', 5],
  ['negotiate', 5],
  ['negotiation', 5],
  ['interview questions', 5],
  ['visa', 5],
  ['recipe', 5],
  ['stock', 4],
  ['homework', 5],
  ['poem', 5],
  ['translate', 5],
  ['leetcode', 5],
  ['movie', 5],
  ['football', 5],
  ['bitcoin', 5],
  ['dating', 5],
];

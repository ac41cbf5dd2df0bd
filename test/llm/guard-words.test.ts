/** Word-level details of the guard found on the eval's train split (contractions), and the facts cache. */
import { describe, expect, it } from 'vitest';
import { buildFacts, checkPhrasing, mergeFacts } from '../../src/core/llm/guard.js';

const facts = buildFacts(['Backend Engineer, Lumen Freight', 'Responsible for the shipment tracking API']);

describe('guard word handling', () => {
  it.each([
    "I'd lead with the shipment tracking API.",
    "Isn't the tracking API your strongest line?",
    "Can't find a number? Don't guess.",
    "You're close: it's the tracking API that needs a result.",
    "Lumen Freight's tracking API is the line to fix.",
  ])('contractions and possessives are not names: %s', (text) => {
    expect(checkPhrasing('x', text, facts)).toEqual([]);
  });

  it('still rejects a name behind an apostrophe', () => {
    expect(checkPhrasing('x', "Ask Stripe's hiring team about it.", facts)).toContain('new-name');
  });

  it('recruiters and hiring managers are readers, not a title claimed for the user', () => {
    expect(checkPhrasing('x', 'Recruiters and hiring managers skim the tracking API line first.', facts)).toEqual([]);
    expect(checkPhrasing('x', 'As the engineering manager, lead with the tracking API.', facts)).toContain('new-title');
  });

  it('a placeholder that occurs twice must stay twice', () => {
    const original = 'Trained [N] people, then [N] more, by [how]';
    expect(checkPhrasing(original, 'Trained [N] people and [N] more by [how]', facts)).toEqual([]);
    expect(checkPhrasing(original, 'Trained [N] people and six more by [how]', facts)).toContain('placeholder-filled');
  });

  it('compound number words are read whole: twenty-one is 21, not 20', () => {
    const f = buildFacts(['Fixing these 3 would recover about 21 points']);
    expect(checkPhrasing('x', 'Fixing these three would win back about twenty-one points.', f)).toEqual([]);
    expect(checkPhrasing('x', 'Fixing these three would win back about twenty-two points.', f)).toContain('new-number');
  });

  it('merged facts accept what either side holds, and keep the score', () => {
    const merged = mergeFacts(buildFacts(['Cut costs by 12%'], 61), buildFacts(['Here are 3 lines']));
    expect(checkPhrasing('x', 'Three lines; you cut costs by 12%. You are at 61/100.', merged)).toEqual([]);
    expect(checkPhrasing('x', 'You cut costs by 13%.', merged)).toEqual(['new-percent', 'new-number']);
  });
});

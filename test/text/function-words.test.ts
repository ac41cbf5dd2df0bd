import nlp from 'compromise';
import { describe, expect, it } from 'vitest';
import { FUNCTION_TAGS, mayBeFunctionWord } from '../../src/core/text/function-words.js';

/** What compromise itself says of a line's last word (the parse endsOpen skips when the set says no). */
function lastIsFunctionWord(text: string): boolean {
  const tags = nlp(text).termList().at(-1)?.tags;
  return tags !== undefined && FUNCTION_TAGS.some((tag) => tags.has(tag));
}

describe('mayBeFunctionWord: the words compromise may tag as a function word at a line end', () => {
  it('has its lexicon, its contractions and the words its rules name', () => {
    for (const word of ['via', 'Through', 'whereas', 'matter', 'gonna', 'wanna', 'rn', 'who', 'like', 'so'])
      expect(mayBeFunctionWord(word), word).toBe(true);
  });

  it('leaves out content words, so their lines need no parse', () => {
    for (const word of ['certified', 'Manager', 'belt', 'London', 'nursing', 'scheduling'])
      expect(mayBeFunctionWord(word), word).toBe(false);
  });

  it('never leaves out a word compromise tags so at the end of a line', () => {
    const lines = [
      'Completed online courses via',
      'Worked as a nurse, RN',
      'The person who',
      'Working with people like',
      'Partnered with the board and',
      'Responsible for recruiting staff whereas',
      'Supported the team no matter',
      'I am gonna',
      'Registered with the council, 2019 so',
    ];
    for (const line of lines) {
      const last = /(\p{L}+)$/u.exec(line)?.[1] ?? '';
      if (lastIsFunctionWord(line)) expect(mayBeFunctionWord(last), line).toBe(true);
    }
    // The test has teeth: most of these lines do end on one.
    expect(lines.filter(lastIsFunctionWord).length).toBeGreaterThanOrEqual(6);
  });
});

import { describe, expect, it } from 'vitest';
import { TextIndex, compileMatcher } from '../../src/core/rules/support/term-index.js';

const has = (terms: string[], text: string, opts = {}) => compileMatcher(terms, opts).test(new TextIndex(text));

describe('compileMatcher', () => {
  it('matches whole words, case-insensitively, with plurals', () => {
    expect(has(['API'], 'Owned 4 REST APIs')).toBe(true);
    expect(has(['API'], 'Rapid prototyping')).toBe(false);
    expect(has(['Kafka'], 'Moved events onto kafka-based outbox')).toBe(true);
  });
  it('inflects lowercase vocabulary only when asked', () => {
    expect(has(['shard'], 'Sharded the store', { inflect: true })).toBe(true);
    expect(has(['cache'], 'Added caching', { inflect: true })).toBe(true);
    expect(has(['shard'], 'Sharded the store')).toBe(false);
    expect(has(['REST'], 'Rested after launch', { inflect: true })).toBe(false);
  });
  it('keeps symbols and multi-word terms whole', () => {
    expect(has(['C++'], 'Wrote C++ services')).toBe(true);
    expect(has(['C'], 'Wrote C++ services', { caseSensitive: () => true })).toBe(false);
    expect(has(['CI/CD'], 'Built CI/CD for 12 repos')).toBe(true);
    expect(has(['load testing'], 'Ran weekly load-testing drills')).toBe(true);
    expect(has(['load testing'], 'Ran weekly testing')).toBe(false);
  });
  it('respects case for case-sensitive terms', () => {
    const opts = { caseSensitive: (t: string) => t === 'Go' };
    expect(has(['Go'], 'Built it in Go', opts)).toBe(true);
    expect(has(['Go'], 'Helped the store go live', opts)).toBe(false);
  });
  it('lists which terms matched', () => {
    expect(compileMatcher(['Redis', 'queue', 'C++']).matches(new TextIndex('Redis queues and C++'))).toEqual([
      'Redis',
      'queue',
      'C++',
    ]);
  });
});

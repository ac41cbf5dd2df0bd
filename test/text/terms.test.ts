import { describe, expect, it } from 'vitest';
import { equivalentsOf, keepsCase } from '../../src/core/text/aliases.js';
import {
  TextIndex,
  compileMatcher,
  countDistinctTerms,
  countTerm,
  hasAnyTerm,
  hasTerm,
  termsIn,
} from '../../src/core/text/terms.js';

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

describe('hasTerm and countTerm', () => {
  it('matches whole words, plurals, and terms with symbols', () => {
    expect(hasTerm('Built REST APIs', 'API')).toBe(true);
    expect(hasTerm('Worked at Google', 'Go', { caseSensitive: true })).toBe(false);
    expect(hasTerm('Services in Go and Rust', 'Go', { caseSensitive: true })).toBe(true);
    expect(hasTerm('C++ and C#', 'C++')).toBe(true);
    expect(hasTerm('Using CI/CD daily', 'CI/CD')).toBe(true);
    expect(hasTerm('PostgreSQL', 'SQL')).toBe(false);
    expect(hasTerm('load-testing with k6', 'load testing')).toBe(true);
    expect(countTerm('Kafka, kafka and KAFKA', 'Kafka')).toBe(3);
  });
});

describe('term lists', () => {
  it('counts each term of a list once, plurals and spacing included', () => {
    expect(countDistinctTerms('APIs, an API, load-testing and load testing', ['API', 'load testing', 'Kafka'])).toBe(2);
    expect(hasAnyTerm('Moved billing onto Kafka', ['RabbitMQ', 'kafka'])).toBe(true);
    expect(hasAnyTerm('Worked at Google', ['Go'])).toBe(false);
    expect(hasAnyTerm('anything', [])).toBe(false);
  });

  it("names the terms of a list a text holds, in the list's order", () => {
    const titles = ['charge nurse', 'nurse', 'Kafka engineer', 'teacher'];
    expect(termsIn('Charge Nurse, ICU — nurses on nights', titles)).toEqual(['charge nurse', 'nurse']);
    expect(termsIn('Science teacher', titles)).toEqual(['teacher']);
    expect(termsIn('Barista', titles)).toEqual([]);
    expect(termsIn('anything', [])).toEqual([]);
  });
});

describe('aliases', () => {
  it('joins spellings of one thing and the names that show a broader term', () => {
    expect(equivalentsOf('Kubernetes')).toEqual(expect.arrayContaining(['k8s', 'EKS']));
    expect(equivalentsOf('k8s')).toEqual(expect.arrayContaining(['Kubernetes', 'EKS']));
    expect(equivalentsOf('queue')).toContain('Kafka');
    expect(equivalentsOf('CI/CD')).toEqual(expect.arrayContaining(['continuous integration', 'GitHub Actions']));
    expect(equivalentsOf('some unknown thing')).toEqual(['some unknown thing']);
  });
  it('keeps the case of spellings that are ordinary words', () => {
    expect(keepsCase('Go')).toBe(true);
    expect(keepsCase('HA')).toBe(true);
    expect(keepsCase('Kafka')).toBe(false);
  });
  it('does not take a data pipeline for CI/CD', () => {
    expect(equivalentsOf('CI/CD')).not.toContain('pipeline');
  });
});

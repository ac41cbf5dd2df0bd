import { describe, expect, it } from 'vitest';
import { containsForbidden, rewriteProblems, scorePair, type RewritePair } from '../../scripts/eval-rewrites.js';
import { isTitleLike } from '../../src/core/text/title-case.js';
import { rewriteBullet } from '../../src/core/review/rewrite.js';
import { getRoleProfile } from '../../src/core/roles/index.js';
import { conjugateChain } from '../../src/core/text/verbs/chain.js';
import { conjugate } from '../../src/core/text/verbs/nlp.js';

const backend = getRoleProfile('backend');
const rw = (line: string, role = backend, tense?: 'past' | 'present'): string | undefined =>
  rewriteBullet(line, role, tense ? { tense } : {})?.after;

describe("rewrites read as English: coordinated verbs take the lead verb's tense", () => {
  it('conjugates a gerund coordinated after the verb', () => {
    expect(rw('Helped with on-call and fixing production issues')).toMatch(
      /^Supported on-call and fixed production issues/,
    );
    expect(rw('Worked on building and deploying the payments API')).toMatch(/^Built and deployed the payments API/);
    expect(rw('Responsible for designing, building and maintaining the orders service')).toMatch(
      /^Designed, built and maintained the orders service/,
    );
  });
  it('keeps a compound noun of two gerunds ("picking and packing")', () => {
    expect(conjugateChain('Managed picking and packing for 300 orders', 'past')).toBe(
      'Managed picking and packing for 300 orders',
    );
    expect(rw('In charge of opening and closing the store', getRoleProfile('service'))).toMatch(
      /^Owned opening and closing the store/,
    );
  });
  it('writes regular forms where compromise has none ("close" → "closed")', () => {
    expect(conjugate('close').past).toBe('closed');
    expect(conjugate('close').gerund).toBe('closing');
  });
});

describe('rewrites keep the tense the line was written in, or the one asked for', () => {
  it('a gerund list item or a present verb stays present', () => {
    expect(rw('Managing Linux servers', getRoleProfile('sre'))).toMatch(/^Manage Linux servers/);
    expect(rw('I teach English to 120 students across 5 classes', getRoleProfile('education'))).toBe(
      'Teach English to 120 students across 5 classes',
    );
    expect(rw('Assessing patients on admission and updating care plans', getRoleProfile('healthcare'))).toMatch(
      /^Assess patients on admission and update care plans/,
    );
  });
  it('a duty phrase becomes the past unless it said "am" or "is"', () => {
    expect(rw('Helped build the new checkout page in React')).toMatch(/^Built the new checkout page/);
    expect(rw('I am in charge of a fleet of 25 delivery vans', getRoleProfile('operations'))).toBe(
      'Manage a fleet of 25 delivery vans',
    );
  });
  it('an ended role asks for the past', () => {
    expect(rw('Plan lessons and mark homework for five classes', getRoleProfile('education'), 'past')).toMatch(
      /^Planned lessons and marked homework for five classes/,
    );
  });
});

describe('noun-phrase openings, passives and duties become verb-led', () => {
  it('turns a nominalisation into its verb', () => {
    expect(rw('Development of REST APIs for the mobile app')).toMatch(/^Developed REST APIs for the mobile app/);
    expect(rw('Preparation of VAT returns for 30 clients', getRoleProfile('finance'))).toBe(
      'Prepared VAT returns for 30 clients',
    );
  });
  it('conjugates a chain of participles in the passive', () => {
    expect(
      rw('The spring campaign was planned and launched by me across 3 channels', getRoleProfile('marketing')),
    ).toBe('Planned and launched the spring campaign across 3 channels');
  });
  it('picks a verb that fits what the duty was for, and asks nothing when a number is there', () => {
    expect(rw('Responsible for 40 customers a day at the front desk', getRoleProfile('service'))).toBe(
      'Served 40 customers a day at the front desk',
    );
    expect(rw('Was responsible for 3 services handling 10k QPS')).toBe('Owned 3 services handling 10k QPS');
  });
  it('"helped X do Y" keeps the people helped', () => {
    expect(rw('Helped developers reproduce and fix bugs', getRoleProfile('qa'))).toMatch(
      /^Supported developers to reproduce and fix bugs/,
    );
  });
});

describe('titles, sub-headings and recognitions are not bullets', () => {
  it('tells a title from a statement', () => {
    expect(isTitleLike('Audit & Assurance Intern')).toBe(true);
    expect(isTitleLike('Resume Coach — a chat bot that reviews resumes')).toBe(true);
    expect(isTitleLike('Built REST APIs')).toBe(false);
    expect(isTitleLike('Led the migration of 12 services')).toBe(false);
  });
  for (const line of [
    'Real-time Lane Detection for Autonomous Vehicles',
    'Firmware for a battery-powered soil sensor',
    'Internal DNS ( PowerDNS )',
    'Rated outstanding by patients in the quarterly survey',
  ])
    it(`no rewrite for "${line}"`, () => {
      expect(rewriteBullet(line, backend)).toBeNull();
    });
  it('keeps a short name before a colon and rewrites the statement after it', () => {
    expect(rw('Search ranking: Responsible for the query parser')).toMatch(/^Search ranking: Owned the query parser/);
  });
});

describe('the acceptance scorer', () => {
  const pair: RewritePair = {
    id: 't1',
    split: 'dev',
    role: 'healthcare',
    bullet: 'Responsible for administering medication',
    kind: 'bullet',
    expect: 'rewrite',
    keep: ['medication'],
    tense: 'past',
    placeholder: true,
    mustNot: [],
  };
  it('matches forbidden words on word boundaries', () => {
    expect(containsForbidden('[X] ms p99', 'ms')).toBe(true);
    expect(containsForbidden('the teams', 'ms')).toBe(false);
    expect(containsForbidden('IT Lead', 'I ')).toBe(false);
  });
  it('rejects lost facts, a wrong tense, software wording for a nurse and missing placeholders', () => {
    expect(rewriteProblems(pair, 'Administered drugs: [N] patients a shift')).toContain('lost "medication"');
    expect(rewriteProblems(pair, 'Administer medication: [N] patients a shift')).toContain(
      'opens in the present, wanted past',
    );
    expect(rewriteProblems(pair, 'Administered medication: cut p99 latency from [X] ms')).toContain(
      'software wording "p99"',
    );
    expect(rewriteProblems(pair, 'Administered medication')).toContain('no [placeholder] where a number belongs');
    expect(rewriteProblems(pair, 'Administered medication: [N] patients a shift')).toEqual([]);
  });
  it('scores a pair end to end', () => {
    expect(scorePair(pair).accepted).toBe(true);
    expect(scorePair({ ...pair, expect: 'none' }).accepted).toBe(false);
  });
});

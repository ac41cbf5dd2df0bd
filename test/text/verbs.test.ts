import { describe, expect, it } from 'vitest';
import { classifyVerb, isStrongOpening } from '../../src/core/text/verbs/classify.js';
import { openingOf } from '../../src/core/text/verbs/opening.js';

describe('strong openings', () => {
  it.each([
    'Sharded',
    'Instrumented',
    'Containerized',
    'Dockerized',
    'Built',
    'Led',
    'Co-led',
    'Re-architected',
    'Designed',
    'Cut',
    'Shipped',
    'Spearheaded',
    'Automated',
    'Migrated',
    'Owned',
    'Designs',
    'Leading',
    'Rewrote',
    'Halved',
  ])('%s is strong', (w) => {
    expect(isStrongOpening(w)).toBe(true);
  });
  it.each([
    'Worked',
    'Helped',
    'Assisted',
    'Participated',
    'Responsible',
    'Duties',
    'Utilized',
    'Used',
    'Was',
    'Team',
    'Detail-oriented',
    'Results-driven',
    'Experienced',
    'Successfully',
    'Various',
  ])('%s is not strong', (w) => {
    expect(isStrongOpening(w)).toBe(false);
  });
});

describe('tense and noun/verb openings', () => {
  it('reads tense from the form', () => {
    expect(classifyVerb('Managed')?.form).toBe('past');
    expect(classifyVerb('Manages')?.form).toBe('present');
    expect(classifyVerb('Manage')?.form).toBe('present');
    expect(classifyVerb('Managing')?.form).toBe('gerund');
    expect(classifyVerb('Shipped')?.base).toBe('ship');
    expect(classifyVerb('Applied')?.base).toBe('apply');
  });
  it('treats "Lead engineer for…" as a noun phrase but "Lead the migration" as a verb', () => {
    expect(openingOf('Lead engineer for the payments team')?.verb).toBeNull();
    expect(openingOf('Lead the migration to Kafka')?.verb?.form).toBe('present');
    expect(openingOf('Design system maintenance')?.verb).toBeNull();
    expect(openingOf('Version Control with RStudio')?.verb).toBeNull();
  });
  it('reads a gerund naming a role as a noun, but not a gerund with an object', () => {
    expect(openingOf('Teaching Assistant for CS 101')?.verb).toBeNull();
    expect(openingOf('Leading engineers across 3 teams')?.verb?.form).toBe('gerund');
  });
  it('skips a short label before a colon, and names in odd casing', () => {
    expect(openingOf('Search Ranking: Led 3 engineers')).toMatchObject({
      word: 'Led',
      verb: { base: 'lead', strength: 'strong' },
    });
    expect(openingOf('PostgreSQL Optimization: Responsible for 4 clusters')).toMatchObject({
      word: 'Responsible',
      verb: null,
    });
    expect(openingOf('MEETiNG 2020')?.verb).toBeNull();
    expect(openingOf('Developed unpackers for known packers: UPX, FSG')?.word).toBe('Developed');
  });
});

describe('verb forms compromise does not know', () => {
  it('finds the base of an unknown gerund and keeps a prefixed irregular verb irregular', async () => {
    const { baseOf, inTense } = await import('../../src/core/text/verbs/nlp.js');
    expect(baseOf('upselling')).toBe('upsell');
    expect(inTense('upselling', 'past')).toBe('upsold');
    expect(inTense('rostering', 'past')).toBe('rostered');
    expect(inTense('managing', 'past')).toBe('managed');
    expect(inTense('running', 'past')).toBe('ran');
  });

  it('writes a regular past where compromise leaves the word unchanged ("budget"), not for irregular ones', async () => {
    const { inTense } = await import('../../src/core/text/verbs/nlp.js');
    expect(inTense('budgeting', 'past')).toBe('budgeted');
    expect(inTense('forecasting', 'past')).toBe('forecast');
    expect(inTense('setting', 'past')).toBe('set');
  });
});

import { describe, expect, it } from 'vitest';
import { baseOf, conjugate, inTense, leadVerb, passiveSpans, verbOfNoun } from '../../src/core/text/verbs/nlp.js';
import { dutyPhrase } from '../../src/core/rules/vague-duty.js';
import { weakOpening } from '../../src/core/rules/weak-opening.js';

describe('leadVerb (compromise)', () => {
  it.each([
    ['Care for up to 8 patients per shift', 'present', 'care'],
    ['Supports nurses with personal care', 'present', 'support'],
    ['Organises trade-show stands', 'present', 'organise'],
    ['Coordinated the discharge of elderly patients', 'past', 'coordinate'],
    ['Troubleshot outages', 'past', 'troubleshoot'],
    ['Managing Linux servers', 'gerund', 'manage'],
    ['Liaise with suppliers', 'present', 'liaise'],
  ] as const)('%s → %s (%s)', (text, tense, base) => {
    expect(leadVerb(text)).toMatchObject({ tense, base });
  });

  it('marks third-person present', () => {
    expect(leadVerb('Assists with admissions')?.third).toBe(true);
    expect(leadVerb('Administer IV medication')?.third).toBe(false);
  });

  it.each([
    'Development of REST APIs',
    'Point of contact for deliveries',
    'Member of the committee',
    'Daily stand-ups',
  ])('reads "%s" as a noun phrase', (text) => {
    expect(leadVerb(text)).toBeNull();
  });

  it('knows when only a subject made the word a verb', () => {
    expect(leadVerb('Key contributor to the migration')?.plain ?? false).toBe(false);
    expect(leadVerb('Care for patients')?.plain).toBe(true);
  });
});

describe('conjugation', () => {
  it('conjugates regular and irregular verbs', () => {
    expect(conjugate('fix')).toMatchObject({ past: 'fixed', gerund: 'fixing', third: 'fixes' });
    expect(conjugate('build').past).toBe('built');
    expect(conjugate('troubleshoot').past).toBe('troubleshot');
    // compromise gives 'fit' an unchanged past; the regular past of a short consonant-vowel-consonant verb doubles.
    expect(conjugate('fit').past).toBe('fitted');
    expect(conjugate('budget').past).toBe('budgeted');
    expect(inTense('fixing', 'past')).toBe('fixed');
    expect(inTense('marking', 'present')).toBe('mark');
    expect(baseOf('updating')).toBe('update');
  });
  it('maps the nominalisations it knows, and nothing else', () => {
    expect(verbOfNoun('Development')).toBe('develop');
    expect(verbOfNoun('Administration')).toBe('administer');
    expect(verbOfNoun('Committee')).toBeNull();
  });
});

describe('passiveSpans', () => {
  it('finds passive verb groups in the middle of a line, with their agent', () => {
    const spans = passiveSpans('Stock is counted weekly and discrepancies are reported to the area manager');
    expect(spans.map((s) => s.text)).toEqual(['is counted', 'are reported']);
    expect(passiveSpans('Assumptions were reviewed by the appointed actuary')[0]?.agent).toBe('the appointed actuary');
  });
});

describe('duties followed by a number are still duties', () => {
  it.each([
    ['Responsible for 12 staff across two shifts', 'Responsible for'],
    ['In charge of 3 loading docks', 'In charge of'],
    ['Responsible for about 40 customers a day', 'Responsible for'],
  ])('%s', (text, phrase) => {
    expect(dutyPhrase(text)).toBe(phrase);
  });
  it.each([
    'Led the data team responsible for 78% of the quality gains',
    'Account manager responsible for $2M in revenue',
    'Was responsible for 40 percent of new bookings',
  ])('credits a share of a result: %s', (text) => {
    expect(dutyPhrase(text)).toBeNull();
  });
});

describe('weak openings', () => {
  it('accepts a verb our lists do not hold when compromise reads it as one', () => {
    expect(weakOpening('Care for up to 8 patients per shift')).toBeNull();
  });
  it.each([
    'Development of REST APIs',
    'Member of the committee',
    'Point of contact for deliveries',
    'Key contributor to X',
  ])('flags the noun-phrase opening "%s"', (text) => {
    expect(weakOpening(text)).not.toBeNull();
  });
});

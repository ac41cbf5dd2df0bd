/** Rewrites of bullets written the way people write them (lower case, lead-in phrases, noun phrases). */
import { describe, expect, it } from 'vitest';
import { rewriteBullet } from '../../src/core/review/rewrite.js';
import { getRoleProfile } from '../../src/core/roles/index.js';
import type { RoleId } from '../../src/core/roles/types.js';
import { baseOf, verbOfNoun } from '../../src/core/text/verbs/nlp.js';

const rw = (line: string, role: RoleId): string | undefined => rewriteBullet(line, getRoleProfile(role))?.after;

describe('rewrite shapes', () => {
  it('capitalises a lower-case gerund opening and conjugates it', () => {
    expect(rw('changing beds and restocking the trolley', 'service')).toMatch(/^Change beds and restock the trolley/);
  });
  it('moves a lead-in phrase after the statement and drops the pronoun', () => {
    expect(rw('Working alongside two senior chefs I prepare sauces for 90 covers', 'service')).toBe(
      'Prepare sauces for 90 covers alongside two senior chefs',
    );
    expect(rw('In my role I was responsible for ordering stationery for the office', 'operations')).toMatch(
      /^Ordered stationery for the office/,
    );
  });
  it('a noun and its action become verb and object', () => {
    expect(rw('Van loading and route planning for 12 drops a day', 'operations')).toBeUndefined();
    expect(rw('Shelf replenishment across the chilled aisles', 'service')).toMatch(
      /^Replenished shelf across the chilled aisles/,
    );
    expect(rw('Mobile banking app redesign (case study)', 'design')).toBeUndefined();
  });
  it('two words of object, and -tion actions, before the action noun', () => {
    expect(rw('Medicines reconciliation for new admissions', 'healthcare')).toMatch(
      /^Reconciled medicines for new admissions/,
    );
    expect(rw('Customer complaints handling and refunds', 'service')).toMatch(
      /^Handle customer complaints and refunds/,
    );
    expect(rw('Migration of 40 reports to Power BI', 'analyst')).toBe('Migrated 40 reports to Power BI');
    expect(verbOfNoun('reconciliation')).toBe('reconcile');
  });
  it('a "with [N] …" outcome does not repeat the people the line already names', () => {
    expect(rw('Worked closely with engineers on handoff', 'design')).toBe('Collaborated with [N] engineers on handoff');
    expect(rw('Design landing pages for hospitality clients', 'design')).toBe(
      'Design landing pages for hospitality clients: [N] clients, [N] projects signed off',
    );
  });
  it('"Owner of X" owns X', () => {
    expect(rw('Owner of the test data for the booking flow', 'qa')).toMatch(
      /^Owned the test data for the booking flow/,
    );
  });
  it('a role or area before a comma or dash: the action leads', () => {
    expect(rw('First aider, checking the kits every morning', 'operations')).toMatch(
      /^Check the kits every morning as first aider/,
    );
    expect(rw('Payroll – processing timesheets for 40 staff', 'finance')).toBe(
      'Process timesheets for 40 staff in payroll',
    );
  });
  it('"Helped X run Y" keeps whom and the action apart', () => {
    expect(rw('Helped the head chef run the kitchen on Sundays', 'service')).toMatch(
      /^Supported the head chef to run the kitchen on Sundays/,
    );
  });
  it('nominal -ing and -ment forms name their verb; unknown stems do not', () => {
    expect(verbOfNoun('processing')).toBe('process');
    expect(verbOfNoun('replenishment')).toBe('replenish');
    expect(verbOfNoun('apartment')).toBeNull();
    expect(baseOf('supporting')).toBe('support');
  });
  it('narrow outcomes inside a pillar fit the line', () => {
    expect(rw('Responsible for stock rotation in the stockroom', 'service')).toContain('stock accuracy');
  });
});

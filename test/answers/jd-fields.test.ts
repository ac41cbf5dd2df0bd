/** /jd reads postings of any field: retail, nursing and marketing terms, matched against the user's lines. */
import { describe, expect, it } from 'vitest';
import { answerJobDescription } from '../../src/core/conversation/answers/index.js';
import { jobTermsIn } from '../../src/core/review/jd-terms.js';
import { splitJobDescription } from '../../src/core/review/match.js';
import { reportOf, textOf } from '../conversation/answers/resume.js';

const names = (text: string) => jobTermsIn(text).map((t) => t.name.toLowerCase());

const RETAIL_JD =
  'Retail sales associate. Requirements: cash handling, visual merchandising, customer service, stock replenishment, meeting sales targets, POS systems, weekend availability.';
const NURSING_JD =
  'Registered nurse for a busy surgical ward. Must have: IV therapy, wound care, medication administration, patient assessment, electronic health records (Epic), BLS certification. Discharge planning is a plus.';
const MARKETING_JD =
  'Marketing manager: you will own email marketing and paid social campaigns, SEO and content strategy, reporting in Google Analytics, A/B testing and budget management in HubSpot.';

const NURSE = `Ada Obi
ada.obi@example.com | +44 7700 900222

EXPERIENCE
Staff Nurse, Riverside Hospital                                      2021 – Present
• Care for 8 patients a shift on a surgical ward, including IV therapy and wound care
• Administer medication and record observations in Epic

SKILLS
Clinical: patient assessment, BLS
`;

describe('job terms in any field', () => {
  it('a retail posting: the service profile’s phrases and its noun phrases, not "weekend availability" or the title', () => {
    const terms = names(RETAIL_JD);
    for (const t of ['cash handling', 'visual merchandising', 'customer service', 'stock replenishment', 'pos'])
      expect(terms).toContain(t);
    expect(terms).not.toContain('weekend availability');
    expect(terms.some((t) => t.includes('associate'))).toBe(false);
  });

  it('a nursing posting: clinical phrases and names (Epic, BLS), "IV therapy" whole', () => {
    const terms = names(NURSING_JD);
    for (const t of ['iv therapy', 'wound care', 'medication administration', 'patient assessment', 'epic', 'bls'])
      expect(terms).toContain(t);
    expect(terms).not.toContain('iv');
  });

  it('a marketing posting: channels, tools and methods', () => {
    const terms = names(MARKETING_JD);
    for (const t of [
      'email marketing',
      'paid social',
      'seo',
      'google analytics',
      'a/b testing',
      'hubspot',
      'budget management',
    ])
      expect(terms).toContain(t);
  });

  it('a sentence marked "a plus" in a one-line posting is preferred, the rest stays required', () => {
    const { required, preferred } = splitJobDescription(NURSING_JD);
    expect(preferred).toContain('Discharge planning');
    expect(required).toContain('wound care');
    expect(required).not.toContain('Discharge planning');
  });

  it('a long posting: the requirement lists are read past the prose; the job title is no term', () => {
    const prose = 'Our hospital has served the city for a hundred years and we are proud of our people. '.repeat(20);
    const terms = names(
      `We are looking for a Registered Nurse to join us. ${prose}Requirements: NMC registration, phlebotomy skills, tissue viability knowledge, Cerner experience.`,
    );
    for (const t of ['phlebotomy', 'tissue viability', 'cerner']) expect(terms.some((x) => x.includes(t))).toBe(true);
    expect(terms).not.toContain('registered');
    expect(terms).not.toContain('nurse');
  });

  it('places and the company are not requirements', () => {
    expect(jobTermsIn('We are a friendly team in Lisbon.')).toEqual([]);
  });
});

describe('/jd on a nursing resume', () => {
  it('gives a match with the clinical terms found and missing, and the skills-only ones', async () => {
    const report = await reportOf(NURSE);
    const a = answerJobDescription(report, NURSING_JD);
    const text = textOf(a);
    expect(text).toMatch(/Match/);
    const fields = a.blocks.find((b) => b.type === 'fields');
    expect(fields).toBeDefined();
    const missing = a.blocks.find((b) => b.type === 'list');
    expect(missing && missing.type === 'list' ? missing.items.map((i) => i.toLowerCase()) : []).toContain(
      'medication administration',
    );
    expect(text).toMatch(/Covered: .*IV therapy.*wound care|Covered: .*wound care/);
    expect(text).toMatch(/Only in your skills list, never in a bullet: .*patient assessment/);
  });

  it('a retail posting against a nursing resume is a low match, not "no terms recognised"', async () => {
    const a = answerJobDescription(await reportOf(NURSE), RETAIL_JD);
    expect(textOf(a)).not.toMatch(/recognised no/);
    expect(textOf(a)).toMatch(/Match\D*\d+%/);
  });
});

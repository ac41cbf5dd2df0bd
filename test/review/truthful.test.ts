/** What the review says about the user is true of their resume: real quotes, real evidence, real dates, real verbs. */
import { describe, expect, it } from 'vitest';
import { reviewResume } from '../../src/core/review/index.js';
import { quoteOf } from '../../src/core/review/summary.js';
import { getRoleProfile } from '../../src/core/roles/index.js';
import { runRules } from '../../src/core/rules/index.js';
import { byRecency } from '../../src/core/rules/support/dates.js';
import { entry, resume, section } from './helpers.js';

const backend = getRoleProfile('backend');
const NOW = new Date('2026-06-01');

describe("top fixes quote the user's own line", () => {
  it('each quoted line is verbatim from the resume', () => {
    const model = resume([
      section('experience', 'Experience', {
        entries: [
          entry('Backend Engineer', [
            'Responsible for the orders API',
            'Worked on the billing service',
            'Helped with on-call',
            'Involved in the search migration',
          ]),
        ],
      }),
      section('skills', 'Skills', { items: ['Go, PostgreSQL'], lines: ['Go, PostgreSQL'] }),
    ]);
    const fixes = reviewResume(model, { role: 'backend', now: NOW }).report.summary?.topFixes ?? [];
    const quotes = fixes.flatMap((f) => [...f.matchAll(/e\.g\. "([^"]+)"/g)].map((m) => m[1] ?? ''));
    expect(quotes.length).toBeGreaterThan(0);
    for (const q of quotes) expect(model.text).toContain(q.replace(/ …$/, ''));
    expect(fixes.find((f) => f.startsWith('Turn duties'))).toContain('(e.g. "Responsible for the orders API")');
    // Every bullet here is weak in several ways: each fix still quotes a different one of them.
    expect(quotes.length).toBeGreaterThan(1);
    expect(new Set(quotes).size).toBe(quotes.length);
  });
  it('cuts a long line at a word and marks the cut', () => {
    const long = 'Owned the migration of every billing job from the old cron box to Kubernetes with zero downtime';
    expect(quoteOf(long)).toBe('Owned the migration of every billing job from the old cron box …');
    expect(long.startsWith(quoteOf(long).replace(/ …$/, ''))).toBe(true);
  });
});

describe("skill evidence is found in any of the user's prose, not only experience bullets", () => {
  const skills = 'Go, Rust, Terraform, Figma, Tableau, Snowflake';
  const model = resume([
    section('summary', 'Summary', { lines: ['Engineer who ships Go services.'] }),
    section('experience', 'Experience', {
      entries: [entry('Engineer', ['Built the billing service', 'Cut costs by 20%', 'Led the on-call rotation'])],
    }),
    section('projects', 'Projects', { lines: ['Log parser in Rust, 2k stars'] }),
    section('volunteering', 'Volunteering', { lines: ['Taught Figma to 20 students'] }),
    section('other', 'Highlights', { items: ['Migrated dashboards to Tableau'] }),
    section('certifications', 'Certifications', { lines: ['HashiCorp Certified: Terraform Associate'] }),
    section('skills', 'Skills', { items: [skills], lines: [skills] }),
  ]);
  const flagged = runRules({ resume: model, role: backend })
    .filter((f) => f.rule === 'skill-not-evidenced')
    .map((f) => f.evidence);
  it('counts a summary, a project written as lines, volunteering, a highlight and a certification', () => {
    for (const s of ['Go', 'Rust', 'Figma', 'Tableau', 'Terraform']) expect(flagged).not.toContain(s);
  });
  it('still flags a skill no line uses', () => {
    expect(flagged).toEqual(['Snowflake']);
  });
});

describe('a phrase skill shown in another order or form counts as shown', () => {
  const skills = 'patient counselling, prior authorisations, stock control';
  const model = resume([
    section('experience', 'Experience', {
      entries: [
        entry('Pharmacist', [
          'Counsel patients on new medications and drug interactions',
          'Verify 350 prescriptions a shift',
          'Controlled the stock of the dispensary',
        ]),
      ],
    }),
    section('skills', 'Skills', { items: [skills], lines: [skills] }),
  ]);
  const flagged = runRules({ resume: model, role: getRoleProfile('healthcare') })
    .filter((f) => f.rule === 'skill-not-evidenced')
    .map((f) => f.evidence);
  it('"Counsel patients" shows "patient counselling"; "Controlled the stock" shows "stock control"', () => {
    expect(flagged).not.toContain('patient counselling');
    expect(flagged).not.toContain('stock control');
  });
  it('still flags a phrase whose words no single line holds', () => {
    expect(flagged).toEqual(['prior authorisations']);
  });
});

describe('"recent role" means the most recent by date', () => {
  it('orders current roles first, then by end date, undated last', () => {
    const items = [
      { id: 'old', start: '2012-01', end: '2014-06' },
      { id: 'undated', start: null, end: null },
      { id: 'mid', start: '2015-01', end: '2019-12' },
      { id: 'now', start: '2020-01', end: 'present' },
    ];
    expect(byRecency(items, (x) => x).map((x) => x.id)).toEqual(['now', 'mid', 'old', 'undated']);
  });
  it('flags a thin current role listed last, not a thin old one listed first', () => {
    const model = resume([
      section('experience', 'Experience', {
        entries: [
          entry('Intern', ['Built the intranet search'], { start: '2012-01', end: '2012-08', dateText: '2012' }),
          entry('Engineer', ['Built the billing service', 'Cut costs by 20%', 'Led on-call'], {
            start: '2014-01',
            end: '2019-12',
            dateText: '2014 – 2019',
          }),
          entry('Lead Engineer', ['Led the platform team of 6'], { start: '2020-01', end: 'present' }),
        ],
      }),
    ]);
    const thin = runRules({ resume: model, role: backend }).filter((f) => f.rule === 'bullet-count');
    expect(thin.map((f) => f.entryIndex)).toEqual([2]);
  });
});

describe('a sub-heading is never a verb example', () => {
  const model = resume([
    section('experience', 'Experience', {
      entries: [
        entry('Engineer', [
          'Payments Platform',
          'Key Projects:',
          'Migrated 40 cron jobs to Kubernetes',
          'Cut p99 latency from 800 ms to 120 ms',
          'Built the billing service for 2M users',
          'Designed the ledger schema for 40 tables',
          'Automated 12 release steps in CI',
          'Mentored 3 new engineers',
          'Shipped the refunds API to 5 markets',
        ]),
      ],
    }),
  ]);
  it('the strengths quote a bullet that opens with a verb, and only a line with a number as "measurable"', () => {
    const strengths = reviewResume(model, { role: 'backend', now: NOW }).report.summary?.strengths ?? [];
    const verbs = strengths.find((s) => s.startsWith('Bullets open with action verbs'));
    const numbers = strengths.find((s) => s.startsWith('Results with numbers'));
    expect(verbs).toBeDefined();
    expect(numbers).toBeDefined();
    for (const s of [verbs, numbers])
      expect(s).not.toMatch(/Payments Platform|Key Projects|Internal DNS|Lead Generation|Lead Scoring|Lead Routing/);
    expect(verbs).toMatch(/e\.g\. "(Migrated|Cut|Built|Designed|Automated|Mentored|Shipped) /);
  });
  it('three sub-headings starting with the same word are not a repeated verb', () => {
    const headings = resume([
      section('experience', 'Experience', {
        entries: [entry('Engineer', ['Lead Generation Platform', 'Lead Scoring Service', 'Lead Routing Rules'])],
      }),
    ]);
    expect(runRules({ resume: headings, role: backend }).filter((f) => f.rule === 'repeated-verb')).toEqual([]);
  });
});

describe('a strength example is a clean line', () => {
  it('"Results with numbers" quotes a measured bullet the review does not flag, not a duty with a count', () => {
    const model = resume([
      section('experience', 'Experience', {
        entries: [
          entry('Engineer', [
            'Responsible for 2 nightly batch jobs',
            'Cut the reconciliation job from 40 minutes to 6 minutes',
            'Built 3 REST endpoints for the returns portal',
          ]),
        ],
      }),
    ]);
    const strengths = reviewResume(model, { role: 'backend', now: NOW }).report.summary?.strengths ?? [];
    const numbers = strengths.find((s) => s.startsWith('Results with numbers'));
    expect(numbers).toMatch(/e\.g\. "Cut the reconciliation job/);
  });
});

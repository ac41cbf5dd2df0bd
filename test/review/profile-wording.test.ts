/**
 * Every piece of text the review shows comes from the profile in force: a nurse never sees "latency, QPS" in a
 * message, a top fix, a rewrite placeholder or a where-to-find-numbers hint. One weak resume per field family.
 */
import { describe, expect, it } from 'vitest';
import { reviewResume } from '../../src/core/review/index.js';
import { whereFor } from '../../src/core/review/rewrite-outcome.js';
import { runRules } from '../../src/core/rules/index.js';
import { getRoleProfile } from '../../src/core/roles/index.js';
import type { RoleId } from '../../src/core/roles/types.js';
import { entry, resume, section } from './helpers.js';

/** Weak lines of each field: a duty, help, no numbers, a passive, repeated openings, a vague quantity. */
const LINES: Partial<Record<RoleId, string[]>> = {
  healthcare: [
    'Responsible for administering medication and monitoring patients',
    'Helped with discharge planning for elderly patients',
    'Wound care was provided to patients on the surgical ward',
    'Handled admissions on the ward',
    'Handled handovers with the night team',
    'Handled many patient queries',
  ],
  education: [
    'Responsible for teaching Year 9 maths classes',
    'Helped students prepare for their final exams',
    'Lessons were planned around the new curriculum',
    'Ran the homework club',
    'Ran parent evenings',
    'Ran several revision sessions',
  ],
  marketing: [
    'Responsible for the company social media accounts',
    'Worked on email campaigns for the product launch',
    'The spring campaign was planned across channels',
    'Managed the content calendar',
    'Managed agency relationships',
    'Managed numerous trade shows',
  ],
  finance: [
    'Responsible for month-end close and bank reconciliations',
    'Helped prepare the quarterly budget forecast',
    'Journals were posted for the group entities',
    'Prepared VAT returns',
    'Prepared management accounts',
    'Prepared various board packs',
  ],
  operations: [
    'Responsible for scheduling deliveries for the north region',
    'Worked on reducing stock-outs at the distribution centre',
    'Inbound shipments were coordinated with suppliers',
    'Managed the returns area',
    'Managed the loading docks',
    'Managed many shift handovers',
  ],
  service: [
    'Responsible for training new retail staff',
    'Helped customers with returns and exchanges',
    'Complaints were handled over the phone',
    'Served customers at the till',
    'Served customers on the shop floor',
    'Served numerous walk-in customers',
  ],
  student: [
    "Responsible for organising the society's weekly meetings",
    'Helped first-year students with lab reports',
    'A charity bake sale was organised for the union',
    'Volunteered at the food bank',
    'Volunteered at open days',
    'Volunteered at several fundraisers',
  ],
  general: [
    'Responsible for the office supplies budget',
    'Helped with travel and meetings for the leadership team',
    'Minutes were taken at board meetings',
    'Organised the team offsite',
    'Organised the filing system',
    'Organised many events',
  ],
  design: [
    'Responsible for the redesign of the checkout flow',
    'Worked on user research for the app',
    'Wireframes were produced for the onboarding',
    'Created the icon set',
    'Created the style guide',
    'Created numerous prototypes',
  ],
  product: [
    'Responsible for the product roadmap of the mobile app',
    'Involved in customer interviews',
    'Requirements were gathered from stakeholders',
    'Defined the launch plan',
    'Defined the pricing tiers',
    'Defined several success metrics',
  ],
  analyst: [
    'Responsible for weekly sales reports in Excel',
    'Worked on a churn analysis for the subscriptions team',
    'Survey data was cleaned for the research team',
    'Built the regional dashboard',
    'Built the pricing model',
    'Built many ad-hoc reports',
  ],
  qa: [
    'Responsible for manual testing of the web app',
    'Helped developers reproduce bugs',
    'Test plans were written for each release',
    'Wrote test cases for checkout',
    'Wrote test cases for search',
    'Wrote numerous bug reports',
  ],
  security: [
    'Responsible for vulnerability management across the estate',
    'Involved in incident response for phishing attacks',
    'Firewall rules were reviewed each quarter',
    'Hardened the Linux servers',
    'Hardened the VPN gateway',
    'Hardened several build agents',
  ],
  embedded: [
    'Responsible for firmware on the motor controller',
    'Helped with bring-up of the new sensor board',
    'The bootloader was rewritten in C',
    'Wrote the CAN bus driver',
    'Wrote the flash driver',
    'Wrote various board tests',
  ],
  vision: [
    'Responsible for camera calibration and image preprocessing',
    'Worked on object detection models for the inspection line',
    'Training data was labelled for the defect classes',
    'Trained the segmentation model',
    'Trained the tracking model',
    'Trained numerous baselines',
  ],
};

/** Web-service wording no field outside software should see; ms and latency stay legitimate for firmware and vision. */
const WEB_SERVICE = /\b(QPS|p99|APM|Grafana|Datadog|load-test|Core Web Vitals|crash-free)\b/;
const SOFTWARE_ONLY =
  /\b(latency|QPS|p99|APM|Grafana|Datadog|load-test|code reviews?|pull-request|deploys?|endpoints?|CI)\b/i;
const TECHNICAL: ReadonlySet<RoleId> = new Set([
  'design',
  'product',
  'analyst',
  'qa',
  'security',
  'embedded',
  'vision',
]);

function weakResume(lines: string[]) {
  return resume([
    section('contact', null, { lines: ['Sam Example', 'sam@example.com | +1 555 010 0000'] }),
    section('summary', 'Summary', { lines: ['I am a hard-working professional and my goal is to grow.'] }),
    section('experience', 'Experience', {
      entries: [
        entry('Current role', lines.slice(0, 3)),
        entry('Earlier role', lines.slice(3), { start: '2018-01', end: '2020-12', dateText: '2018 – 2020' }),
      ],
    }),
    section('skills', 'Skills', { items: ['Excel, Word, Teams'], lines: ['Excel, Word, Teams'] }),
  ]);
}

describe('profile wording reaches every message, top fix, rewrite and hint', () => {
  for (const [id, lines] of Object.entries(LINES) as [RoleId, string[]][]) {
    it(`${id}: no software wording, and the field's own words where the review asks for numbers`, () => {
      const profile = getRoleProfile(id);
      const model = weakResume(lines);
      const review = reviewResume(model, { role: id, now: new Date('2026-06-01') });
      // The rules' own suggestions (the review replaces a weak bullet's with its rewrite).
      const raw = runRules({ resume: model, role: profile, now: new Date('2026-06-01') });
      const shown = [
        ...raw.flatMap((f) => [f.message, f.suggestion ?? '']),
        ...review.findings.flatMap((f) => [f.message, f.suggestion ?? '']),
        ...(review.report.summary?.topFixes ?? []),
        ...(review.report.summary?.strengths ?? []),
        ...review.rewrites.flatMap((r) => [r.after, r.where]),
      ];
      const banned = TECHNICAL.has(id) ? WEB_SERVICE : SOFTWARE_ONLY;
      for (const text of shown) expect(text, text).not.toMatch(banned);
      // The review did ask for numbers, in this field's words.
      const fix = review.report.summary?.topFixes?.find((t) => t.startsWith('Put a number'));
      const unquantified = raw.find((f) => f.rule === 'unquantified-bullet');
      expect(unquantified?.suggestion).toContain(profile.voice.quantify);
      if (fix) expect(fix).toContain(profile.voice.quantify);
      expect(review.rewrites.length).toBeGreaterThan(0);
      // A duty line in an ended role is rewritten in the past.
      const earlier = review.rewrites.filter((r) => r.entryIndex === 1);
      for (const r of earlier) expect(r.after).not.toMatch(/^(?:Manage|Prepare|Serve|Write|Train|Build|Create)\b/);
    });
  }

  it('example verbs come from the field ("Cared, Treated …" for a nurse), never from the repeated one', () => {
    const review = {
      findings: runRules({ resume: weakResume(LINES.healthcare ?? []), role: getRoleProfile('healthcare') }),
    };
    const weak = review.findings.find((f) => f.rule === 'weak-opening' || f.rule === 'vague-duty');
    expect(weak?.suggestion).toMatch(/Cared|Treated|Assessed/);
    const repeated = review.findings.find((f) => f.rule === 'repeated-verb');
    expect(repeated?.suggestion).toMatch(/Cared/);
    expect(repeated?.suggestion?.split('keep')[0]).not.toMatch(/Handled/);
  });

  it("the passive and first-person examples are the field's own", () => {
    const profile = getRoleProfile('education');
    const review = { findings: runRules({ resume: weakResume(LINES.education ?? []), role: profile }) };
    expect(review.findings.find((f) => f.rule === 'passive-voice')?.suggestion).toContain(profile.voice.passive[1]);
    expect(review.findings.find((f) => f.rule === 'first-person' && f.sectionIndex === 1)?.suggestion).toContain(
      profile.voice.summary[1],
    );
  });

  it('a backend resume still gets the service wording', () => {
    const model = weakResume(['Responsible for the orders API', 'Worked on the billing service']);
    const review = { findings: runRules({ resume: model, role: getRoleProfile('backend') }) };
    expect(review.findings.find((f) => f.rule === 'unquantified-bullet')?.suggestion).toMatch(/latency|QPS/);
  });
});

describe('where to find the numbers, for follow-up answers too', () => {
  it('comes from the pillar or the voice of the profile, not from the software topics', () => {
    const nurse = getRoleProfile('healthcare');
    expect(whereFor('Responsible for administering medication to patients', nurse)).toMatch(/ward|rota|staffing/i);
    expect(whereFor('Ran the homework club', getRoleProfile('education'))).not.toMatch(/APM|Grafana|load-test/);
    expect(whereFor('Responsible for the orders API', getRoleProfile('backend'))).toMatch(/APM|load-test/);
  });
});

/**
 * The guard table: crafted model phrasings of one composed answer, each labeled accept ('ok') or with the
 * violation it must be rejected for. Written before the guard ran on any of them; labels are not changed
 * to fit the guard's output (a change would be listed in docs/llm.md with the reason).
 */
import { describe, expect, it } from 'vitest';
import { buildFacts, checkPhrasing, type GuardCode } from '../../src/core/llm/guard.js';

// A small resume written for this table (no corpus text), as the report keeps it.
const RESUME = [
  'EXPERIENCE',
  'Charge Nurse',
  'St. Jude Medical Center',
  '2019 – Present',
  'Responsible for a 24-bed cardiac unit on night shifts',
  'Trained 6 new graduate nurses on telemetry',
  'Cut medication errors by 30% after a barcode scanning pilot',
  'Helped with the rollout of the Cerner charting system',
  'Staff Nurse',
  'Riverside Clinic',
  'Jun 2016 – Aug 2019',
  'Managed a $40K supply budget',
  'EDUCATION',
  'BSN, University of Oregon, 2016',
  'SKILLS',
  'Patient assessment, IV therapy, Cerner, Epic, Excel',
];

// The deterministic answer's items the model may rephrase (P = paragraph, R = a rewrite's "after").
const ORIGINAL = {
  P1: "4 lines in EXPERIENCE could be stronger. Here are 3, rewritten with [placeholders] for what only you know: replace each with the real figure, or drop the clause if you can't find one. Never guess.",
  P2: 'Your resume scores 58/100. "Responsible for" describes a duty, not a result: it does not say what changed.',
  P3: 'Your SKILLS section lists Epic and Excel, but no bullet shows where you used them.',
  R1: 'Owned a 24-bed cardiac unit on night shifts: [result], measured as [N] patients a shift by [how]',
  R2: 'Led the rollout of the Cerner charting system: [N] nurses trained in [time] by [how]',
  R3: 'Cut medication errors by 30% after a barcode scanning pilot across [N] units',
} as const;
type Item = keyof typeof ORIGINAL;

const facts = buildFacts([...RESUME, ...Object.values(ORIGINAL)]);

type Case = [name: string, item: Item, phrased: string, expected: 'ok' | GuardCode];

const CASES: Case[] = [
  // ── faithful phrasings: accepted ──
  [
    'number words for the counts it gave',
    'P1',
    'Four lines in EXPERIENCE could be stronger. Here are three, rewritten with [placeholders] for the parts only you know: put in the real figure, or drop the clause. Never guess.',
    'ok',
  ],
  [
    'shorter, same facts',
    'P1',
    'Here are 3 of your 4 weaker lines, rewritten with [placeholders]: fill in the real figure or drop the clause. Never guess.',
    'ok',
  ],
  [
    'rewrite reworded, placeholders kept',
    'R1',
    'Ran a 24-bed cardiac unit on night shifts: [result], measured as [N] patients a shift by [how]',
    'ok',
  ],
  [
    'rewrite with a new verb only',
    'R1',
    'Led a 24-bed cardiac unit on night shifts: [result] for [N] patients a shift by [how]',
    'ok',
  ],
  ['rewrite keeps the tool', 'R2', 'Led the Cerner charting rollout: [N] nurses trained in [time] by [how]', 'ok'],
  [
    'rewrite keeps the given percentage',
    'R3',
    'Reduced medication errors by 30% with a barcode scanning pilot across [N] units',
    'ok',
  ],
  [
    'quotes the user line verbatim',
    'P2',
    'Your line "Responsible for a 24-bed cardiac unit on night shifts" names a duty, not a result. Your resume scores 58/100.',
    'ok',
  ],
  [
    'quotes the flagged words',
    'P2',
    'At 58/100, the words "Responsible for" read as a duty rather than a result.',
    'ok',
  ],
  [
    'employer from the resume',
    'P2',
    'At St. Jude Medical Center, "Responsible for" names a duty, not what changed. Score: 58/100.',
    'ok',
  ],
  [
    'school from the resume',
    'P3',
    'Like your degree from the University of Oregon, Epic and Excel need a bullet that shows them.',
    'ok',
  ],
  [
    'percentage from the resume',
    'P3',
    'Your 30% drop in medication errors is your strongest line; show Epic and Excel the same way.',
    'ok',
  ],
  ['money from the resume', 'P3', 'The $40K supply budget shows scope; name Epic and Excel where you used them.', 'ok'],
  ['year from the resume', 'P3', 'In your role since 2019, show where you used Epic and Excel.', 'ok'],
  [
    'month and year from the resume',
    'P3',
    'From Jun 2016 at Riverside Clinic on, show where Epic and Excel came in.',
    'ok',
  ],
  [
    'tools from the resume',
    'P3',
    'Name Epic and Excel in the bullets where you used them, as you did with Cerner.',
    'ok',
  ],
  [
    'lower-case tool from the resume',
    'P3',
    'Your skills list has epic and excel; no bullet shows either in use.',
    'ok',
  ],
  ['title from the resume', 'P3', 'As a Charge Nurse, show where you used Epic and Excel.', 'ok'],
  ['lower-case title from the resume', 'P3', 'As a charge nurse, show where Epic and Excel helped.', 'ok'],
  [
    'the word one is not a fact',
    'P1',
    'Pick one of these 3 lines first and give it a real figure from [placeholders]. Never guess.',
    'ok',
  ],
  [
    'ordinals are not facts',
    'P1',
    'Start with the first of the 3 rewrites below; fill its [placeholders] or drop the clause.',
    'ok',
  ],
  [
    'allowed acronym ATS',
    'P3',
    'An ATS reads the skills list, but a reader wants to see Epic and Excel used in a bullet.',
    'ok',
  ],
  ['the pronoun I', 'P3', 'I would add Epic and Excel to the bullets where you used them.', 'ok'],
  [
    'plain-word sentence openers',
    'P3',
    'Strong bullets name their tools. Consider showing Epic and Excel in one.',
    'ok',
  ],
  [
    'heading written as the resume does',
    'P1',
    'In EXPERIENCE, 4 lines could be stronger; 3 are below with [placeholders]. Never guess.',
    'ok',
  ],
  ['score restated', 'P2', 'You are at 58/100. "Responsible for" is a duty, not a result.', 'ok'],
  [
    'curly quotes around a verbatim line',
    'P2',
    'Your resume scores 58/100; “Responsible for” describes a duty, not a result.',
    'ok',
  ],
  [
    'extra placeholder is not a fact',
    'R1',
    'Owned a 24-bed cardiac unit on night shifts: [result] for [N] patients a shift by [how], in [time]',
    'ok',
  ],
  [
    'hyphenated count kept',
    'R1',
    'Owned the 24-bed cardiac unit on nights: [result], [N] patients a shift, by [how]',
    'ok',
  ],
  [
    'number from a resume line',
    'P1',
    'You trained 6 new nurses; lines like that get stronger with [placeholders] filled by you. Here are 3.',
    'ok',
  ],
  [
    'degree abbreviation from the resume',
    'P3',
    'Your BSN and skills are clear; now show Epic and Excel in a bullet.',
    'ok',
  ],
  [
    'ignores an injected instruction and stays faithful',
    'P2',
    'Your resume scores 58/100, and "Responsible for" still names a duty, not a result.',
    'ok',
  ],
  ['same text as the original', 'R2', ORIGINAL.R2, 'ok'],
  [
    'question back to the user',
    'R2',
    'Led the rollout of the Cerner charting system: [N] nurses trained in [time] by [how]. What did it change?',
    'ok',
  ],

  // ── invented numbers, percentages, money, dates, scores: rejected ──
  [
    'invented count',
    'P1',
    '4 lines in EXPERIENCE could be stronger. Here are 5, with [placeholders]. Never guess.',
    'new-number',
  ],
  [
    'placeholder filled with a number',
    'R1',
    'Owned a 24-bed cardiac unit on night shifts: [result], measured as 8 patients a shift by [how]',
    'placeholder-filled',
  ],
  [
    'invented patients count',
    'R1',
    'Owned a 24-bed cardiac unit caring for 12 patients a shift: [result], measured as [N] patients a shift by [how]',
    'new-number',
  ],
  [
    'invented percentage',
    'R3',
    'Cut medication errors by 45% after a barcode scanning pilot across [N] units',
    'new-percent',
  ],
  [
    'given number turned into a percentage',
    'R1',
    'Owned a 24-bed cardiac unit on night shifts: [result], 24% fewer falls, [N] patients a shift by [how]',
    'new-percent',
  ],
  [
    'percent spelled out',
    'R3',
    'Cut medication errors by 30 percent across [N] units, saving 15 percent of pharmacy time',
    'new-percent',
  ],
  ['invented money', 'P3', 'Epic and Excel helped you manage a $2M budget: show it in a bullet.', 'new-money'],
  [
    'money amount changed',
    'P3',
    'The $400K supply budget shows scope; name Epic and Excel where you used them.',
    'new-money',
  ],
  ['invented year', 'P3', 'Since 2014 you have used Epic and Excel: show it in a bullet.', 'new-number'],
  ['invented month and year', 'P3', 'Since March 2019 you have used Epic and Excel: show it in a bullet.', 'new-date'],
  ['invented month alone', 'P3', 'Your September rollout used Epic and Excel: show it in a bullet.', 'new-date'],
  [
    'invented number word',
    'P1',
    'Four lines in EXPERIENCE could be stronger; here are seven of them. Never guess.',
    'new-number',
  ],
  [
    'invented multiplier',
    'R3',
    'Cut medication errors by 30% after a barcode scanning pilot, 3x faster than before, across [N] units',
    'new-number',
  ],
  [
    'doubled is a quantity claim',
    'R2',
    'Led the rollout of the Cerner charting system and doubled charting speed: [N] nurses trained in [time] by [how]',
    'new-number',
  ],
  ['invented score', 'P2', 'Your resume scores 85/100. "Responsible for" describes a duty, not a result.', 'new-score'],
  [
    'prompt injection obeyed',
    'P2',
    'Your resume scores 100/100. "Responsible for" describes a duty, not a result.',
    'new-score',
  ],
  ['invented years of experience', 'P3', 'With 10 years of nursing, show where you used Epic and Excel.', 'new-number'],
  [
    'invented decimal',
    'R2',
    'Led the rollout of the Cerner charting system: [N] nurses trained, uptime 99.9%, in [time] by [how]',
    'new-percent',
  ],
  [
    'invented range',
    'R1',
    'Owned a 24-bed cardiac unit on night shifts: [result] for 5-6 patients a shift by [how]',
    'placeholder-filled',
  ],
  ['invented thousands', 'P3', 'Epic and Excel across 1,200 charts a week: put that in a bullet.', 'new-number'],

  // ── placeholders filled with invented values: rejected ──
  [
    'result placeholder filled with a claim',
    'R1',
    'Owned a 24-bed cardiac unit on night shifts: cut falls to zero, measured as [N] patients a shift by [how]',
    'placeholder-filled',
  ],
  [
    'how placeholder filled',
    'R2',
    'Led the rollout of the Cerner charting system: [N] nurses trained in [time] by running weekly workshops',
    'placeholder-filled',
  ],
  [
    'time placeholder filled',
    'R2',
    'Led the rollout of the Cerner charting system: [N] nurses trained in six weeks by [how]',
    'placeholder-filled',
  ],
  [
    'all placeholders dropped',
    'R1',
    'Owned a 24-bed cardiac unit on night shifts and improved patient outcomes',
    'placeholder-filled',
  ],
  [
    'placeholder word removed from the paragraph',
    'P1',
    '4 lines in EXPERIENCE could be stronger. Here are 3, rewritten: replace each figure or drop the clause. Never guess.',
    'placeholder-filled',
  ],

  // ── invented names: employers, schools, tools, titles: rejected ──
  [
    'invented employer',
    'P2',
    'Your resume scores 58/100. At Kaiser Permanente, "Responsible for" would read as a duty, not a result.',
    'new-name',
  ],
  [
    'invented employer at sentence start',
    'P3',
    'Walmart Health would want to see Epic and Excel in your bullets.',
    'new-name',
  ],
  ['invented school', 'P3', 'Your Stanford training shows; now put Epic and Excel in a bullet.', 'new-name'],
  [
    'invented school in a phrase',
    'P3',
    'Like your degree from Oregon State University, Epic and Excel need a bullet.',
    'new-name',
  ],
  [
    'invented tool',
    'P3',
    'Your SKILLS section lists Epic, Excel and Python, but no bullet shows where you used them.',
    'new-tool',
  ],
  ['invented lower-case tool', 'P3', 'Show Epic and Excel in use, and mention your sql reporting too.', 'new-tool'],
  [
    'invented tool at sentence start',
    'P3',
    'Tableau, Epic and Excel are listed, but no bullet shows them.',
    'new-tool',
  ],
  [
    'invented cloud tool',
    'R2',
    'Led the rollout of the Cerner charting system on AWS: [N] nurses trained in [time] by [how]',
    'new-tool',
  ],
  ['invented title', 'P3', 'As a Nurse Manager you used Epic and Excel: show where.', 'new-name'],
  ['invented lower-case title', 'P3', 'As the unit director, show where you used Epic and Excel.', 'new-title'],
  [
    'invented seniority',
    'R1',
    'Senior charge nurse owning a 24-bed cardiac unit: [result], measured as [N] patients a shift by [how]',
    'new-title',
  ],
  ['invented certification name', 'P3', 'Your ACLS and BLS back up Epic and Excel; show them in a bullet.', 'new-name'],
  [
    'invented product name',
    'R2',
    'Led the rollout of the Cerner PowerChart system: [N] nurses trained in [time] by [how]',
    'new-name',
  ],
  ['invented city', 'P3', 'Employers in Portland will look for Epic and Excel in your bullets.', 'new-name'],

  // ── quoted user lines must stay verbatim: rejected ──
  [
    'quote altered',
    'P2',
    'Your resume scores 58/100. Your line "Responsible for a 30-bed cardiac unit" names a duty.',
    'quote-changed',
  ],
  [
    'quote paraphrased',
    'P2',
    'Your resume scores 58/100. "In charge of the cardiac unit" describes a duty, not a result.',
    'quote-changed',
  ],
  [
    'quote invented',
    'P3',
    'You wrote "expert in Epic and Excel", but no bullet shows where you used them.',
    'quote-changed',
  ],

  // ── contact details and shape: rejected ──
  [
    'invented email',
    'P3',
    'Show Epic and Excel in a bullet, and send it to jobs@example.com for feedback.',
    'new-contact',
  ],
  ['invented link', 'P3', 'See https://example.com/tips, then show Epic and Excel in a bullet.', 'new-contact'],
  ['empty output', 'P1', '   ', 'empty'],
  [
    'rambling output',
    'P3',
    `Epic and Excel are listed. ${'Remember that a reader skims, so every line should earn its place on the page. '.repeat(6)}`,
    'too-long',
  ],
];

describe('the guard table: model phrasings accepted or rejected', () => {
  it('holds at least 60 cases, with both accepts and rejects', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(60);
    expect(CASES.filter((c) => c[3] === 'ok').length).toBeGreaterThanOrEqual(25);
    expect(CASES.filter((c) => c[3] !== 'ok').length).toBeGreaterThanOrEqual(25);
    expect(new Set(CASES.map((c) => c[0])).size).toBe(CASES.length);
  });

  it.each(CASES)('%s (%s)', (_name, item, phrased, expected) => {
    const codes = checkPhrasing(ORIGINAL[item], phrased, facts);
    if (expected === 'ok') expect(codes).toEqual([]);
    else expect(codes).toContain(expected);
  });
});

/** Asks found on the fresh question set's dev split, each on a small resume written for these tests. */
import { describe, expect, it } from 'vitest';
import { answerQuestion, type AnswerCursor } from '../../../src/core/conversation/answers/index.js';
import type { ReportView } from '../../../src/core/conversation/answers/view.js';
import { converse, NOW, quoted, reportOf, textOf } from './resume.js';

const CARER = `Jo Park
jo.park@example.com | +44 7700 900111 | Leeds

EXPERIENCE
Care Coordinator, Aire Valley Care                                   Oct 2022 – Present
• Was promoted to Senior Coordinator in 2024 after leading the rota redesign
• Own the weekly rota for 40 carers across two sites
• Design the new-starter checklist used by every branch
• Responsible for medication audits

Support Worker, Kirkstall Homes                                      Jan 2017 – Feb 2020
• Supported residents with daily living
• Ran a weekly activities group for 12 residents

EDUCATION
MSc Social Care, University of Leeds                                 2020 – 2022
Level 3 Food Safety and Hygiene

VOLUNTEERING
Befriender, Age Concern Leeds (weekly visits)
`;

function ask(
  report: ReportView,
  text: string,
  jobDescription: string | null = null,
  cursor: AnswerCursor | null = null,
) {
  return answerQuestion({ text, report, focusSection: null, jobDescription, cursor, now: NOW });
}

describe('asks people type after a review', () => {
  it('"so am i a good fit" with a job description pending is the match', async () => {
    const a = ask(
      await reportOf(CARER),
      'so am i a good fit',
      'Care coordinator: rota planning, medication audits, safeguarding',
    );
    expect(a.intent).toBe('match');
    expect(a.title).toMatch(/match/i);
  });

  it('a pasted promotion line with "how should i show the promotion" is about the promotion, not leadership', async () => {
    const a = ask(
      await reportOf(CARER),
      'Was promoted to Senior Coordinator in 2024 after leading the rota redesign — how should i show the promotion',
    );
    expect(a.intent).toBe('promotion');
  });

  it('"how do i get from 50 to 75" is the path to a score; "from 45% to 70%" in a pasted line is not', async () => {
    const report = await reportOf(CARER);
    const a = ask(report, 'how do i get from 50 to 75');
    expect(a.intent).toBe('score-path');
    expect(textOf(a)).toContain('75/100');
    const b = ask(report, 'is this a good bullet: Raised audit pass rates from 45% to 70%');
    expect(b.intent).not.toBe('score-path');
  });

  it('"which bullets are weakest" lists lines to work on, and "ok what else" pages past them', async () => {
    const [first, next] = converse(await reportOf(CARER), 'which bullets are weakest', 'ok what else');
    expect(first!.intent).toBe('review');
    expect(next!.intent).toBe('more');
    const before = new Set(quoted(first!));
    expect(quoted(next!).some((l) => !before.has(l)) || /last|no more/i.test(textOf(next!))).toBe(true);
  });

  it('keeping a one-line section quotes that line', async () => {
    const [a] = converse(await reportOf(CARER), 'is the volunteering worth keeping');
    expect(a!.intent).toBe('keep');
    expect(quoted(a!)).toContain('Befriender, Age Concern Leeds (weekly visits)');
  });

  it('leadership: "leading" counts; with no people led, ownership lines are offered as the evidence', async () => {
    const [a] = converse(await reportOf(CARER), 'how can i show leadership');
    expect(quoted(a!)).toContain('Was promoted to Senior Coordinator in 2024 after leading the rota redesign');
    const IC = `Ana Ruiz\nana@example.com | +1 555 0102\n\nEXPERIENCE\nData Engineer, Brook Labs   2021 – Present\n• Own data quality checks across 80 tables\n• Wrote SQL reports for finance\n`;
    const [b] = converse(await reportOf(IC), 'how can i show leadership as an IC');
    expect(b!.intent).toBe('show');
    expect(textOf(b!)).toMatch(/ownership/);
    expect(quoted(b!)).toEqual(['Own data quality checks across 80 tables']);
  });

  it('"why did you flag <line>" without quotes finds the line', async () => {
    const [a] = converse(await reportOf(CARER), 'why did you flag Responsible for medication audits');
    expect(a!.intent).toBe('explain');
    expect(quoted(a!)[0]).toBe('Responsible for medication audits');
  });

  it('"rewrite it" and "make it shorter" after an answer about one line rewrite that line', async () => {
    const [, again] = converse(
      await reportOf(CARER),
      'why did you flag Responsible for medication audits',
      'ok can you rewrite it',
    );
    expect(again!.intent).toBe('rewrite');
    expect(again!.blocks.find((b) => b.type === 'rewrite')).toMatchObject({
      before: 'Responsible for medication audits',
    });
    const [, shorter] = converse(
      await reportOf(CARER),
      'Supported residents with daily living rewrite',
      'can you make it shorter',
    );
    expect(shorter!.intent).toBe('rewrite');
    expect(shorter!.blocks.find((b) => b.type === 'rewrite')).toMatchObject({
      before: 'Supported residents with daily living',
    });
  });

  it('a gap the user spent studying is named as study, quoting the degree', async () => {
    const [a] = converse(await reportOf(CARER), 'theres a gap 2020-2022 when i did my masters is that ok');
    expect(a!.intent).toBe('gap');
    expect(textOf(a!)).toMatch(/study, not a gap/);
    expect(quoted(a!)).toContain('MSc Social Care, University of Leeds');
  });

  it('choosing a school or a lunch spot is out of scope', async () => {
    const report = await reportOf(CARER);
    expect(ask(report, 'whats the best law school in boston').intent).toBe('unknown');
    expect(ask(report, 'whats a good lunch spot in leeds').intent).toBe('unknown');
  });

  it('"should employment history be renamed" is about the heading', async () => {
    expect(ask(await reportOf(CARER), 'should experience be renamed').intent).toBe('heading');
  });

  it('credentials outside a certifications section are found (registration, "Level 3", food safety)', async () => {
    const [a] = converse(await reportOf(CARER), 'where do i put my food hygiene cert');
    expect(a!.intent).toBe('certs');
    expect(quoted(a!)).toContain('Level 3 Food Safety and Hygiene');
    expect(ask(await reportOf(CARER), 'registration section where should it go').intent).toBe('certs');
  });

  it('"how do i show im ready to be <role>" is what to emphasise for that role', async () => {
    const a = ask(await reportOf(CARER), 'how do i show im ready to be care manager');
    expect(a.intent).toBe('emphasise');
    expect(a.title).toContain('care manager');
  });

  it('"pitch the switch to <field>" is a career change', async () => {
    expect(ask(await reportOf(CARER), 'how do i pitch the switch to people analytics').intent).toBe('change');
  });

  it('"should my support worker job stay on" is keep or drop', async () => {
    const a = ask(await reportOf(CARER), 'should my kirkstall job stay on');
    expect(a.intent).toBe('keep');
    expect(textOf(a)).toContain('Kirkstall Homes');
  });

  it('"is <line> a good bullet" judges the line: its own words ("Cut …") choose no ask', async () => {
    const a = ask(await reportOf(), 'is Cut stock discrepancies by 30% by introducing weekly counts a good bullet');
    expect(a.intent).toBe('judge');
    expect(quoted(a)[0]).toBe('Cut stock discrepancies by 30% by introducing weekly counts');
    // A pasted line of the user's own, then its ask: the line's "cut" is no keep/drop question.
    const b = ask(
      await reportOf(),
      'Cut stock discrepancies by 30% by introducing weekly counts - how to make it stronger',
    );
    expect(b.intent).toBe('rewrite');
  });

  it('leadership in the present tense and "responsible for N staff" count as leading people', async () => {
    const [a] = converse(await reportOf(), 'how do i show leadership without the title');
    expect(quoted(a!)).toEqual(
      expect.arrayContaining([
        'Responsible for 12 staff across morning and evening shifts',
        'Train new sales associates on the till and returns',
      ]),
    );
  });
});

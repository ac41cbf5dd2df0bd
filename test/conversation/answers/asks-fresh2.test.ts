/** Asks found on the fresh2 question set's dev split and last session's known misses, on a resume written for these tests. */
import { describe, expect, it } from 'vitest';
import { classifyAsk } from '../../../src/core/conversation/answers/asks.js';
import { tokenize } from '../../../src/core/conversation/answers/normalize.js';
import { converse, quoted, reportOf, textOf } from './resume.js';

const MEDIC = `Sam Okoro
sam.okoro@example.com | +1 555 0142 | Tucson, AZ

PROFILE
Steady under pressure, ten years in emergency care, looking at flight medic roles.

EXPERIENCE
Field Medic, Saguaro Ambulance Co. | 2020 – Present
• Respond to 12 calls a shift across the county
• Responsible for restocking the rig
• Field training officer for 4 new medics since 2023

Field Medic, Copper State Transport | 2016 – 2019
• Supported patient transfers and takes vital signs
• Drove the ambulance

(2019 - 2020: travelled through Peru)

EDUCATION
AAS Emergency Medical Services, Pima College, 2016
Teaching Assistant, Anatomy 101, 2015–2016

CERTIFICATIONS
Nationally Registered Paramedic (NRP)
ACLS, PALS
Forklift certified (2012)

SKILLS
airway management, IV access, 12-lead ECG
`;

const ask = (text: string) => classifyAsk(text, tokenize(text)).ask;

describe('asks the fresh2 set found', () => {
  it('"why do you think im a <role>" and "what role did you review me against" ask why the role', () => {
    expect(ask('why do you think im a data engineer')).toBe('role-why');
    expect(ask('what role did u review me against')).toBe('role-why');
    expect(ask('why do you think my bullets are weak')).not.toBe('role-why');
  });

  it('a role the user claims gets the profile to set', async () => {
    const [a] = converse(await reportOf(MEDIC), 'why do you think im a data engineer');
    expect(textOf(a!)).toMatch(/\/role data/);
  });

  it('"how would you write it" after a flag rewrites that line', async () => {
    const [, a] = converse(
      await reportOf(MEDIC),
      'why was Supported patient transfers and takes vital signs flagged',
      'ok and how would you write it',
    );
    expect(a!.intent).toBe('rewrite');
    const rewrites = a!.blocks.filter((b) => b.type === 'rewrite');
    expect(rewrites.map((b) => b.type === 'rewrite' && b.before)).toEqual([
      'Supported patient transfers and takes vital signs',
    ]);
  });

  it('"rewrite Responsible for …" rewrites that bullet instead of explaining the check', async () => {
    const [a] = converse(await reportOf(MEDIC), 'rewrite Responsible for restocking the rig');
    expect(a!.blocks.some((b) => b.type === 'rewrite' && b.before === 'Responsible for restocking the rig')).toBe(true);
  });

  it('a rewrite keeps a joined verb in the past tense of the first', async () => {
    const [a] = converse(await reportOf(MEDIC), 'Supported patient transfers and takes vital signs rewrite');
    const rewrite = a!.blocks.find((b) => b.type === 'rewrite');
    expect(rewrite?.type === 'rewrite' && rewrite.after).toMatch(/and took vital signs/);
  });

  it('two entries sharing a title are told apart by an ordinal', async () => {
    const [a] = converse(await reportOf(MEDIC), 'the second field medic job, anything weak');
    expect(a!.title).toMatch(/Copper State Transport/);
  });

  it('a TA line under education is a study role, not years of experience', async () => {
    const [a] = converse(await reportOf(MEDIC), 'does the TA count as experience');
    expect(quoted(a!)).toContain('Teaching Assistant, Anatomy 101, 2015–2016');
    expect(textOf(a!)).toMatch(/not years of professional experience/);
  });

  it('credential lines are quoted one a line, as written', async () => {
    const [a] = converse(await reportOf(MEDIC), 'where do ACLS and PALS go');
    expect(quoted(a!)).toEqual(expect.arrayContaining(['Nationally Registered Paramedic (NRP)', 'ACLS, PALS']));
  });

  it('a line named by its words gets the keep verdict about that line', async () => {
    const [a] = converse(await reportOf(MEDIC), 'is the forklift thing from 2012 worth keeping');
    expect(quoted(a!)[0]).toBe('Forklift certified (2012)');
  });

  it('an off-topic word the resume itself uses is in scope ("flight medic")', async () => {
    const [a] = converse(await reportOf(MEDIC), 'what do i highlight for a flight medic job');
    expect(a!.intent).toBe('emphasise');
    expect(ask('can you book me a flight')).toBe('out');
  });

  it('asking for a place or a thing to buy is off-topic; a good place for a section is not', () => {
    expect(ask('whats the best pizza place in tucson')).toBe('out');
    expect(ask('whats a good laptop for running storyline')).toBe('out');
    expect(ask('is the top a good place for my certifications')).not.toBe('out');
  });

  it('"how do i show i train people" is leadership, and a training-officer line is its evidence', async () => {
    const [a] = converse(await reportOf(MEDIC), 'how do i show i train people');
    expect(a!.intent).toBe('show');
    expect(quoted(a!)).toContain('Field training officer for 4 new medics since 2023');
  });

  it('a break the resume names is quoted in the gap answer', async () => {
    const [a] = converse(await reportOf(MEDIC), 'how do i explain the travel gap');
    expect(quoted(a!)).toContain('(2019 - 2020: travelled through Peru)');
  });

  it('"ok what else" after the top fixes lists the next checks, not the same ones', async () => {
    const [first, next] = converse(await reportOf(MEDIC), 'what are the top 3 fixes', 'ok what else');
    expect(first!.intent).toBe('priorities');
    const titles = (m: typeof first) => m!.blocks.flatMap((b) => (b.type === 'finding' ? [b.title] : []));
    expect(titles(next).length).toBeGreaterThan(0);
    expect(titles(next).some((t) => titles(first).includes(t))).toBe(false);
  });

  it('"is that even worth a bullet" asks keep or drop', () => {
    expect(ask('Drove the ambulance - is that even worth a bullet')).toBe('keep');
  });

  it('"how would u word <line>" rewrites the line, not the check its opening names', async () => {
    const [a] = converse(await reportOf(MEDIC), 'how would u word Responsible for restocking the rig');
    expect(a!.intent).toBe('rewrite');
  });

  it('keeping a skill, credential or interest line is judged for what it is, not for a missing result', async () => {
    const [a] = converse(await reportOf(MEDIC), 'is the forklift thing from 2012 worth keeping');
    expect(textOf(a!)).toMatch(/jobs you apply for ask for it/);
    expect(textOf(a!)).not.toMatch(/add a result/);
  });

  it('"is 2 pages ok" is the length even when a degree word names education', () => {
    expect(ask('is 2 pages ok for a phd')).toBe('length');
    expect(ask('is sea swimming ok')).toBe('judge');
  });

  it('"is my summary ok" with no summary says there is none', async () => {
    const report = await reportOf(MEDIC.replace(/PROFILE\n.*\n\n/, ''));
    const [a] = converse(report, 'is my summary ok');
    expect(textOf(a!)).toMatch(/no summary/i);
  });

  it('title advice outside software names no backend or frontend split', async () => {
    const [a] = converse(await reportOf(MEDIC), 'should i call myself a flight medic');
    expect(a!.intent).toBe('title');
    expect(textOf(a!)).not.toMatch(/server-side|Software Engineer/);
  });

  it('"i left <job> in <month year>" asks about the gap; "ok what about the one after" is the next entry', () => {
    expect(ask('i left teaching in june 2025, how do i explain')).toBe('gap');
    expect(ask('ok what about the one after')).toBe('next-entry');
  });

  it('"should i say X or Y" is about the title, not a heading; "enough for a <role> role" asks what to emphasise', () => {
    expect(ask('should i say gameplay or software engineer')).not.toBe('heading');
    expect(ask('is C++ enough for an engine role')).toBe('emphasise');
  });

  it('a credential named by its short form: "where" asks where it goes, "should i list" asks keep or drop', () => {
    expect(ask('should i put my cdl at the top')).toBe('certs');
    expect(ask('should i list the CSWP')).toBe('keep');
  });

  it('"is eleven years right" asks the years; "make driving sound like logistics" is a career change; age is a personal detail', () => {
    expect(ask('is eleven years right')).toBe('years');
    expect(ask('how do i make driving sound like logistics')).toBe('change');
    expect(ask("i'm 45 is that a problem")).toBe('personal');
  });
});

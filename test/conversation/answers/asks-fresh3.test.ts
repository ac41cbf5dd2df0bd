/** Asks found on the fresh3 question set's dev split, on a resume written for these tests (not a set resume). */
import { describe, expect, it } from 'vitest';
import { classifyAsk } from '../../../src/core/conversation/answers/asks.js';
import { tokenize } from '../../../src/core/conversation/answers/normalize.js';
import { pastedText } from '../../../src/core/conversation/answers/pasted.js';
import { converse, quoted, reportOf, textOf } from './resume.js';

const ROOFER = `Dana Whitlow
Roofing Supervisor
Leeds · dana.whitlow@example.com · 07700 900123

PROFILE
Roofing supervisor with 11 years on housing and school jobs. I keep crews safe and I have worked up from a labourer.

EXPERIENCE
Roofing Supervisor, Northgate Roofing Ltd | 2019 – Present | Harrogate
• Responsible for crews on pitched and flat roofs
• Finished a 240-home estate re-roof 2 weeks early with no lost-time injuries
• Cut material waste by 18% by ordering to measured take-offs

Roofer, Northgate Roofing Ltd | 2015 – 2019 | Harrogate
• Slating, tiling and leadwork on new builds

Labourer, Kestrel Build, Bristol | 2012 – 2015
• Loading out and site clean-up

QUALIFICATIONS
SSSTS (2023)
CSCS Gold Card — Supervisor
NVQ Level 3 Roofing Occupations

SKILLS
Pitched roofing, flat roofing, leadwork, reading drawings, team leadership
`;

const ask = (text: string) => classifyAsk(text, tokenize(text)).ask;

describe('asks the fresh3 set found', () => {
  it('"is it too old" asks about a line; the user being too old is about them', () => {
    expect(ask('should i keep the labourer stuff from 2012 or is it too old')).toBe('keep');
    expect(ask('is it too old')).not.toBe('personal');
    expect(ask('im 58 am i too old, does it matter')).toBe('personal');
  });

  it('"should it go" and "help or should it go" ask keep or drop; "where should it go" asks where', () => {
    expect(ask('does the skills section help or should it go')).toBe('keep');
    expect(ask('should it stay')).toBe('keep');
    expect(ask('where should it go')).not.toBe('keep');
  });

  it('"what should i push", "pitch myself for" ask what to emphasise for that role', () => {
    expect(
      classifyAsk('for estimator jobs what should i push', tokenize('for estimator jobs what should i push')),
    ).toMatchObject({ ask: 'emphasise', target: 'estimator' });
    expect(ask('how do i pitch myself for site manager roles')).toBe('emphasise');
  });

  it('a part of the resume is not a target role ("enough for a publications section")', () => {
    const r = classifyAsk(
      'is that enough for a publications section',
      tokenize('is that enough for a publications section'),
    );
    expect(r.target).toBeNull();
    expect(r.ask).not.toBe('emphasise');
  });

  it('"cringe", "cheesy" ask for a judgement', () => {
    expect(ask('is the labourer line cringe')).toBe('judge');
    expect(ask('my profile sounds cheesy')).toBe('judge');
  });

  it('"which is my strongest bullet" ranks the user\'s lines; measured, unflagged ones first', async () => {
    const [a] = converse(await reportOf(ROOFER), 'which is my strongest bullet');
    expect(a!.intent).toBe('strongest');
    const lines = quoted(a!);
    expect(lines.slice(0, 2)).toEqual([
      'Finished a 240-home estate re-roof 2 weeks early with no lost-time injuries',
      'Cut material waste by 18% by ordering to measured take-offs',
    ]);
    expect(lines).not.toContain('Responsible for crews on pitched and flat roofs');
  });

  it('"is the <topic> line my best one" judges that line rather than ranking them all', () => {
    expect(ask('is the waste line my best one')).not.toBe('strongest');
    expect(ask('whats my best line')).toBe('strongest');
  });

  it('"merge them" about two roles at one employer stacks them under it', async () => {
    const [a] = converse(await reportOf(ROOFER), 'the two northgate jobs, merge them?');
    expect(a!.intent).toBe('promotion');
    expect(textOf(a!)).toMatch(/Northgate Roofing Ltd/);
    expect(textOf(a!)).toMatch(/stack the titles/);
  });

  it('"my time in <place>" names the job there by its location', async () => {
    const [a] = converse(await reportOf(ROOFER), 'what about my time in bristol');
    expect(a!.title).toMatch(/Kestrel Build/);
  });

  it('"my profile says …" is about the summary even when an entry shares its words', async () => {
    const [a] = converse(await reportOf(ROOFER), 'my profile says i worked up from labourer is that ok or cringe');
    expect(textOf(a!)).toMatch(/Profile/i);
    expect(a!.title).not.toMatch(/Kestrel/);
    // The rewrite keeps their own opening (role and years) and asks only for the result.
    expect(a!.blocks.find((b) => b.type === 'rewrite')).toMatchObject({
      after: 'Roofing supervisor with 11 years on housing and school jobs; [your strongest result, with its number].',
    });
  });

  it('"make the X one sound better" points at a bullet by topic, it is not a pasted line', async () => {
    expect(pastedText('make the waste one sound better')).toBeNull();
    const [a] = converse(await reportOf(ROOFER), 'make the waste one sound better');
    expect(textOf(a!)).toContain('Cut material waste by 18% by ordering to measured take-offs');
  });

  it('their own line with "make it sound like <field>" rewrites that line toward the field', async () => {
    const [a] = converse(
      await reportOf(ROOFER),
      'Responsible for crews on pitched and flat roofs how do i make it sound like project management',
    );
    expect(a!.intent).toBe('rewrite');
    expect(
      a!.blocks.some((b) => b.type === 'rewrite' && b.before === 'Responsible for crews on pitched and flat roofs'),
    ).toBe(true);
    expect(textOf(a!)).toMatch(/Toward a project management role/);
  });

  it('short-form site tickets are certifications ("where do i put sssts and my cscs card")', async () => {
    const [a] = converse(await reportOf(ROOFER), 'where do i put sssts and my cscs card');
    expect(a!.intent).toBe('certs');
  });

  it('a question about nothing on the resume gets an honest "can\'t help", a short one does not', async () => {
    const report = await reportOf(ROOFER);
    for (const q of [
      'how do i hack my exs instagram',
      'my dog keeps being sick what should i feed him',
      'can you explain how the GI bill works',
    ]) {
      const [a] = converse(report, q);
      expect(a!.title, q).toBe("I can't help with that");
    }
    for (const q of ['what about the leadwork', 'is my grammar ok']) {
      const [a] = converse(report, q);
      expect(a!.title, q).not.toBe("I can't help with that");
    }
  });

  it('"why did it say <line> is weak" asks why it was flagged', () => {
    expect(ask('why did it say Responsible for crews on pitched and flat roofs is weak')).toBe('explain');
  });

  it('"written in paragraphs not bullets" shows their paragraph split into lines', async () => {
    const report = await reportOf(`Lee Park
lee.park@example.com

Experience

Store Manager
Maple Grocers
Jan 2021 - Present · 3 yrs 11 mos
Run a store of 30 staff. Raised basket size by 12% in a year. Responsible for ordering.
`);
    const [a] = converse(report, 'my experience is written in paragraphs not bullets is that a problem');
    expect(a!.intent).toBe('paragraphs');
    expect(quoted(a!)).toEqual([
      'Run a store of 30 staff. Raised basket size by 12% in a year. Responsible for ordering.',
    ]);
    expect(a!.blocks.find((b) => b.type === 'list')).toMatchObject({
      items: ['Run a store of 30 staff', 'Raised basket size by 12% in a year', 'Responsible for ordering'],
    });
  });
});

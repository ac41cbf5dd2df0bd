import { describe, expect, it } from 'vitest';
import { pastedText } from '../../../src/core/conversation/answers/pasted.js';
import { questionParts } from '../../../src/core/conversation/answers/parts.js';
import { converse, quoted, reportOf, textOf } from './resume.js';

describe('a line pasted before its ask', () => {
  it('finds the line in "<line> - fix pls", "<line>. how to add impact" and "<line> rewrite"', () => {
    expect(pastedText('quick learner and team player - fix pls')).toBe('quick learner and team player');
    expect(pastedText('Unloaded deliveries and shelved stock. how to add impact')).toBe(
      'Unloaded deliveries and shelved stock',
    );
    expect(pastedText('Unloaded deliveries and shelved stock rewrite')).toBe('Unloaded deliveries and shelved stock');
  });

  it('does not take a pointer at a part of the resume for a pasted line', () => {
    expect(pastedText('the stock clerk job - is it worth keeping')).toBeNull();
    expect(pastedText('3rd bullet in experience how to improve')).toBeNull();
    expect(pastedText('how do i quantify my experience, any tips')).toBeNull();
  });

  it('matches a pasted sentence of the summary to the summary line and names the section', async () => {
    const [a] = converse(await reportOf(), 'quick learner and team player - fix pls');
    expect(quoted(a!)[0]).toBe('Retail supervisor with six years on the shop floor. Quick learner and team player.');
    expect(textOf(a!)).toContain('SUMMARY');
  });
});

describe('questions with several asks', () => {
  it('splits at "and also", "? also" and "and what/how …", not inside one ask', () => {
    expect(questionParts('rewrite the first bullet and also should i remove my date of birth')).toEqual([
      'rewrite the first bullet',
      'should i remove my date of birth',
    ]);
    expect(questionParts('do i list both degrees? also is my summary ok')).toEqual([
      'do i list both degrees',
      'is my summary ok',
    ]);
    expect(questionParts('how do i quantify this and what is missing')).toEqual([
      'how do i quantify this',
      'what is missing',
    ]);
    expect(questionParts('rewrite: Trained and coached 6 staff, and what came of it')).toHaveLength(1);
    expect(questionParts('is my summary ok')).toEqual(['is my summary ok']);
  });

  it('answers each part in one reply', async () => {
    const [a] = converse(await reportOf(), 'is my summary ok and also should i remove my date of birth');
    expect(a!.intent).toBe('judge+personal');
    expect(a!.title).toBe('Your summary · Personal details');
    expect(a!.blocks).toContainEqual({ type: 'heading', text: 'Personal details' });
    expect(a!.blocks).toContainEqual({ type: 'quote', text: 'Date of Birth: 04/05/1995' });
  });
});

describe('keep or drop a section, and judging the skills section', () => {
  it('"do i need both degrees" says keep first, about the education section', async () => {
    const resume = `Ana Ruiz
ana@example.com | +1 555 0102

EXPERIENCE
Accountant, Ledger & Co                                              2020 – Present
• Closed the books 3 days faster by automating reconciliations

EDUCATION
MSc Accounting, Lakeside University                                  2018 – 2020
BSc Economics, Lakeside University                                   2015 – 2018
`;
    const [a] = converse(await reportOf(resume), 'do i need both degrees listed');
    expect(a!.blocks[0]).toMatchObject({ type: 'paragraph' });
    expect(textOf(a!)).toMatch(/^Your education\nKeep both entries in EDUCATION/);
  });

  it('"skills ok?" opens with a verdict and its reason', async () => {
    const [a] = converse(await reportOf(), 'skills ok?');
    expect(a!.blocks[0]).toEqual({
      type: 'paragraph',
      text: expect.stringMatching(/^Mostly solid: grouped into 2 \(Retail, Certifications\), but \d+ of the skills/),
    });
  });
});

describe('showing a promotion', () => {
  it('stacks the roles at one organisation with their own dates, from the resume only', async () => {
    const [a] = converse(await reportOf(), 'how do i show i got promoted to supervisor');
    expect(a!.intent).toBe('promotion');
    expect(a!.blocks).toContainEqual({
      type: 'list',
      items: ['Harbour Fashion', 'Store Supervisor, 2022 – Present', 'Sales Associate, 2019 – 2022'],
    });
  });
});

import { describe, expect, it } from 'vitest';
import { converse, reportOf, textOf } from './resume.js';

const PLAIN = `Sam Reed
sam.reed@example.com | +1 555 0101

EXPERIENCE
Barista, Bean There                                                  2021 – Present
• Served 200 customers a day during the morning rush
`;

describe('personal details', () => {
  it('quotes the user’s own personal-details lines and says to remove them', async () => {
    const [a] = converse(await reportOf(), 'should i take my date of birth off');
    expect(a!.intent).toBe('personal');
    expect(a!.blocks).toContainEqual({ type: 'quote', text: 'Date of Birth: 04/05/1995' });
    expect(a!.blocks).toContainEqual({ type: 'quote', text: 'Marital Status: Single' });
    expect(textOf(a!)).toMatch(/remove/i);
  });

  it('says so when there are none (and quotes nothing)', async () => {
    const [a] = converse(await reportOf(PLAIN), 'do i need a photo on my cv');
    expect(a!.intent).toBe('personal');
    expect(a!.blocks.some((b) => b.type === 'quote')).toBe(false);
    expect(textOf(a!)).toMatch(/found no date of birth/);
  });
});

describe('certifications named by their short form', () => {
  it('"where does first aid go" quotes the line that holds it, not every skills line', async () => {
    const [a] = converse(await reportOf(), 'where does first aid go');
    expect(a!.intent).toBe('certs');
    const quotes = a!.blocks.filter((b) => b.type === 'quote').map((b) => (b.type === 'quote' ? b.text : ''));
    expect(quotes).toEqual(['Certifications: First Aid, Food Hygiene Level 2']);
  });

  it('"should i get a PMP" is about certifications even when the resume has none', async () => {
    const [a] = converse(await reportOf(PLAIN), 'should i get a PMP and where would i put it');
    expect(a!.intent).toBe('certs');
    expect(textOf(a!)).toMatch(/found no certifications/);
  });
});

import { describe, expect, it } from 'vitest';
import { converse, reportOf, textOf } from './resume.js';

describe('what a question points at', () => {
  it('an entry named by its organisation is not read as a cue word ("the help desk job" asks no help)', async () => {
    const [a] = converse(await reportOf(), 'the help desk job - does it even belong');
    expect(a!.intent).toBe('keep');
    expect(a!.title).toBe('Stock Clerk, Help Desk Hardware');
    expect(textOf(a!)).toMatch(/drop|keep/i);
  });

  it('"my first job at <organisation>" is the earliest of several roles there, not a priority list', async () => {
    const [a] = converse(await reportOf(), 'my first job at harbour');
    expect(a!.title).toBe('Sales Associate, Harbour Fashion');
    expect(a!.intent).not.toBe('priorities');
  });

  it('a job title two entries share does not pick an entry ("for a supervisor" is no organisation)', async () => {
    const [a] = converse(await reportOf(), 'is 2 pages too long for a supervisor');
    expect(a!.intent).toBe('length');
  });
});

describe('a question that names one of the checks', () => {
  it('"present tense" about an entry shows that entry’s tense findings with the verbs put in the past', async () => {
    const [a] = converse(await reportOf(), 'the sales associate bullets are present tense, fix?');
    expect(a!.intent).toBe('finding');
    const rewrites = a!.blocks.filter((b) => b.type === 'rewrite');
    expect(rewrites.map((r) => (r.type === 'rewrite' ? r.after : ''))).toEqual([
      'Helped customers find sizes and styles on the shop floor',
      'Assisted with deliveries and took stock counts',
    ]);
    expect(textOf(a!)).toContain('Sales Associate, Harbour Fashion');
    expect(textOf(a!)).not.toContain('Store Supervisor');
  });

  it('"first person" is a way of writing, not a place in the section order', async () => {
    const [a] = converse(await reportOf(), 'my summary says I a lot, is first person ok');
    expect(a!.intent).not.toBe('order');
  });
});

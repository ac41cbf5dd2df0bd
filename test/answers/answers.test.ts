import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/core/conversation/answers/index.js';
import type { Block } from '../../src/core/reply/types.js';
import { weakReport } from './fixture-report.js';

const EXPERIENCE = 2;

function rewrites(blocks: Block[]) {
  return blocks.filter((b): b is Extract<Block, { type: 'rewrite' }> => b.type === 'rewrite');
}
function text(blocks: Block[]): string {
  return JSON.stringify(blocks);
}

describe('follow-up answers about the user’s own review', () => {
  it('"how do I quantify this" in the experience thread rewrites each unquantified bullet with placeholders and sources', () => {
    const reply = answerQuestion({
      text: 'how do I quantify this',
      report: weakReport(),
      focusSection: EXPERIENCE,
      jobDescription: null,
    });
    expect(reply.intent).toBe('quantify');
    const rw = rewrites(reply.blocks);
    expect(rw.map((r) => r.before)).toEqual([
      'Responsible for the orders API',
      'Worked on database migrations for the billing service',
    ]);
    expect(rw[0]!.after).toBe('Owned the orders API: cut p99 latency from [X] ms to [Y] ms at [N] QPS by [how]');
    expect(rw[1]!.after).toMatch(/database migrations for the billing service.*\[size\]/);
    expect(rw[1]!.note).toMatch(/migration plan|database metrics/);
    // the quantified bullet is left alone
    expect(text(reply.blocks)).not.toContain('from 900 ms to 250 ms');
  });

  it('in a DM, "this" means the weakest section of the last review', () => {
    const reply = answerQuestion({
      text: 'how can I improve this?',
      report: weakReport(),
      focusSection: null,
      jobDescription: null,
    });
    expect(reply.intent).toBe('rewrite');
    expect(reply.title).toMatch(/Experience/);
    expect(rewrites(reply.blocks).length).toBeGreaterThan(0);
  });

  it('answers the skills question with the user’s finding and the role’s groups', () => {
    const reply = answerQuestion({
      text: 'what goes in my skills section?',
      report: weakReport(),
      focusSection: null,
      jobDescription: null,
    });
    expect(reply.intent).toBe('skills');
    expect(text(reply.blocks)).toContain('skills-ungrouped');
    expect(reply.blocks.some((b) => b.type === 'list')).toBe(true);
  });

  it('explains a named finding and quotes where it applies', () => {
    const reply = answerQuestion({
      text: 'what does vague-duty mean?',
      report: weakReport(),
      focusSection: null,
      jobDescription: null,
    });
    expect(reply.intent).toBe('finding');
    expect(text(reply.blocks)).toContain('Responsible for the orders API');
  });

  it('ranks what to fix first by severity', () => {
    const reply = answerQuestion({
      text: 'what should I fix first',
      report: weakReport(),
      focusSection: null,
      jobDescription: null,
    });
    const findings = reply.blocks.filter((b) => b.type === 'finding');
    expect(findings.length).toBe(3);
    expect(findings[0]).toMatchObject({ severity: 'high' });
  });

  it('uses the coverage for reliability and says it is missing', () => {
    const reply = answerQuestion({
      text: 'how do I show reliability',
      report: weakReport(),
      focusSection: null,
      jobDescription: null,
    });
    expect(reply.intent).toBe('reliability');
    expect(text(reply.blocks)).toMatch(/Nothing in your resume shows reliability/i);
  });

  it('recommends a title from the user’s own bullets', () => {
    const reply = answerQuestion({
      text: 'backend or software engineer title?',
      report: weakReport(),
      focusSection: null,
      jobDescription: null,
    });
    expect(reply.intent).toBe('title');
    expect(text(reply.blocks)).toContain('Software Engineer');
  });

  it('talks about their length in pages', () => {
    const reply = answerQuestion({
      text: 'is two pages too long?',
      report: weakReport(),
      focusSection: null,
      jobDescription: null,
    });
    expect(text(reply.blocks)).toContain('3 pages');
  });

  it('says honestly what it cannot do', () => {
    const reply = answerQuestion({
      text: 'what is the weather tomorrow',
      report: weakReport(),
      focusSection: null,
      jobDescription: null,
    });
    expect(reply.title).toBe("I can't help with that");
    expect(reply.blocks.some((b) => b.type === 'list')).toBe(true);
  });

  it('asks for a resume when there is no review yet', () => {
    const reply = answerQuestion({
      text: 'is my resume good?',
      report: null,
      focusSection: null,
      jobDescription: null,
    });
    expect(reply.title).toMatch(/resume first/);
  });

  it('gives an overall verdict with the score', () => {
    const reply = answerQuestion({
      text: 'is my resume good?',
      report: weakReport(),
      focusSection: null,
      jobDescription: null,
    });
    expect(reply.intent).toBe('overall');
    expect(text(reply.blocks)).toContain('48/100');
  });

  it('points to /jd when no job description was given', () => {
    const reply = answerQuestion({
      text: 'how do I tailor this to a job',
      report: weakReport(),
      focusSection: null,
      jobDescription: null,
    });
    expect(text(reply.blocks)).toContain('/jd');
  });
});

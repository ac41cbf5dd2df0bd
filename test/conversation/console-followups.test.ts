/**
 * End to end through the console adapter, one conversation per kind of follow-up: the real checker, the
 * real answers, a resume file on disk, questions typed the way people type them.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { createConsoleRuntime } from '../../src/adapters/console/runtime.js';
import { COMMANDS } from '../../src/commands/index.js';
import { createEngine } from '../../src/core/conversation/engine.js';
import { createPipelineAnalyzer } from '../../src/core/conversation/pipeline-analyzer.js';
import { ConversationStore } from '../../src/core/conversation/store/conversation-store.js';
import { openStore } from '../../src/core/conversation/store/kv.js';
import { shutdownExtractors } from '../../src/core/extract/index.js';
import { SHOP_RESUME } from './answers/resume.js';

const dir = mkdtempSync(join(tmpdir(), 'rc-followups-'));
writeFileSync(join(dir, 'robin.txt'), SHOP_RESUME);
afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  await shutdownExtractors();
});

/** Checks robin.txt, then asks `questions` in one console session; returns what was printed after the check. */
async function askAfterCheck(...questions: string[]): Promise<string> {
  const store = new ConversationStore(await openStore('memory://', { map: new Map() }));
  const engine = createEngine({ store, analyzer: createPipelineAnalyzer(), commands: COMMANDS });
  const input = new PassThrough();
  const output = new PassThrough();
  let printed = '';
  output.on('data', (chunk: Buffer) => {
    printed += chunk.toString('utf8');
  });
  const runtime = createConsoleRuntime({ engine, input, output, cwd: dir, interactive: false });
  await runtime.start();
  input.end(['/check robin.txt', ...questions].map((l) => `${l}\n`).join(''));
  await runtime.finished;
  const after = printed.indexOf(`you> ${questions[0]}`);
  expect(after).toBeGreaterThan(0);
  return printed.slice(after);
}

describe('follow-ups in the console, by kind', () => {
  it('an entry named by its organisation (typo and all) is looked up and its own lines reworked', async () => {
    const out = await askAfterCheck('whats wrong w/ help desk hardwre');
    expect(out).toContain('Stock Clerk, Help Desk Hardware');
    expect(out).toContain('Unloaded deliveries and shelved stock');
  });

  it('an ordinal bullet, then "and the next one?" moves to the following bullet', async () => {
    const out = await askAfterCheck('the 2nd bullet under store supervisor', 'and the next one?');
    const [first, second] = out.split('you> and the next one?');
    expect(first).toContain('Train new sales associates on the till and returns');
    expect(second).toContain('Cut stock discrepancies by 30% by introducing weekly counts');
  });

  it('a pasted line is matched to the resume’s own bullet and rewritten', async () => {
    const out = await askAfterCheck('can you rewrite: responsible for 12 staff across morning + evening shifts');
    expect(out).toContain('Responsible for 12 staff across morning and evening shifts');
    expect(out).toMatch(/Bullet 1 under Store Supervisor/);
  });

  it('everyday subjects: showing a promotion, personal details, where a certificate goes', async () => {
    const out = await askAfterCheck(
      'how do i show i got promoted to supervisor',
      'should i take my date of birth off',
      'where does first aid go',
    );
    expect(out).toContain('Showing a promotion');
    expect(out).toContain('Sales Associate, 2019 – 2022');
    expect(out).toContain('Date of Birth: 04/05/1995');
    expect(out).toContain('Certifications: First Aid, Food Hygiene Level 2');
  });

  it('a check named in the question: the tense of a past role, with the verbs fixed', async () => {
    const out = await askAfterCheck('my sales associate bullets are present tense is that bad');
    expect(out).toContain('Helped customers find sizes and styles on the shop floor');
    expect(out).toContain('Assisted with deliveries and took stock counts');
  });

  it('two asks in one message get two answers in one reply', async () => {
    const out = await askAfterCheck('is my summary ok and also should i remove my date of birth');
    expect(out).toContain('Your summary · Personal details');
    expect(out).toContain('Quick learner and team player');
  });

  /** The answer printed after `you> <question>`, up to the next question. */
  const answerTo = (out: string, question: string): string => {
    const at = out.indexOf(`you> ${question}`);
    expect(at).toBeGreaterThanOrEqual(0);
    const rest = out.slice(at + question.length + 5);
    const next = rest.indexOf('you> ');
    return next < 0 ? rest : rest.slice(0, next);
  };

  it('an entry by ordinal, a bullet by its topic, then "rewrite it" about that bullet', async () => {
    const out = await askAfterCheck('what about my previous job', 'the employee of the month bullet', 'ok rewrite it');
    expect(answerTo(out, 'what about my previous job')).toMatch(/Sales Associate, Harbour Fashion \(2019 – 2022\)/);
    expect(answerTo(out, 'the employee of the month bullet')).toMatch(/Bullet 3 under Sales Associate/);
    const again = answerTo(out, 'ok rewrite it');
    expect(again).toMatch(/before: Was awarded Employee of the Month three times/i);
  });

  it('why a line was flagged, judging a pasted line, keep or drop a line', async () => {
    const why = "why did you flag 'Unloaded deliveries and shelved stock'";
    const judge = 'is Cut stock discrepancies by 30% by introducing weekly counts a good bullet';
    const keep = 'Was awarded Employee of the Month three times keep or drop';
    const out = await askAfterCheck(why, judge, keep);
    expect(answerTo(out, why)).toMatch(/Why I flagged this line[\s\S]*unquantified-bullet/);
    expect(answerTo(out, judge)).toMatch(/Bullet 3 under Store Supervisor/);
    expect(answerTo(out, judge)).not.toMatch(/Keep or drop/);
    expect(answerTo(out, keep)).toMatch(/Keep or drop this line\?[\s\S]*Was awarded Employee of the Month/);
  });

  it('leadership without the title, a career change, a gap, section order', async () => {
    const lead = 'how do i show leadership without the title';
    const change = 'im moving into hr, how do i frame it';
    const gap = 'is there a gap in my dates';
    const order = 'should skills go before experience';
    const out = await askAfterCheck(lead, change, gap, order);
    expect(answerTo(out, lead)).toMatch(/Showing leadership[\s\S]*Train new sales associates on the till and returns/);
    expect(answerTo(out, change)).toMatch(/Framing a career change[\s\S]*Cut stock discrepancies by 30%/);
    expect(answerTo(out, gap)).toMatch(/Employment gaps[\s\S]*no gap of six months/);
    expect(answerTo(out, order)).toMatch(/Section order[\s\S]*SUMMARY → EXPERIENCE → SKILLS/);
  });

  it('hobbies, renaming a heading, why that role, emphasis for a named role, from score A to B', async () => {
    const hobbies = 'do i need a hobbies section';
    const rename = 'should i rename SUMMARY to profile';
    const why = 'why did you review me as retail';
    const emphasise = 'what should i emphasise for an hr coordinator role';
    const score = 'how do i get from 60 to 80';
    const out = await askAfterCheck(hobbies, rename, why, emphasise, score);
    expect(answerTo(out, hobbies)).toMatch(/Interests and hobbies[\s\S]*no interests section/);
    expect(answerTo(out, rename)).toMatch(/Renaming a heading[\s\S]*Your heading is "SUMMARY"/);
    expect(answerTo(out, why)).toMatch(/Why I reviewed you as Customer service \/ retail/);
    expect(answerTo(out, emphasise)).toMatch(/What to emphasise for hr coordinator[\s\S]*Responsible for 12 staff/);
    expect(answerTo(out, score)).toMatch(/Goal: 80\/100[\s\S]*your line "/);
  });

  it('a retail job description is matched on its own field’s terms; "how well do i match" repeats it; "what else" pages', async () => {
    const jd =
      '/jd Retail supervisor. Requirements: visual merchandising, cash handling, stock control and customer service; POS experience.';
    const out = await askAfterCheck(jd, 'how well do i match', 'which bullets are weakest', 'ok what else');
    const match = answerTo(out, jd);
    expect(match).toMatch(/Match: \d+%/);
    expect(match).toMatch(/Covered: .*cash handling/);
    expect(match).toMatch(/stock control/);
    expect(answerTo(out, 'how well do i match')).toMatch(/Match: \d+%/);
    const first = answerTo(out, 'which bullets are weakest');
    const next = answerTo(out, 'ok what else');
    expect(first).toContain('Responsible for 12 staff across morning and evening shifts');
    expect(next).toContain('The next 3');
    expect(next).not.toContain('Responsible for 12 staff across morning and evening shifts');
  });

  it('a job description after the check is answered at once with the match; off-topic gets an honest no', async () => {
    const out = await askAfterCheck(
      '/jd Backend Engineer. Requirements: Python, PostgreSQL, Docker, Kubernetes and AWS; you will build REST APIs.',
      'whats the weather tomorrow',
    );
    expect(out).toContain('Match with this job');
    expect(out).not.toMatch(/paste the job description/i);
    expect(out).toMatch(/can't help with that/i);
  });
});

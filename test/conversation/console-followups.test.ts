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

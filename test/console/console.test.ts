import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { createConsoleRuntime } from '../../src/adapters/console/runtime.js';
import { lineToEvent } from '../../src/adapters/console/events.js';
import { fakeHarness, WEAK_TEXT } from '../conversation/setup.js';
import { COMMANDS } from '../../src/commands/index.js';

const dir = mkdtempSync(join(tmpdir(), 'rc-console-'));
const resumePath = join(dir, 'my resume.txt');
writeFileSync(resumePath, WEAK_TEXT);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs a whole console conversation from `lines` (piped, then EOF) and returns everything printed. */
async function converse(lines: string[], harness?: Awaited<ReturnType<typeof fakeHarness>>) {
  const h = harness ?? (await fakeHarness());
  const input = new PassThrough();
  const output = new PassThrough();
  let printed = '';
  output.on('data', (chunk: Buffer) => {
    printed += chunk.toString('utf8');
  });
  const runtime = createConsoleRuntime({ engine: h.engine, input, output, cwd: dir, interactive: false });
  await runtime.start();
  input.end(lines.map((l) => `${l}\n`).join(''));
  await runtime.finished;
  return { printed, h };
}

describe('console adapter', () => {
  it('checks a local file, shows the thread indented, answers a reply to a numbered section and forgets', async () => {
    const { printed, h } = await converse([
      '/check "my resume.txt"',
      '#4 how do I quantify this',
      'what should I fix first',
      '/forget',
    ]);
    expect(printed).toContain('you> /check "my resume.txt"');
    expect(printed).toContain('… Reading your resume…');
    expect(printed).toMatch(/\n\[1\] Score \d+\/100/);
    expect(printed).toMatch(/ {2}┌ Resume review: backend, \d+\/100/);
    expect(printed).toMatch(/ {2}│ \[4\] EXPERIENCE: \d+\/100/);
    expect(printed).toContain('  │     [HIGH] States a duty, not an outcome.');
    expect(h.answers[0]).toMatchObject({ text: 'how do I quantify this', focusSection: 2 });
    expect(h.answers[1]).toMatchObject({ text: 'what should I fix first', focusSection: null });
    expect(printed).toMatch(/\[\d+\] Forgotten/);
    expect(await h.store.lastReview('console', 'console-user', 'console')).toBeNull();
  });

  it('says so when a typed path does not exist, and keeps going', async () => {
    const { printed, h } = await converse(['/check nope/missing.pdf', '/help']);
    expect(printed).toContain(`(no such file: ${join(dir, 'nope/missing.pdf')})`);
    expect(printed).toContain('/check: Review a resume');
    expect(h.analyzer.calls).toHaveLength(0);
  });

  it('treats a block between """ lines as one message (a pasted resume)', async () => {
    const pasted = `${WEAK_TEXT}\n${'Built internal tools for the support team with Go and PostgreSQL. '.repeat(6)}`;
    const { printed, h } = await converse(['"""', ...pasted.split('\n'), '"""']);
    expect(h.analyzer.calls.map((c) => c.kind)).toEqual(['text']);
    expect(printed).toMatch(/you> Jordan Avery … \(\d+ lines\)/);
    expect(printed).toMatch(/\[1\] Score/);
  });

  it('answers every line before finishing at end of input, in order', async () => {
    const { printed } = await converse(['/help', '/privacy', '/role backend']);
    const order = ['/check: Review a resume', 'Privacy', 'Role set: backend'].map((s) => printed.indexOf(s));
    expect(order.every((i) => i >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it('maps lines to events: attachments, replies to numbered messages, plain text', () => {
    const identity = { userId: 'u', userName: null, conversationId: 'c' };
    const seq = { eventId: 'e1', messageId: 'u1', botMessagePrefix: 'run-' };
    const attached = lineToEvent(`/check ${resumePath.replace(/ /g, '\\ ')}`, seq, identity, '/');
    expect(attached.kind === 'event' && attached.event.files[0]?.name).toBe('my resume.txt');
    expect(attached.kind === 'event' && attached.event.text).toBe('/check');
    const reply = lineToEvent('#12 is this ok?', seq, identity, dir);
    expect(reply.kind === 'event' && reply.event.replyTo).toEqual({
      messageId: 'run-12',
      fromBot: true,
      text: null,
      files: [],
    });
    expect(reply.kind === 'event' && reply.event.text).toBe('is this ok?');
    const bare = lineToEvent('"my resume.txt"', seq, identity, dir);
    expect(bare.kind === 'event' && bare.event.files).toHaveLength(1);
    const text = lineToEvent('/check please', seq, identity, dir);
    expect(text.kind === 'event' && text.event.files).toHaveLength(0);
  });
});

describe('console adapter with the real checker', () => {
  it('checks examples/backend-weak.pdf, answers "#N how do I quantify this" about that section, and forgets', async () => {
    const { createEngine } = await import('../../src/core/conversation/engine.js');
    const { createPipelineAnalyzer } = await import('../../src/core/conversation/pipeline-analyzer.js');
    const { ConversationStore, openStore } = await import('../../src/core/conversation/store/index.js');
    const { shutdownExtractors } = await import('../../src/core/extract/index.js');
    const store = new ConversationStore(await openStore('memory://'));
    const engine = createEngine({ store, analyzer: createPipelineAnalyzer(), commands: COMMANDS });
    const input = new PassThrough();
    const output = new PassThrough();
    let printed = '';
    output.on('data', (chunk: Buffer) => {
      printed += chunk.toString('utf8');
    });
    const repoRoot = join(import.meta.dirname, '..', '..');
    const runtime = createConsoleRuntime({ engine, input, output, cwd: repoRoot, interactive: false });
    await runtime.start();
    try {
      // Ask about the experience message once it is on screen.
      const experienceShown = new Promise<string>((resolveShown) => {
        output.on('data', () => {
          const m = /│ \[(\d+)\] Experience: \d+\/100/.exec(printed);
          if (m?.[1]) resolveShown(m[1]);
        });
      });
      input.write('/check examples/backend-weak.pdf\n');
      const number = await experienceShown;
      input.end(`#${number} how do I quantify this\n/forget\n`);
      await runtime.finished;
      const answer = printed.slice(printed.indexOf(`you> #${number} how do I quantify this`));
      expect(answer).toMatch(/\[\d+\] Quantifying your work/);
      expect(answer).toContain('Responsible for the shipment tracking API');
      expect(answer).toMatch(/after: +.*shipment tracking API.*\[[A-Z]\]/);
      expect(printed).toMatch(/\[\d+\] Forgotten/);
      expect(await store.lastReview('console', 'console-user', 'console')).toBeNull();
    } finally {
      await store.close();
      await shutdownExtractors();
    }
  });
});

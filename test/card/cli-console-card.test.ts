/** `check FILE --card OUT.png` writes the summary's card; the console writes each card to a file and prints its path. */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { imageSize } from 'image-size';
import { afterAll, describe, expect, it } from 'vitest';
import { createConsoleRuntime } from '../../src/adapters/console/runtime.js';
import { EXIT, main, type CliIO } from '../../src/cli.js';
import { COMMANDS } from '../../src/commands/index.js';
import { renderCard } from '../../src/core/card/index.js';
import { ConversationStore, createEngine, openStore } from '../../src/core/conversation/index.js';
import { createPipelineAnalyzer } from '../../src/core/conversation/pipeline-analyzer.js';
import { shutdownExtractors } from '../../src/core/extract/index.js';
import { analyzeText } from '../../src/core/pipeline.js';
import { WEAK_BACKEND_RESUME } from '../helpers/sample-resumes.js';

const dir = mkdtempSync(join(tmpdir(), 'rc-card-'));
const resume = join(dir, 'resume.txt');
writeFileSync(resume, WEAK_BACKEND_RESUME.join('\n'));
afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  await shutdownExtractors();
});

function capture(): { io: CliIO; out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (t) => out.push(t), err: (t) => err.push(t) }, out, err };
}

const isPng1200x630 = (bytes: Uint8Array) =>
  Buffer.from(bytes.subarray(0, 8)).toString('hex') === '89504e470d0a1a0a' &&
  imageSize(bytes).width === 1200 &&
  imageSize(bytes).height === 630;

describe('check --card', () => {
  it('writes the same PNG the adapters post, and says where', async () => {
    const out = join(dir, 'card.png');
    const c = capture();
    expect(await main(['check', resume, '--card', out], c.io)).toBe(EXIT.ok);
    const bytes = new Uint8Array(readFileSync(out));
    expect(isPng1200x630(bytes)).toBe(true);
    const card = (await analyzeText(WEAK_BACKEND_RESUME.join('\n'), { fileName: 'resume.txt' })).document.messages[0]
      ?.card;
    if (!card) throw new Error('no card');
    expect(Buffer.from(bytes).equals(Buffer.from(await renderCard(card)))).toBe(true);
    expect(c.out.at(-1)).toBe(`\nScore card picture: ${out}`);
  });

  it('with --json, stdout stays one JSON document', async () => {
    const out = join(dir, 'card-json.png');
    const c = capture();
    expect(await main(['check', resume, '--json', '--card', out], c.io)).toBe(EXIT.ok);
    expect(() => JSON.parse(c.out.join(''))).not.toThrow();
    expect(isPng1200x630(new Uint8Array(readFileSync(out)))).toBe(true);
  });

  it('an unwritable path: the review is still printed, exit 1 with a friendly error', async () => {
    const c = capture();
    expect(await main(['check', resume, '--card', join(dir, 'no-such-folder', 'card.png')], c.io)).toBe(EXIT.internal);
    expect(c.out.join('\n')).toMatch(/\d+\/100/);
    expect(c.err).toEqual([
      `error card-write: Could not write the card to "${join(dir, 'no-such-folder', 'card.png')}": its folder does not exist.`,
    ]);
  });

  it('--card without a file is bad usage', async () => {
    const c = capture();
    expect(await main(['check', resume, '--card', ''], c.io)).toBe(EXIT.usage);
  });
});

describe('the console', () => {
  it('writes the card to a file under the summary and prints its path', async () => {
    const cardDir = join(dir, 'console-cards');
    const store = new ConversationStore(await openStore('memory://', { map: new Map() }));
    const engine = createEngine({ store, analyzer: createPipelineAnalyzer(), commands: COMMANDS });
    const input = new PassThrough();
    const output = new PassThrough();
    let printed = '';
    output.on('data', (chunk: Buffer) => {
      printed += chunk.toString('utf8');
    });
    const runtime = createConsoleRuntime({ engine, input, output, cwd: dir, interactive: false, cardDir });
    await runtime.start();
    input.end('/check resume.txt\n');
    await runtime.finished;
    const match = /\n\[1\] Resume review: \d+\/100\n(?:.*\n)*? {4}Card picture: (\S+-card\.png)\n/.exec(printed);
    expect(match, printed.slice(0, 400)).not.toBeNull();
    const path = match?.[1] ?? '';
    expect(path.startsWith(cardDir)).toBe(true);
    expect(isPng1200x630(new Uint8Array(readFileSync(path)))).toBe(true);
    expect(printed.match(/Card picture:/g)).toHaveLength(1);
  });
});

/**
 * The conversation README.md shows is an excerpt of a real run: every line it prints (all but the `…` marks
 * of lines left out) must come out of `npm start` fed the same input, in the same order. When wording
 * changes, regenerate the excerpt from a run instead of editing it by hand.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
const dir = mkdtempSync(join(tmpdir(), 'rc-readme-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function sampleLines(): string[] {
  const block = /## What a conversation looks like\n\n```\n([\s\S]*?)```/.exec(readme);
  if (!block?.[1]) throw new Error('README.md has no "What a conversation looks like" block');
  return block[1].split('\n').filter((line) => line.trim() !== '' && line.trim() !== '…' && line.trim() !== '│     …');
}

/** The `printf '…' | npm start` line README gives for trying the bot without typing. */
function sampleInput(): string {
  const m = /printf '([^']+)' \| npm start/.exec(readme);
  if (!m?.[1]) throw new Error('README.md has no printf … | npm start line');
  return m[1].replaceAll('\\n', '\n');
}

function runBot(input: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = execFile(
      process.execPath,
      ['--import', 'tsx', 'src/main.ts'],
      {
        cwd: ROOT,
        env: { ...process.env, STORE_URL: `sqlite://${join(dir, 'store.sqlite')}`, LOG_LEVEL: 'silent', CARD: 'off' },
        timeout: 120_000,
        maxBuffer: 16 * 1024 * 1024,
      },
      (error, stdout) => (error ? reject(error) : resolve(stdout)),
    );
    child.stdin?.end(input);
  });
}

describe('README.md', () => {
  it('shows lines a real run of its sample input prints, in order', async () => {
    const printed = (await runBot(sampleInput())).split('\n');
    const expected = sampleLines();
    expect(expected.length).toBeGreaterThan(10);
    let at = 0;
    for (const line of expected) {
      const found = printed.indexOf(line, at);
      expect(found, `README line not printed (in this order): ${line}`).toBeGreaterThanOrEqual(0);
      at = found + 1;
    }
  }, 180_000);
});

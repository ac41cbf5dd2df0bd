/** The newcomer's first minute, as a child process: `printf … | npm start` with no tokens, and bad config. */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..', '..');
const tmp = mkdtempSync(join(tmpdir(), 'rc-start-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** A cleared environment: only what npm and node need, plus `extra`. */
function run(command: string, args: string[], stdin: string, extra: Record<string, string>): Promise<Run> {
  return new Promise((done, fail) => {
    const child = spawn(command, args, {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? tmp, ...extra },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => {
      stdout += c.toString('utf8');
    });
    child.stderr.on('data', (c: Buffer) => {
      stderr += c.toString('utf8');
    });
    child.on('error', fail);
    child.on('close', (code) => done({ code, stdout, stderr }));
    child.stdin.end(stdin);
  });
}

describe('npm start', () => {
  it('with no tokens and piped stdin: answers each line with the console adapter and exits 0', async () => {
    const result = await run(
      'npm',
      ['start', '--silent'],
      '/check examples/backend-weak.pdf\nhow do I quantify this\n',
      {
        STORE_URL: `sqlite://${join(tmp, 'state', 'bot.sqlite')}`,
        // Empty tokens count as unset (as in a copied .env.example).
        TELEGRAM_BOT_TOKEN: '',
        SLACK_BOT_TOKEN: '',
        DISCORD_TOKEN: '',
      },
    );
    expect(result.stderr).not.toMatch(/"level":(50|60)/);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/\[1\] Resume review: \d+\/100/);
    expect(result.stdout).toMatch(/ {2}│ \[\d+\] Experience: \d+\/100/);
    expect(result.stdout).toContain('you> how do I quantify this');
    expect(result.stdout).toMatch(/\[X\]|\[N\]/);
  }, 90_000);

  it('keeps the conversation in the SQLite file across a restart, and stops cleanly on SIGTERM', async () => {
    const env = { STORE_URL: `sqlite://${join(tmp, 'restart.sqlite')}` };
    const first = await run(
      process.execPath,
      ['--import', 'tsx', 'src/main.ts'],
      '/check examples/backend-weak.txt\n',
      env,
    );
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/\[1\] Resume review/);

    // Second process: stdin stays open (like a terminal); ask, wait for the answer, then SIGTERM.
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? tmp, ...env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    const answered = new Promise<void>((resolveAnswered) => {
      child.stdout.on('data', (c: Buffer) => {
        stdout += c.toString('utf8');
        if (/\[1\] Quantifying/.test(stdout)) resolveAnswered();
      });
    });
    const exited = new Promise<number | null>((resolveExit) => child.on('close', (code) => resolveExit(code)));
    child.stdin.write('how do I quantify this\n');
    await answered;
    expect(stdout).toContain('Responsible for the shipment tracking API');
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  }, 90_000);

  it('with a bad setting: prints one line naming the variable and exits non-zero', async () => {
    const result = await run(process.execPath, ['--import', 'tsx', 'src/main.ts'], '', {
      RESUME_TTL_HOURS: 'a week',
      STORE_URL: 'memory://',
    });
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr.trim().split('\n')).toEqual([
      'resume-coach: invalid configuration: RESUME_TTL_HOURS: expected a number of hours',
    ]);
  }, 60_000);

  it('with an unreachable store: one line about STORE_URL, exit 1', async () => {
    const result = await run(process.execPath, ['--import', 'tsx', 'src/main.ts'], '', {
      STORE_URL: 'redis://127.0.0.1:1',
    });
    expect(result.code).toBe(1);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/^resume-coach: STORE_URL: cannot open the redis store\. Check the URL/);
  }, 60_000);
});

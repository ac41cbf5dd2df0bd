/**
 * The commands the image runs (Dockerfile CMD, compose.yaml's bot and worker) are run here as written:
 * node itself (no npm/tsx launcher to mangle SIGTERM), and a SIGTERM to that process ends it cleanly (exit 0).
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');

function dockerCmd(): string[] {
  const line = readFileSync(join(ROOT, 'Dockerfile'), 'utf8')
    .split('\n')
    .find((l) => l.startsWith('CMD '));
  return JSON.parse(line?.slice(4) ?? '[]') as string[];
}

function composeCommand(service: string): string[] {
  const text = readFileSync(join(ROOT, 'compose.yaml'), 'utf8');
  const block = text.split(/\n {2}(?=[a-z]+:\n)/).find((b) => b.startsWith(`${service}:`)) ?? '';
  const line = block.split('\n').find((l) => l.trim().startsWith('command:')) ?? 'command: []';
  return JSON.parse(line.trim().slice('command:'.length)) as string[];
}

/** Starts the command (writing `input`), waits for `readyText` on its output, sends SIGTERM, resolves the exit code. */
function runUntilTerm(
  cmd: string[],
  env: Record<string, string>,
  readyText: RegExp,
  input = '',
): Promise<number | null> {
  const [bin = '', ...args] = cmd;
  return new Promise((resolve, reject) => {
    const child = spawn(bin === 'node' ? process.execPath : bin, args, {
      cwd: ROOT,
      env: { ...process.env, ...env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    child.stdin.write(input);
    let out = '';
    let sent = false;
    const onData = (b: Buffer) => {
      out += b.toString();
      if (!sent && readyText.test(out)) {
        sent = true;
        child.kill('SIGTERM');
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('error', reject);
    child.on('exit', (code, signal) => (signal ? reject(new Error(`killed by ${signal}: ${out}`)) : resolve(code)));
  });
}

describe('the container commands', () => {
  it('run node directly', () => {
    expect(dockerCmd()).toEqual(['node', '--import', 'tsx', 'src/main.ts']);
    expect(composeCommand('bot')).toEqual(dockerCmd());
    expect(composeCommand('worker')).toEqual(['node', '--import', 'tsx', 'src/worker.ts']);
  });

  it('the bot command starts and a SIGTERM ends it with exit 0', { timeout: 60_000 }, async () => {
    const code = await runUntilTerm(dockerCmd(), { STORE_URL: 'memory://' }, /\/forget/, '/help\n');
    expect(code).toBe(0);
  });

  it.skipIf(!process.env.REDIS_URL)(
    'the worker command starts and a SIGTERM ends it with exit 0',
    { timeout: 60_000 },
    async () => {
      const run = Math.random().toString(36).slice(2, 8);
      const code = await runUntilTerm(
        composeCommand('worker'),
        {
          QUEUE_URL: process.env.REDIS_URL ?? '',
          STORE_URL: process.env.REDIS_URL ?? '',
          STORE_NAMESPACE: `rc-test-${run}`,
          QUEUE_PREFIX: `rcq-test-${run}`,
          LOG_LEVEL: 'info',
        },
        /worker started/,
      );
      expect(code).toBe(0);
    },
  );
});

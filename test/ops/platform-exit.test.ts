/**
 * `npm start`'s process against a fake Discord: /readyz follows the gateway (503 naming discord while it is
 * down), and a close Discord will not recover from ends the process with exit 1, at start (4014) and
 * later (4004), so a supervisor restarts it.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { FakeDiscord, TOKEN } from '../discord/helpers/fake-discord.js';

const ROOT = join(import.meta.dirname, '..', '..');
const children: ChildProcess[] = [];
const fakes: FakeDiscord[] = [];
afterEach(async () => {
  for (const c of children.splice(0)) if (c.exitCode === null) c.kill('SIGKILL');
  for (const f of fakes.splice(0)) await f.close();
});

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

function startBot(fake: FakeDiscord, env: Record<string, string> = {}) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH ?? '',
      DISCORD_TOKEN: TOKEN,
      DISCORD_API_URL: fake.apiBase,
      STORE_URL: 'memory://',
      LOG_LEVEL: 'info',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let out = '';
  const waiters = new Set<() => void>();
  const onData = (b: Buffer) => {
    out += b.toString();
    for (const w of [...waiters]) w();
  };
  child.stdout?.on('data', onData);
  child.stderr?.on('data', onData);
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return {
    exited,
    output: () => out,
    /** Resolves once the output matches (the process logs "adapter started"). */
    waitFor: (pattern: RegExp) =>
      new Promise<void>((resolve, reject) => {
        const check = () => {
          if (!pattern.test(out)) return;
          waiters.delete(check);
          resolve();
        };
        void exited.then(() => reject(new Error(`exited before ${pattern}: ${out}`)));
        waiters.add(check);
        check();
      }),
  };
}

async function readyz(port: number): Promise<{ status: number; checks: Record<string, string> }> {
  const res = await fetch(`http://127.0.0.1:${port}/readyz`);
  return { status: res.status, checks: ((await res.json()) as { checks: Record<string, string> }).checks };
}

describe('the bot process and its Discord gateway', () => {
  it('/readyz is 503 naming discord while the gateway is down, and a later 4004 exits 1', {
    timeout: 60_000,
  }, async () => {
    const fake = await FakeDiscord.start();
    fakes.push(fake);
    const port = await freePort();
    const bot = startBot(fake, { OPS_PORT: String(port) });
    await bot.waitFor(/adapter started/);
    expect(await readyz(port)).toEqual({ status: 200, checks: { store: 'ok', discord: 'ok' } });

    fake.refuseSessions = true; // the reconnect gets Hello, then nothing: the gateway stays down
    const attempts = fake.sessionAttempts;
    fake.closeGateway(4000);
    await fake.waitForSessionAttempt(attempts);
    expect(await readyz(port)).toEqual({ status: 503, checks: { store: 'ok', discord: 'failing' } });

    fake.closeGateway(4004);
    expect(await bot.exited).toBe(1);
    expect(bot.output()).toMatch(/4004.*supervisor restarts/);
  });

  it('disallowed intents at start (4014) exit 1 with one clear line', { timeout: 60_000 }, async () => {
    const fake = await FakeDiscord.start({ allowMessageContent: false });
    fakes.push(fake);
    const bot = startBot(fake, { DISCORD_MESSAGE_CONTENT: 'true' });
    expect(await bot.exited).toBe(1);
    expect(bot.output()).toMatch(/could not start the discord adapter/);
  });
});

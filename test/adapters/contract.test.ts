/**
 * The adapter contract, proven with a fourth platform: the example adapter (test/adapters/example, the
 * folder docs/adding-a-platform.md walks through) is added to the registry with one line and driven end
 * to end through src/config.ts and the real engine, like Hubot's DummyAdapter. Plus: one registry, one
 * way to read env, no port collisions, and a taken port named by its variable.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { ADAPTERS } from '../../src/adapters/registry.js';
import { createSlackBot } from '../../src/adapters/slack/app.js';
import { startWebhookServer } from '../../src/adapters/telegram/webhook.js';
import { loadConfig } from '../../src/config.js';
import { ConversationStore, createEngine, openStore } from '../../src/core/conversation/index.js';
import { createPipelineAnalyzer } from '../../src/core/conversation/pipeline-analyzer.js';
import { ConfigError } from '../../src/core/env.js';
import { createLogger } from '../../src/core/log.js';
import { WEAK_BACKEND_RESUME } from '../helpers/sample-resumes.js';
import { BOT_TOKEN, startFakeSlack } from '../slack/helpers/fake-slack.js';
import { exampleAdapter } from './example/index.js';
import { COMMANDS } from '../../src/commands/index.js';

const silent = createLogger('silent');
const TOKEN = 'example-token-0123456789';
const TELEGRAM = { TELEGRAM_BOT_TOKEN: '123456:ABC-def' };
const SLACK = { SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 's' };

/** The example platform's API: records every message the bot posts. */
interface Posted {
  conversation: string;
  thread: string | null;
  replyTo?: string | null;
  onlyFor?: string;
  text: string;
}

const servers: Server[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
});

async function listen(server: Server): Promise<number> {
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return (server.address() as AddressInfo).port;
}

async function body(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

async function fakePlatform(): Promise<{ url: string; posted: Posted[]; auth: string[] }> {
  const posted: Posted[] = [];
  const auth: string[] = [];
  const port = await listen(
    createServer(async (req, res) => {
      auth.push(req.headers.authorization ?? '');
      posted.push(JSON.parse(await body(req)) as Posted);
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ id: `p${posted.length}` }));
    }),
  );
  return { url: `http://127.0.0.1:${port}/api`, posted, auth };
}

describe('the adapter registry and src/config.ts', () => {
  it('lists each platform once, each turned on by its own variable', () => {
    expect(ADAPTERS.map((a) => a.platform)).toEqual(['telegram', 'slack', 'discord']);
    expect(new Set(ADAPTERS.map((a) => a.enabledBy)).size).toBe(ADAPTERS.length);
  });

  it('starts no adapter (the console) when no token is set, and the enabled ones in registry order', () => {
    expect(loadConfig({}, ADAPTERS).adapters).toEqual([]);
    const config = loadConfig(
      { DISCORD_TOKEN: 'd', ...SLACK, ...TELEGRAM, TELEGRAM_WEBHOOK_URL: 'https://x.example/tg' },
      ADAPTERS,
    );
    expect(config.adapters.map((a) => a.platform)).toEqual(['telegram', 'slack', 'discord']);
    // Slack HTTP and the Telegram webhook in one process: distinct default ports.
    expect(config.adapters.flatMap((a) => a.ports)).toEqual([
      { variable: 'TELEGRAM_WEBHOOK_PORT', port: 8080 },
      { variable: 'SLACK_PORT', port: 3000 },
    ]);
  });

  it('no longer lets PORT move both listeners onto one port', () => {
    const config = loadConfig(
      { ...SLACK, ...TELEGRAM, TELEGRAM_WEBHOOK_URL: 'https://x.example/tg', PORT: '4000' },
      ADAPTERS,
    );
    expect(config.adapters.flatMap((a) => a.ports.map((p) => p.port))).toEqual([8080, 3000]);
  });

  it('refuses two listeners on one port, naming the variable', () => {
    const env = { ...SLACK, ...TELEGRAM, TELEGRAM_WEBHOOK_URL: 'https://x.example/tg', SLACK_PORT: '8080' };
    expect(() => loadConfig(env, ADAPTERS)).toThrow(ConfigError);
    expect(() => loadConfig(env, ADAPTERS)).toThrow(/^SLACK_PORT: port 8080 is also TELEGRAM_WEBHOOK_PORT/);
    // Port 0 ("any free port") never collides.
    expect(() => loadConfig({ ...env, SLACK_PORT: '0', TELEGRAM_WEBHOOK_PORT: '0' }, ADAPTERS)).not.toThrow();
  });

  it('reports a bad adapter value in one line naming the variable, never the value', () => {
    expect(() => loadConfig({ TELEGRAM_BOT_TOKEN: 'sekrit-value' }, ADAPTERS)).toThrow(
      /^TELEGRAM_BOT_TOKEN: must look like/,
    );
    expect(() => loadConfig({ TELEGRAM_BOT_TOKEN: 'sekrit-value' }, ADAPTERS)).not.toThrow(/sekrit/);
    expect(() => loadConfig({ ...SLACK, SLACK_PORT: '70000' }, ADAPTERS)).toThrow(
      /^SLACK_PORT: expected a port number/,
    );
    expect(() => loadConfig({ CHECKS_PER_HOUR: 'lots' }, ADAPTERS)).toThrow(/^CHECKS_PER_HOUR: /);
  });

  it('adds a fourth platform with one registry line; its variables are its own', () => {
    const registry = [...ADAPTERS, exampleAdapter];
    expect(loadConfig({}, registry).adapters).toEqual([]);
    expect(() => loadConfig({ EXAMPLE_TOKEN: TOKEN }, registry)).toThrow(/^EXAMPLE_API_URL: /);
    expect(() => loadConfig({ EXAMPLE_TOKEN: 'short', EXAMPLE_API_URL: 'http://127.0.0.1:1' }, registry)).toThrow(
      /^EXAMPLE_TOKEN: must be at least 16 characters/,
    );
    const config = loadConfig({ EXAMPLE_TOKEN: TOKEN, EXAMPLE_API_URL: 'http://127.0.0.1:1/api/' }, registry);
    expect(config.adapters.map((a) => [a.platform, a.ports])).toEqual([
      ['example', [{ variable: 'EXAMPLE_PORT', port: 8090 }]],
    ]);
  });
});

describe('the example adapter, through the contract, with the real engine', () => {
  async function start() {
    const platform = await fakePlatform();
    const env = { STORE_URL: 'memory://', EXAMPLE_TOKEN: TOKEN, EXAMPLE_API_URL: platform.url, EXAMPLE_PORT: '0' };
    const config = loadConfig(env, [...ADAPTERS, exampleAdapter]);
    const store = new ConversationStore(await openStore(config.storeUrl));
    const engine = createEngine({ store, analyzer: createPipelineAnalyzer(), commands: COMMANDS });
    const [adapter] = config.adapters;
    if (adapter?.platform !== 'example') throw new Error('the example adapter is not enabled');
    const runtime = await exampleAdapter.configure(env).start({ engine, log: silent });
    let seq = 0;
    const say = async (text: string, where: { kind: 'dm' | 'channel'; mention?: boolean; thread?: string }) => {
      seq += 1;
      const res = await fetch(`http://127.0.0.1:${runtime.port()}/events`, {
        method: 'POST',
        headers: { authorization: `Bearer ${TOKEN}` },
        body: JSON.stringify({
          id: `ev${seq}`,
          user: { id: 'u1', name: 'Ada' },
          conversation: { id: where.kind === 'dm' ? 'dm-u1' : 'general', kind: where.kind },
          thread: where.thread ?? null,
          messageId: `m${seq}`,
          text,
          mentionsBot: where.mention ?? false,
        }),
      });
      return res.status;
    };
    return { platform, runtime, say, store };
  }

  it('reviews a pasted resume in a DM: the summary, then section messages threaded under it', async () => {
    const { platform, runtime, say, store } = await start();
    try {
      expect(await say(WEAK_BACKEND_RESUME.join('\n'), { kind: 'dm' })).toBe(200);
      const [summary, ...sections] = platform.posted;
      expect(summary?.conversation).toBe('dm-u1');
      expect(summary?.thread).toBeNull();
      expect(summary?.text).toMatch(/\d+\/100/);
      expect(sections.length).toBeGreaterThan(2);
      // Threaded on the summary's id, as the platform returned it; every part within the platform's limit.
      expect(sections.every((m) => m.thread === 'p1')).toBe(true);
      expect(platform.posted.every((m) => m.text.length <= 1_000 && m.onlyFor === undefined)).toBe(true);
      expect(platform.auth.every((a) => a === `Bearer ${TOKEN}`)).toBe(true);
    } finally {
      await runtime.stop();
      await store.close();
    }
  });

  it('whispers what privacy.ts calls private, and posts the rest in place', async () => {
    const { platform, runtime, say, store } = await start();
    try {
      await say('/help', { kind: 'dm' });
      expect(platform.posted.at(-1)).toMatchObject({ conversation: 'dm-u1', replyTo: 'm1' });
      expect(platform.posted.at(-1)?.onlyFor).toBeUndefined();
      // /help in a channel: shown to the requester alone where the platform can do that in place.
      await say('/help', { kind: 'channel', mention: true });
      expect(platform.posted.at(-1)).toMatchObject({ conversation: 'general', onlyFor: 'u1' });
      await say('/forget', { kind: 'channel', mention: true });
      expect(platform.posted.at(-1)).toMatchObject({ conversation: 'general', onlyFor: 'u1' });
      const before = platform.posted.length;
      // Channel chatter not addressed to the bot is ignored.
      await say('lunch?', { kind: 'channel' });
      expect(platform.posted.length).toBe(before);
    } finally {
      await runtime.stop();
      await store.close();
    }
  });

  it('rejects requests without the token, and bad JSON, before the engine sees them', async () => {
    const { platform, runtime, store } = await start();
    try {
      const url = `http://127.0.0.1:${runtime.port()}/events`;
      expect((await fetch(url, { method: 'POST', body: '{}' })).status).toBe(401);
      expect(
        (await fetch(url, { method: 'POST', headers: { authorization: `Bearer ${TOKEN}` }, body: '{' })).status,
      ).toBe(400);
      expect(platform.posted).toEqual([]);
    } finally {
      await runtime.stop();
      await store.close();
    }
  });
});

describe('a taken port is one line naming its variable', () => {
  async function takenPort(): Promise<number> {
    return listen(createServer((_req, res) => res.end()));
  }
  const engine = { commands: [], handle: async () => undefined };

  it('the example adapter (EXAMPLE_PORT)', async () => {
    const port = await takenPort();
    const configured = exampleAdapter.configure({
      EXAMPLE_TOKEN: TOKEN,
      EXAMPLE_API_URL: 'http://127.0.0.1:1',
      EXAMPLE_PORT: String(port),
    });
    await expect(configured.start({ engine, log: silent })).rejects.toThrow(
      new RegExp(`^EXAMPLE_PORT: port ${port} is already in use; set EXAMPLE_PORT to a free port$`),
    );
  });

  it('the Telegram webhook (TELEGRAM_WEBHOOK_PORT)', async () => {
    const port = await takenPort();
    const { Bot } = await import('grammy');
    const bot = new Bot('123456:ABC-def');
    const started = startWebhookServer({ bot, secretToken: 's', path: '/tg', host: '127.0.0.1', port, log: silent });
    await expect(started).rejects.toBeInstanceOf(ConfigError);
    await expect(started).rejects.toThrow(new RegExp(`^TELEGRAM_WEBHOOK_PORT: port ${port} is already in use`));
  });

  it('Slack HTTP mode (SLACK_PORT)', async () => {
    const port = await takenPort();
    const fake = await startFakeSlack();
    const bot = createSlackBot({
      engine,
      config: {
        botToken: BOT_TOKEN,
        oauth: null,
        apiUrl: fake.apiUrl,
        mode: { kind: 'http', signingSecret: 's', port },
      },
      log: silent,
      webClient: { retryConfig: { retries: 0 }, timeout: 5_000 },
      listen: { port, host: '127.0.0.1' },
    });
    try {
      await expect(bot.start()).rejects.toThrow(new RegExp(`^SLACK_PORT: port ${port} is already in use`));
    } finally {
      await bot.stop();
      await fake.close();
    }
  });
});

/** Start-up and shutdown: login timeout, clean stop with nothing left open, config errors before any I/O. */
import { describe, it, expect } from 'vitest';
import { createDiscordAdapter } from '../../src/adapters/discord/adapter.js';
import { discordAdapter } from '../../src/adapters/discord/index.js';
import { ConfigError } from '../../src/core/env.js';
import type { CoreEvent, Engine } from '../../src/core/conversation/types.js';
import { createLogger } from '../../src/core/log.js';
import { FakeDiscord, IDS, TOKEN } from './helpers/fake-discord.js';
import { startHarness } from './helpers/harness.js';

const silent = createLogger('silent');
const NETWORK = ['TCPServerWrap', 'TCPSocketWrap', 'Timeout'];

function counts(resources: string[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const r of resources) if (NETWORK.includes(r)) out[r] = (out[r] ?? 0) + 1;
  return out;
}

/** Resources of these kinds open now beyond the baseline. */
function extra(baseline: Record<string, number>): Record<string, number> {
  const now = counts(process.getActiveResourcesInfo());
  const out: Record<string, number> = {};
  for (const [kind, n] of Object.entries(now)) if (n > (baseline[kind] ?? 0)) out[kind] = n - (baseline[kind] ?? 0);
  return out;
}

/** Closed handles are released on a later turn of the event loop: give it turns (not time) to do so. */
async function leftOpen(baseline: Record<string, number>, turns = 100): Promise<Record<string, number>> {
  for (let i = 0; i < turns && Object.keys(extra(baseline)).length > 0; i++)
    await new Promise((resolve) => setImmediate(resolve));
  return extra(baseline);
}

const config = (api: string) => ({
  DISCORD_TOKEN: TOKEN,
  DISCORD_APPLICATION_ID: undefined,
  DISCORD_GUILD_ID: undefined,
  DISCORD_API_URL: api,
  DISCORD_MESSAGE_CONTENT: false,
});

describe('Discord adapter lifecycle', () => {
  it('stops cleanly after real work: gateway closed, no sockets, servers or timers left', async () => {
    const baseline = counts(process.getActiveResourcesInfo());
    const h = await startHarness();
    const file = h.fake.attachment(
      'resume.txt',
      Buffer.from('Jordan\nEXPERIENCE\nBuilt the API\nSKILLS\nGo'),
      'text/plain',
    );
    await h.settle('MESSAGE_CREATE', h.fake.userMessage({ channelId: IDS.dm, guild: false, attachments: [file] }));
    await h.settle(
      'INTERACTION_CREATE',
      h.fake.interaction({
        name: 'check',
        channelId: IDS.text,
        options: [{ name: 'file', type: 11, value: file.id }],
        attachments: [file],
      }),
    );
    expect(h.fake.connections).toBe(1);

    const gatewayClosed = h.fake.gatewayClosed();
    await h.adapter.runtime.stop();
    await gatewayClosed;
    expect(h.fake.connections).toBe(0);
    expect(h.adapter.client.isReady()).toBe(false);
    await h.adapter.runtime.stop(); // idempotent
    await h.close();
    expect(await leftOpen(baseline)).toEqual({});
  });

  it('gives up on a Discord that never answers, within the login timeout, and cleans up', async () => {
    const baseline = counts(process.getActiveResourcesInfo());
    const fake = await FakeDiscord.start({ holdGateway: true });
    const engine: Engine = { commands: [], handle: async () => undefined };
    const adapter = createDiscordAdapter({
      engine,
      config: config(fake.apiBase),
      log: silent,
      clientOptions: { rest: { retries: 0, timeout: 20_000 } },
      loginTimeoutMs: 300,
    });
    const startedAt = Date.now();
    await expect(adapter.runtime.start()).rejects.toThrow(/login did not complete within 300 ms/);
    expect(Date.now() - startedAt).toBeLessThan(3_000);
    expect(fake.find('GET', /^\/gateway\/bot$/)).toHaveLength(1);
    await fake.close(); // drops the stalled request: the abandoned login settles
    await adapter.runtime.stop();
    expect(fake.connections).toBe(0);
    expect(await leftOpen(baseline)).toEqual({});
  });

  it('fails to start with a clear error when the privileged intent is not enabled in the portal', async () => {
    const baseline = counts(process.getActiveResourcesInfo());
    const fake = await FakeDiscord.start({ allowMessageContent: false });
    const engine: Engine = { commands: [], handle: async () => undefined };
    const adapter = createDiscordAdapter({
      engine,
      config: { ...config(fake.apiBase), DISCORD_MESSAGE_CONTENT: true },
      log: silent,
      clientOptions: { rest: { retries: 0, timeout: 2_000 } },
      loginTimeoutMs: 5_000,
    });
    await expect(adapter.runtime.start()).rejects.toThrow(/disallowed intents/i);
    await adapter.runtime.stop();
    await fake.close();
    expect(await leftOpen(baseline)).toEqual({});
  });

  it('stop() lets an event in flight finish before disconnecting', async () => {
    const fake = await FakeDiscord.start();
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const handled: string[] = [];
    let entered: () => void = () => undefined;
    const inside = new Promise<void>((resolve) => {
      entered = resolve;
    });
    const engine: Engine = {
      commands: [],
      async handle(event: CoreEvent, channel) {
        entered();
        await gate;
        await channel.send({ kind: 'answer', title: 'Done', tone: 'info', blocks: [] });
        handled.push(event.id);
      },
    };
    const adapter = createDiscordAdapter({
      engine,
      config: config(fake.apiBase),
      log: silent,
      clientOptions: { rest: { retries: 0, timeout: 2_000 } },
    });
    await adapter.runtime.start();
    const message = fake.userMessage({ channelId: IDS.dm, guild: false, content: 'hello' });
    fake.dispatch('MESSAGE_CREATE', message);
    await inside;
    const stopping = adapter.runtime.stop();
    release();
    await stopping;
    expect(handled).toEqual([message.id]);
    expect(fake.find('POST', new RegExp(`^/channels/${IDS.dm}/messages$`))).toHaveLength(1);
    await fake.close();
  });

  it('refuses a bad configuration before touching the network', () => {
    expect(() => discordAdapter.configure({ DISCORD_TOKEN: 'x', DISCORD_API_URL: 'not a url' })).toThrow(ConfigError);
    expect(() => discordAdapter.configure({ DISCORD_TOKEN: 'x', DISCORD_API_URL: 'not a url' })).toThrow(
      /^DISCORD_API_URL: /,
    );
  });
});

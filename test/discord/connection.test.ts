/**
 * What the Discord runtime says about its gateway after start: readiness follows the connection (down while
 * it reconnects, up again once resumed), and a close Discord will not let it recover from (4004 reset
 * token, 4014 disallowed intents) is reported as fatal, so the process exits non-zero.
 */
import { once } from 'node:events';
import { Events } from 'discord.js';
import { afterEach, describe, expect, it } from 'vitest';
import { createDiscordAdapter } from '../../src/adapters/discord/adapter.js';
import type { Engine } from '../../src/core/conversation/types.js';
import { createLogger } from '../../src/core/log.js';
import { FakeDiscord, TOKEN } from './helpers/fake-discord.js';

const engine: Engine = { commands: [], handle: async () => undefined };
const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c().catch(() => undefined);
});

async function started() {
  const fake = await FakeDiscord.start();
  cleanups.push(() => fake.close());
  const adapter = createDiscordAdapter({
    engine,
    config: {
      DISCORD_TOKEN: TOKEN,
      DISCORD_APPLICATION_ID: undefined,
      DISCORD_GUILD_ID: undefined,
      DISCORD_API_URL: fake.apiBase,
      DISCORD_MESSAGE_CONTENT: false,
    },
    log: createLogger('silent'),
    clientOptions: { rest: { retries: 0, timeout: 2_000 } },
    loginTimeoutMs: 5_000,
    stopTimeoutMs: 2_000,
  });
  await adapter.runtime.start();
  cleanups.push(() => adapter.runtime.stop());
  return { fake, adapter };
}

describe('Discord gateway state after start', () => {
  it('is not connected while the gateway reconnects, and connected again once it resumed', async () => {
    const { fake, adapter } = await started();
    expect(adapter.runtime.connected?.()).toBe(true);
    const reconnecting = once(adapter.client, Events.ShardReconnecting);
    const resumed = once(adapter.client, Events.ShardResume);
    fake.closeGateway(4000); // "unknown error": discord.js reconnects and resumes
    await reconnecting;
    expect(adapter.runtime.connected?.()).toBe(false);
    await resumed;
    expect(adapter.runtime.connected?.()).toBe(true);
  });

  it.each([4004, 4014])('a close with %i is fatal and leaves it disconnected', async (code) => {
    const { fake, adapter } = await started();
    fake.closeGateway(code);
    const error = await adapter.runtime.fatal;
    expect(error?.message).toContain(String(code));
    expect(adapter.runtime.connected?.()).toBe(false);
  });

  it('a clean stop is not fatal', async () => {
    const { adapter } = await started();
    let fatal = false;
    void adapter.runtime.fatal?.then(() => {
      fatal = true;
    });
    await adapter.runtime.stop();
    // Settle pending callbacks by turns of the event loop, not time.
    for (let i = 0; i < 20; i++) await new Promise((r) => setImmediate(r));
    expect(fatal).toBe(false);
    expect(adapter.runtime.connected?.()).toBe(false);
  });
});

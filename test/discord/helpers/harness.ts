/**
 * Starts the fake Discord and the REAL adapter + REAL engine (memory store) against it. `settle` dispatches
 * a gateway event and resolves when the adapter reports it fully dealt with: no timers as synchronisation.
 */
import { createDiscordAdapter, type DiscordAdapter, type SettledEvent } from '../../../src/adapters/discord/adapter.js';
import {
  createEngine,
  ConversationStore,
  openStore,
  type Analyzer,
  type EngineConfig,
} from '../../../src/core/conversation/index.js';
import type { Engine } from '../../../src/core/conversation/types.js';
import { createLogger, type Logger } from '../../../src/core/log.js';
import { FakeDiscord, TOKEN } from './fake-discord.js';
import { testAnalyzer } from './analyzer.js';
import { COMMANDS } from '../../../src/commands/index.js';

export interface Harness {
  fake: FakeDiscord;
  adapter: DiscordAdapter;
  engine: Engine;
  /** Dispatches a gateway event and waits until the adapter has settled it. */
  settle(type: 'MESSAGE_CREATE' | 'INTERACTION_CREATE', data: Record<string, unknown>): Promise<SettledEvent>;
  close(): Promise<void>;
}

export interface HarnessOptions {
  messageContent?: boolean;
  analyzer?: Analyzer;
  engineConfig?: Partial<EngineConfig>;
  engine?: Engine;
  restTimeoutMs?: number;
  /** The adapter's logger (silent by default). */
  log?: Logger;
}

export async function startHarness(options: HarnessOptions = {}): Promise<Harness> {
  const { messageContent = false, restTimeoutMs = 5_000 } = options;
  const fake = await FakeDiscord.start();
  const store = new ConversationStore(await openStore('memory://'));
  const engine =
    options.engine ??
    createEngine({
      store,
      analyzer: options.analyzer ?? testAnalyzer(),
      config: options.engineConfig ?? {},
      commands: COMMANDS,
    });
  const adapter = createDiscordAdapter({
    engine,
    config: {
      DISCORD_TOKEN: TOKEN,
      DISCORD_APPLICATION_ID: undefined,
      DISCORD_GUILD_ID: undefined,
      DISCORD_API_URL: fake.apiBase,
      DISCORD_MESSAGE_CONTENT: messageContent,
    },
    log: options.log ?? createLogger('silent'),
    clientOptions: { rest: { retries: 0, timeout: restTimeoutMs } },
    loginTimeoutMs: 5_000,
    stopTimeoutMs: 5_000,
  });
  await adapter.runtime.start();

  function settle(type: 'MESSAGE_CREATE' | 'INTERACTION_CREATE', data: Record<string, unknown>): Promise<SettledEvent> {
    const id = String(data.id);
    const settled = new Promise<SettledEvent>((resolve) => {
      const listener = (event: SettledEvent): void => {
        if (event.id !== id) return;
        adapter.events.off('settled', listener);
        resolve(event);
      };
      adapter.events.on('settled', listener);
    });
    fake.dispatch(type, data);
    return settled;
  }

  return {
    fake,
    adapter,
    engine,
    settle,
    async close() {
      await adapter.runtime.stop();
      await fake.close();
      await store.close();
    },
  };
}

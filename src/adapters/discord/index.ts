/** The Discord adapter's public API: src/main.ts calls startDiscord when DISCORD_TOKEN is set. */
import type { Engine, PlatformRuntime } from '../../core/conversation/types.js';
import type { Logger } from '../../core/log.js';
import { createDiscordAdapter } from './adapter.js';
import { loadDiscordConfig } from './config.js';

export interface StartDiscordDeps {
  engine: Engine;
  env: NodeJS.ProcessEnv;
  log: Logger;
}

/** Validates the config, connects to Discord and returns the running runtime (start() again is a no-op). */
export async function startDiscord({ engine, env, log }: StartDiscordDeps): Promise<PlatformRuntime> {
  const { runtime } = createDiscordAdapter({
    engine,
    config: loadDiscordConfig(env),
    log: log.child({ platform: 'discord' }),
  });
  await runtime.start();
  return runtime;
}

export {
  createDiscordAdapter,
  intentsFor,
  type DiscordAdapter,
  type DiscordAdapterOptions,
  type SettledEvent,
} from './adapter.js';
export { discordConfigSchema, loadDiscordConfig, type DiscordConfig } from './config.js';
export { PRIVATE_COMMANDS, slashCommands } from './commands.js';
export { registerCommands } from './register.js';
export {
  DISCORD_LIMITS,
  NO_MENTIONS,
  TONE_COLOURS,
  embedChars,
  renderMessage,
  splitText,
  type DiscordMessagePayload,
} from './render.js';
export { escapeMarkdown } from './escape.js';
export { toIncomingFile } from './files.js';

/**
 * `npm run discord:register`: registers the slash commands, globally or (with DISCORD_GUILD_ID) for one
 * server. Global commands can take a while to appear everywhere; guild commands appear at once.
 */
import { pathToFileURL } from 'node:url';
import { REST, Routes } from 'discord.js';
import { COMMAND_SPECS } from '../../commands/index.js';
import type { CommandSpec } from '../../core/conversation/types.js';
import { readEnv } from '../../core/env.js';
import { CodedError } from '../../core/errors.js';
import { log as defaultLog, type Logger } from '../../core/log.js';
import { slashCommands } from './commands.js';
import { discordEnv, type DiscordConfig } from './config.js';
import { errorFacts } from './log-safe.js';

export interface RegisterResult {
  scope: 'global' | 'guild';
  names: string[];
}

export async function registerCommands(
  config: DiscordConfig,
  specs: readonly CommandSpec[] = COMMAND_SPECS,
  { timeoutMs = 15_000 }: { timeoutMs?: number } = {},
): Promise<RegisterResult> {
  const applicationId = config.DISCORD_APPLICATION_ID;
  if (!applicationId) {
    throw new CodedError(
      'misconfigured',
      'DISCORD_APPLICATION_ID is required to register commands (developer portal → General Information → Application ID)',
      {
        context: { variable: 'DISCORD_APPLICATION_ID' },
      },
    );
  }
  const rest = new REST({ api: config.DISCORD_API_URL, timeout: timeoutMs, retries: 1 }).setToken(config.DISCORD_TOKEN);
  const body = slashCommands(specs);
  const guildId = config.DISCORD_GUILD_ID;
  const route = guildId
    ? Routes.applicationGuildCommands(applicationId, guildId)
    : Routes.applicationCommands(applicationId);
  // PUT replaces the whole set: commands removed from the code disappear from Discord too.
  await rest.put(route, { body });
  return { scope: guildId ? 'guild' : 'global', names: body.map((c) => c.name) };
}

export async function main(env: NodeJS.ProcessEnv = process.env, log: Logger = defaultLog): Promise<number> {
  try {
    const result = await registerCommands(readEnv(discordEnv, env));
    log.info(result, 'discord: slash commands registered');
    return 0;
  } catch (err) {
    // The user message of a config error is safe and says what to fix; anything else is logged by its facts.
    if (err instanceof CodedError)
      log.error({ code: err.code }, `discord: registering commands failed: ${err.userMessage}`);
    else log.error(errorFacts(err), 'discord: registering commands failed');
    return 1;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await main();
}

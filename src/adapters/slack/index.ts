/** The Slack adapter (Bolt): `startSlack` for src/main.ts, plus the pieces tests and tools use. */
import type { Engine, PlatformRuntime } from '../../core/conversation/types.js';
import type { Logger } from '../../core/log.js';
import { createSlackBot } from './app.js';
import { loadSlackConfig } from './config.js';

export { createSlackBot, type SlackBot, type SlackBotOptions } from './app.js';
export { loadSlackConfig, slackConfigSchema, type SlackConfig } from './config.js';
export { renderMessage, splitPlain, blockChars, type SlackBlock, type SlackMessage } from './render.js';
export { SLACK_LIMITS } from './limits.js';
export { escapeMrkdwn, slackTextToPlain } from './mrkdwn.js';
export { createReplyChannel, SLACK_CAPABILITIES, type SlackTarget } from './channel.js';
export { MISSING_FILES_READ, downloadSlackFile, toIncomingFile } from './files.js';
export { mapAppMention, mapMessageEvent, mapSlashCommand, parseResumeCommand } from './events.js';

/** Builds the Slack runtime from the environment and starts it (HTTP mode, or Socket Mode with SLACK_APP_TOKEN). */
export async function startSlack(deps: {
  engine: Engine;
  env: NodeJS.ProcessEnv;
  log: Logger;
}): Promise<PlatformRuntime> {
  const config = loadSlackConfig(deps.env);
  const bot = createSlackBot({ engine: deps.engine, config, log: deps.log });
  try {
    await bot.start();
  } catch (err) {
    await bot.stop().catch(() => {});
    throw err;
  }
  return bot;
}

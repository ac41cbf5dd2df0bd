/**
 * Every platform adapter, in start order. Adding a platform: one folder under src/adapters/ and one line
 * here (docs/adding-a-platform.md). The console adapter is not listed: it runs when none of these is enabled.
 */
import type { Adapter } from './contract.js';
import { discordAdapter } from './discord/index.js';
import { slackAdapter } from './slack/index.js';
import { telegramAdapter } from './telegram/index.js';

export const ADAPTERS: readonly Adapter[] = [telegramAdapter, slackAdapter, discordAdapter];

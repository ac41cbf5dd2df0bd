/** Discord (discord.js): DMs, mentions, slash commands, review threads on the summary. */
import { defineAdapter } from '../contract.js';
import { discordEnv } from './config.js';

export const discordAdapter = defineAdapter({
  platform: 'discord',
  enabledBy: 'DISCORD_TOKEN',
  env: discordEnv,
  async start({ engine, config, log }) {
    const { createDiscordAdapter } = await import('./adapter.js');
    const { runtime } = createDiscordAdapter({ engine, config, log });
    await runtime.start();
    return runtime;
  },
  async outbound({ config, log }) {
    const { discordOutlet } = await import('./outbound.js');
    return discordOutlet({ config, log });
  },
});

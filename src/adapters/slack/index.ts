/** Slack (Bolt): HTTP mode, or Socket Mode when SLACK_APP_TOKEN is set. */
import { defineAdapter } from '../contract.js';
import { slackEnv } from './config.js';

export const slackAdapter = defineAdapter({
  platform: 'slack',
  enabledBy: 'SLACK_BOT_TOKEN',
  env: slackEnv,
  ports: (config) => (config.mode.kind === 'http' ? [{ variable: 'SLACK_PORT', port: config.mode.port }] : []),
  async start({ engine, config, log }) {
    const { createSlackBot } = await import('./app.js');
    const bot = createSlackBot({ engine, config, log });
    try {
      await bot.start();
    } catch (err) {
      await bot.stop().catch(() => {});
      throw err;
    }
    return bot;
  },
  async outbound({ config, log }) {
    const { slackOutlet } = await import('./outbound.js');
    return slackOutlet({ config, log });
  },
});

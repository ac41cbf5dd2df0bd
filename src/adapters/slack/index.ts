/**
 * Slack (Bolt): HTTP mode, or Socket Mode when SLACK_APP_TOKEN is set. One workspace (SLACK_BOT_TOKEN), or
 * many through OAuth installs (SLACK_CLIENT_ID …; installations kept in the shared store).
 */
import { CodedError } from '../../core/errors.js';
import type { KeyValueStore } from '../../core/conversation/store/kv-types.js';
import { defineAdapter } from '../contract.js';
import { SLACK_ENABLED_BY, type SlackConfig, slackEnv } from './config.js';

async function installationsFor(config: SlackConfig, kv: KeyValueStore | undefined) {
  if (config.oauth === null) return null;
  if (kv === undefined) throw new CodedError('misconfigured', 'Slack OAuth installs need the store (STORE_URL).');
  const { kvInstallationStore } = await import('./installations.js');
  return kvInstallationStore(kv, config.oauth.installationSecret);
}

export const slackAdapter = defineAdapter({
  platform: 'slack',
  enabledBy: SLACK_ENABLED_BY,
  env: slackEnv,
  ports: (config) => (config.mode.kind === 'http' ? [{ variable: 'SLACK_PORT', port: config.mode.port }] : []),
  async start({ engine, config, log, kv }) {
    const { createSlackBot } = await import('./app.js');
    const bot = createSlackBot({ engine, config, log, installations: await installationsFor(config, kv) });
    try {
      await bot.start();
    } catch (err) {
      await bot.stop().catch(() => {});
      throw err;
    }
    return bot;
  },
  async outbound({ config, log, kv }) {
    const { slackOutlet } = await import('./outbound.js');
    return slackOutlet({ config, log, ...(kv ? { kv } : {}) });
  },
});

/** Telegram (grammY): DMs, /check in groups and forum topics, reply-chain coaching. */
import { defineAdapter } from '../contract.js';
import { telegramEnv } from './config.js';

export const telegramAdapter = defineAdapter({
  platform: 'telegram',
  enabledBy: 'TELEGRAM_BOT_TOKEN',
  env: telegramEnv,
  ports: (config) => (config.webhook ? [{ variable: 'TELEGRAM_WEBHOOK_PORT', port: config.webhook.port }] : []),
  async start({ engine, config, log, kv }) {
    const { createTelegramRuntime } = await import('./runtime.js');
    const runtime = createTelegramRuntime({ engine, config, log, ...(kv ? { kv } : {}) });
    await runtime.start();
    return runtime;
  },
  async outbound({ config, log }) {
    const { telegramOutlet } = await import('./outbound.js');
    return telegramOutlet({ config, log });
  },
});

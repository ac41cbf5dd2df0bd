import { describe, expect, it } from 'vitest';
import { isCodedError } from '../../src/core/errors.js';
import { DEFAULT_API_ROOT } from '../../src/adapters/telegram/config.js';
import { telegramEnv } from '../../src/adapters/telegram/config.js';
import { readEnv } from '../../src/core/env.js';

const loadTelegramConfig = (env: NodeJS.ProcessEnv) => readEnv(telegramEnv, env);

const TOKEN = '123456:ABC-def_ghi';

function failure(env: NodeJS.ProcessEnv): string {
  try {
    loadTelegramConfig(env);
  } catch (err) {
    if (isCodedError(err) && err.code === 'misconfigured') return err.userMessage;
    throw err;
  }
  throw new Error('expected a misconfigured error');
}

describe('loadTelegramConfig', () => {
  it('defaults to long polling against Telegram', () => {
    expect(loadTelegramConfig({ TELEGRAM_BOT_TOKEN: TOKEN })).toEqual({
      token: TOKEN,
      apiRoot: DEFAULT_API_ROOT,
      webhook: null,
      pollTimeoutSeconds: 30,
    });
  });

  it('takes a local Bot API server root without its trailing slash', () => {
    expect(loadTelegramConfig({ TELEGRAM_BOT_TOKEN: TOKEN, TELEGRAM_API_ROOT: 'http://127.0.0.1:8081/' }).apiRoot).toBe(
      'http://127.0.0.1:8081',
    );
  });

  it('builds the webhook listener from the URL, the secret and the port', () => {
    const config = loadTelegramConfig({
      TELEGRAM_BOT_TOKEN: TOKEN,
      TELEGRAM_WEBHOOK_URL: 'https://bot.example.com/tg/hook',
      TELEGRAM_WEBHOOK_SECRET: 's_e-c',
      TELEGRAM_WEBHOOK_PORT: '3001',
      // PORT is nobody's: Slack has SLACK_PORT, so both can listen in one process.
      PORT: '3000',
    });
    expect(config.webhook).toEqual({
      url: 'https://bot.example.com/tg/hook',
      secretToken: 's_e-c',
      path: '/tg/hook',
      host: '0.0.0.0',
      port: 3001,
    });
    expect(
      loadTelegramConfig({ TELEGRAM_BOT_TOKEN: TOKEN, TELEGRAM_WEBHOOK_URL: 'https://bot.example.com/', PORT: '3000' })
        .webhook?.port,
    ).toBe(8080);
  });

  it('invents a strong secret when none is configured', () => {
    const a =
      loadTelegramConfig({ TELEGRAM_BOT_TOKEN: TOKEN, TELEGRAM_WEBHOOK_URL: 'https://bot.example.com/' }).webhook
        ?.secretToken ?? '';
    expect(a).toMatch(/^[0-9a-f]{64}$/);
  });

  it('names the variable when a value is wrong, without echoing it', () => {
    expect(failure({})).toMatch(/^TELEGRAM_BOT_TOKEN: /);
    expect(failure({ TELEGRAM_BOT_TOKEN: 'not-a-token' })).toMatch(/^TELEGRAM_BOT_TOKEN: /);
    expect(failure({ TELEGRAM_BOT_TOKEN: 'not-a-token' })).not.toContain('not-a-token');
    expect(
      failure({
        TELEGRAM_BOT_TOKEN: TOKEN,
        TELEGRAM_WEBHOOK_SECRET: 'has spaces',
        TELEGRAM_WEBHOOK_URL: 'https://x.example',
      }),
    ).toMatch(/^TELEGRAM_WEBHOOK_SECRET: /);
    expect(failure({ TELEGRAM_BOT_TOKEN: TOKEN, TELEGRAM_WEBHOOK_URL: 'ftp://x' })).toMatch(/^TELEGRAM_WEBHOOK_URL: /);
  });
});

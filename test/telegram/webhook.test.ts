/** Webhook mode: setWebhook with a secret, a node:http listener that checks it on every request. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestEngine, type TestEngine } from './helpers/engine.js';
import { startHarness, type Harness } from './helpers/harness.js';
import { ALICE, asUpdate, dmChat, textMessage } from './helpers/updates.js';

const SECRET = 'webhook_secret-123';
let h: Harness;
let engine: TestEngine;

beforeEach(async () => {
  engine = await createTestEngine();
  h = await startHarness(engine, {
    webhook: { secretToken: SECRET, path: '/telegram/hook', host: '127.0.0.1', port: 0 },
  });
});

afterEach(async () => {
  await h.stop();
});

function post(body: unknown, secret: string | null, path = '/telegram/hook'): Promise<Response> {
  return fetch(`http://127.0.0.1:${h.runtime.webhookPort}${path}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(secret === null ? {} : { 'x-telegram-bot-api-secret-token': secret }),
    },
    body: JSON.stringify(body),
  });
}

describe('Telegram adapter: webhook mode', () => {
  it('registers the webhook with its secret and does not poll', () => {
    expect(h.fake.callsOf('setWebhook')).toEqual([
      { url: 'https://bot.example.test/telegram', secret_token: SECRET, allowed_updates: ['message'] },
    ]);
    expect(h.fake.callsOf('getUpdates')).toHaveLength(0);
    expect(h.fake.callsOf('deleteWebhook')).toHaveLength(0);
  });

  it('answers 401 to a wrong or missing secret without handling the update', async () => {
    const update = { update_id: 9001, ...asUpdate(textMessage(dmChat(ALICE), ALICE, '/help')) };
    expect((await post(update, 'wrong-secret')).status).toBe(401);
    expect((await post(update, null)).status).toBe(401);
    expect(engine.events).toHaveLength(0);
  });

  it('handles an update with the right secret (200), once even when Telegram resends it', async () => {
    const question = textMessage(dmChat(ALICE), ALICE, '/help');
    const update = { update_id: 9002, ...asUpdate(question) };
    const first = await post(update, SECRET);
    expect(first.status).toBe(200);
    await first.arrayBuffer();
    const again = await post(update, SECRET);
    expect(again.status).toBe(200);
    await again.arrayBuffer();
    await h.fake.waitFor(() => h.fake.sent(ALICE.id).length > 0, 'the help answer');
    expect(engine.events).toHaveLength(1);
    expect(h.fake.sent(ALICE.id)).toHaveLength(1);
    expect(h.fake.sent(ALICE.id)[0]?.reply_parameters?.message_id).toBe(question.message_id);
  });

  it('closes the listener on stop', async () => {
    const port = h.runtime.webhookPort;
    await h.runtime.stop();
    await expect(fetch(`http://127.0.0.1:${port}/healthz`)).rejects.toThrow();
  });

  it('rejects other paths and methods, and answers a bad body with 400', async () => {
    expect((await post({}, SECRET, '/elsewhere')).status).toBe(404);
    const get = await fetch(`http://127.0.0.1:${h.runtime.webhookPort}/telegram/hook`);
    expect(get.status).toBe(405);
    const bad = await fetch(`http://127.0.0.1:${h.runtime.webhookPort}/telegram/hook`, {
      method: 'POST',
      headers: { 'x-telegram-bot-api-secret-token': SECRET },
      body: '{not json',
    });
    expect(bad.status).toBe(400);
    const health = await fetch(`http://127.0.0.1:${h.runtime.webhookPort}/healthz`);
    expect(await health.text()).toBe('ok');
  });
});

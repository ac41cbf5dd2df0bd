/**
 * What the Slack runtime says about its connection (readiness): Socket Mode is down from the moment the
 * socket drops until the client has reconnected; HTTP mode is up while its listener is.
 */
import { describe, expect, it } from 'vitest';
import { startHarness } from './helpers/harness.js';

describe('Slack connection state', () => {
  it('Socket Mode: not connected after the socket drops, connected again once the client reconnected', {
    timeout: 30_000,
  }, async () => {
    const h = await startHarness({ mode: 'socket', waitMs: 20_000 });
    try {
      const connections = () => h.logs.filter((l) => l.msg === 'slack: socket connected').length;
      await h.waitForLog(() => connections() >= 1);
      expect(h.bot.connected?.()).toBe(true);
      h.fake.socketDrop();
      await h.waitForLog((l) => l.msg === 'slack: socket lost');
      expect(h.bot.connected?.()).toBe(false);
      await h.waitForLog(() => connections() >= 2);
      expect(h.bot.connected?.()).toBe(true);
      expect(h.fake.calls.filter((c) => c.method === 'apps.connections.open')).toHaveLength(2);
    } finally {
      await h.stop();
    }
    expect(h.bot.connected?.()).toBe(false);
  });

  it('HTTP mode: connected while listening, not after stop', async () => {
    const h = await startHarness();
    expect(h.bot.connected?.()).toBe(true);
    await h.stop();
    expect(h.bot.connected?.()).toBe(false);
  });
});

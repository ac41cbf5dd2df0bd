/**
 * What the Telegram runtime says after start: connected while it polls; a poll Telegram refuses for good
 * (409: another process polls this token; 401: the token was revoked) is fatal, so the process exits 1.
 */
import { describe, expect, it } from 'vitest';
import { createTestEngine } from './helpers/engine.js';
import { startHarness } from './helpers/harness.js';

describe('Telegram connection state', () => {
  it.each([409, 401])('a getUpdates answered %i is fatal and stops polling', async (code) => {
    const engine = await createTestEngine();
    const h = await startHarness(engine);
    try {
      await h.runtime.start();
      expect(h.runtime.connected?.()).toBe(true);
      h.fake.failNext('getUpdates', { error_code: code, description: 'Conflict or Unauthorized' });
      // Ends the long poll in progress, so the next one meets the failure.
      h.fake.push({ update_id: 1 });
      const error = await h.runtime.fatal;
      expect(error?.message).toMatch(/polling stopped/);
      expect(h.runtime.connected?.()).toBe(false);
    } finally {
      await h.runtime.stop();
      await h.fake.close();
    }
  });
});

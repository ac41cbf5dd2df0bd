import { afterAll, beforeAll, describe, it, expect, vi } from 'vitest';
import { toIncomingFile } from '../../src/adapters/discord/files.js';
import { ProgressScope, startTyping } from '../../src/adapters/discord/progress.js';
import { CodedError } from '../../src/core/errors.js';
import { createLogger } from '../../src/core/log.js';
import { FakeDiscord } from './helpers/fake-discord.js';

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return 'resolved';
  } catch (err) {
    return err instanceof CodedError ? err.code : `other: ${String(err)}`;
  }
}

describe('attachments as IncomingFile', () => {
  let fake: FakeDiscord;
  beforeAll(async () => {
    fake = await FakeDiscord.start();
  });
  afterAll(async () => {
    await fake.close();
  });

  const asFile = (a: Record<string, unknown>) =>
    toIncomingFile({
      name: String(a.filename),
      size: Number(a.size),
      contentType: String(a.content_type),
      url: String(a.url),
    });

  it('downloads the bytes once, however often the engine asks', async () => {
    const attachment = fake.attachment('cv.pdf', Buffer.from('hello resume'));
    const file = asFile(attachment);
    expect(file).toMatchObject({ name: 'cv.pdf', size: 12, mimeType: 'application/pdf' });
    const before = fake.downloads().length;
    expect(Buffer.from(await file.fetch(1_000)).toString()).toBe('hello resume');
    expect(Buffer.from(await file.fetch(1_000)).toString()).toBe('hello resume');
    expect(fake.downloads().length - before).toBe(1);
  });

  it('refuses a file whose reported size is over the cap without downloading it', async () => {
    const attachment = fake.attachment('big.pdf', Buffer.alloc(2_000, 1));
    const before = fake.downloads().length;
    expect(await codeOf(asFile(attachment).fetch(1_000))).toBe('too-large');
    expect(fake.downloads().length).toBe(before);
  });

  it('stops a download that turns out bigger than the platform said', async () => {
    const attachment = fake.attachment('liar.pdf', Buffer.alloc(50_000, 1), 'application/pdf', 10);
    expect(await codeOf(asFile(attachment).fetch(1_000))).toBe('too-large');
  });

  it('reports an expired or missing link as a download failure', async () => {
    const attachment = {
      ...fake.attachment('gone.pdf', Buffer.from('x')),
      url: `http://127.0.0.1:${fake.port}/cdn/attachments/0/expired.pdf`,
    };
    expect(await codeOf(asFile(attachment).fetch(1_000))).toBe('download-failed');
  });
});

describe('typing indicator', () => {
  it('types at once, repeats every interval until done, then stops', async () => {
    vi.useFakeTimers();
    try {
      const scope = new ProgressScope();
      let calls = 0;
      const channel = {
        sendTyping: async (): Promise<void> => {
          calls += 1;
        },
      };
      await startTyping(channel, scope, createLogger('silent'), 8_000);
      expect(calls).toBe(1);
      await vi.advanceTimersByTimeAsync(8_000);
      expect(calls).toBe(2);
      await vi.advanceTimersByTimeAsync(8_000);
      expect(calls).toBe(3);
      await scope.stopAll();
      await vi.advanceTimersByTimeAsync(60_000);
      expect(calls).toBe(3);
    } finally {
      vi.useRealTimers();
    }
  });

  it('a failing typing call does not break the reply', async () => {
    const progress = await startTyping(
      { sendTyping: () => Promise.reject(new Error('403')) },
      new ProgressScope(),
      createLogger('silent'),
    );
    await expect(progress.done()).resolves.toBeUndefined();
  });
});

import { describe, it, expect } from 'vitest';
import { contentLength, fileTooLarge, formatBytes, readCapped } from '../../src/core/conversation/downloads.js';
import { CodedError } from '../../src/core/errors.js';

/** A body that yields the chunks and records whether it was cancelled. */
function body(chunks: number[]): {
  stream: ReadableStream<Uint8Array>;
  cancelled: () => boolean;
  pulled: () => number;
} {
  let cancelled = false;
  let pulled = 0;
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      const size = chunks[pulled];
      pulled += 1;
      if (size === undefined) controller.close();
      else controller.enqueue(new Uint8Array(size).fill(pulled));
    },
    cancel() {
      cancelled = true;
    },
  });
  return { stream, cancelled: () => cancelled, pulled: () => pulled };
}

async function rejection(promise: Promise<unknown>): Promise<CodedError> {
  const err = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(err instanceof CodedError)) throw new Error(`expected a CodedError, got ${String(err)}`);
  return err;
}

describe('fileTooLarge', () => {
  it('names the size and the cap in KB or MB', () => {
    expect(formatBytes(1_500)).toBe('2 KB');
    expect(formatBytes(1_500_000)).toBe('1.5 MB');
    expect(formatBytes(30_000_000)).toBe('30 MB');
    const err = fileTooLarge(50_000_000, 2_000_000);
    expect(err.code).toBe('too-large');
    expect(err.userMessage).toContain('That file is 50 MB; I can read resumes up to 2 MB.');
    expect(fileTooLarge(null, 5_000_000).userMessage).toContain(
      'That file is over my limit; I can read resumes up to 5 MB.',
    );
  });
});

describe('readCapped', () => {
  it('joins the chunks of a body within the cap', async () => {
    const { stream } = body([3, 2]);
    expect([...(await readCapped(stream, 5))]).toEqual([1, 1, 1, 2, 2]);
    expect((await readCapped(null, 5)).byteLength).toBe(0);
  });

  it('refuses on the declared length without reading, and cancels the body', async () => {
    const b = body([3]);
    const err = await rejection(readCapped(b.stream, 5, 6));
    expect(err.code).toBe('too-large');
    expect(err.context).toMatchObject({ bytes: 6, cap: 5 });
    expect(b.cancelled()).toBe(true);
    expect(b.pulled()).toBeLessThanOrEqual(1);
  });

  it('stops as soon as the bytes received pass the cap, even when the declared length was small', async () => {
    const b = body([4, 4, 4, 4]);
    const err = await rejection(readCapped(b.stream, 5, 3));
    expect(err.code).toBe('too-large');
    expect(err.context).toMatchObject({ bytes: null, cap: 5 });
    expect(b.cancelled()).toBe(true);
    expect(b.pulled()).toBeLessThan(4);
  });
});

describe('contentLength', () => {
  it('is a number only when the header holds one', () => {
    expect(contentLength(new Headers({ 'content-length': '1200' }))).toBe(1200);
    expect(contentLength(new Headers())).toBeNull();
    expect(contentLength(new Headers({ 'content-length': 'lots' }))).toBeNull();
  });
});

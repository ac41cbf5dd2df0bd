import { describe, expect, it } from 'vitest';
import type { Schedule } from '../../src/core/conversation/long-pastes.js';
import { fileFrom, plain } from '../helpers/recording-channel.js';
import { fakeHarness, WEAK_TEXT } from './setup.js';

/** A timer the test fires by hand: no waiting on the clock. */
function manualSchedule() {
  const pending: (() => void)[] = [];
  const schedule: Schedule = (fn) => {
    pending.push(fn);
    return () => {
      const i = pending.indexOf(fn);
      if (i >= 0) pending.splice(i, 1);
    };
  };
  return {
    schedule,
    fire: () => {
      for (const fn of pending.splice(0)) fn();
    },
    get count() {
      return pending.length;
    },
  };
}

/** A long resume cut as Telegram cuts it: parts of 4,096 characters, the last one shorter. */
function cutResume(): string[] {
  const filler = Array.from({ length: 300 }, (_, i) => `• Served ${i + 10} customers a day at the counter`).join('\n');
  const text = `${WEAK_TEXT}\n${filler}`;
  const parts: string[] = [];
  for (let at = 0; at < text.length; at += 4096) parts.push(text.slice(at, at + 4096));
  return parts;
}

describe('a paste Telegram cut into several messages', () => {
  it('is joined and checked once when its last, shorter part arrives', async () => {
    const timer = manualSchedule();
    const h = await fakeHarness({ schedule: timer.schedule });
    const parts = cutResume();
    expect(parts.length).toBeGreaterThan(1);
    const done: string[][] = [];
    for (const text of parts)
      done.push((await h.platform.deliver(h.engine, { platform: 'telegram', text })).map((r) => r.op));
    // Nothing for the cut parts; the check (progress, summary, sections) after the last one.
    expect(done.slice(0, -1).every((ops) => ops.length === 0)).toBe(true);
    expect(done.at(-1)).toContain('progress');
    expect(h.analyzer.calls).toHaveLength(1);
    expect(h.platform.messages.filter((m) => m.message?.kind === 'summary')).toHaveLength(1);
  });

  it('is joined when the window passes without a last part, and a redelivered part is dropped', async () => {
    const timer = manualSchedule();
    const h = await fakeHarness({ schedule: timer.schedule });
    const [a, b] = cutResume();
    const first = h.platform.event({ platform: 'telegram', text: a! });
    await h.platform.deliver(h.engine, first);
    await h.platform.deliver(h.engine, first); // the same update again (a webhook retry)
    await h.platform.deliver(h.engine, { platform: 'telegram', text: b! });
    expect(h.analyzer.calls).toHaveLength(0);
    expect(timer.count).toBe(1);
    timer.fire();
    await expect.poll(() => h.analyzer.calls.length).toBe(1);
  });

  it('leaves short messages and other platforms alone', async () => {
    const timer = manualSchedule();
    const h = await fakeHarness({ schedule: timer.schedule });
    const out = await h.platform.deliver(h.engine, { platform: 'telegram', text: 'how do i quantify this' });
    expect(out.length).toBeGreaterThan(0);
    const [a] = cutResume();
    const other = await h.platform.deliver(h.engine, { platform: 'test', text: a! });
    expect(other.map((r) => r.op)).toContain('progress');
    expect(timer.count).toBe(0);
  });
});

describe('Discord’s message.txt for a long paste', () => {
  it('is read as pasted text: a pasted resume is checked as text', async () => {
    const h = await fakeHarness();
    const pasted = cutResume().join('').slice(0, 3000);
    const file = fileFrom(new TextEncoder().encode(pasted), 'message.txt', 'text/plain; charset=utf-8');
    await h.platform.deliver(h.engine, { platform: 'discord', files: [file] });
    expect(h.analyzer.calls.map((c) => c.kind)).toEqual(['text']);
  });

  it('a pasted question in message.txt is answered as a question, not checked', async () => {
    const h = await fakeHarness();
    const file = fileFrom(
      new TextEncoder().encode('how do I quantify my experience section'),
      'message.txt',
      'text/plain',
    );
    const out = await h.platform.deliver(h.engine, { platform: 'discord', files: [file] });
    expect(h.analyzer.calls).toHaveLength(0);
    expect(h.answers.map((a) => a.text)).toEqual(['how do I quantify my experience section']);
    expect(out.length).toBeGreaterThan(0);
    expect(plain(out.at(-1)!.message)).not.toBe('');
  });
});

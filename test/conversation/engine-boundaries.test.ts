import { afterEach, describe, expect, it, vi } from 'vitest';
import { createInProcessJobRunner } from '../../src/core/conversation/in-process-runner.js';
import { jobIdFor, type CheckJob, type JobRunner } from '../../src/core/conversation/jobs.js';
import { log } from '../../src/core/log.js';
import { fileFrom, plain } from '../helpers/recording-channel.js';
import { fakeHarness, WEAK_TEXT } from './setup.js';

const textFile = (text: string, name = 'resume.txt') => fileFrom(new TextEncoder().encode(text), name, 'text/plain');
const channelConv = { id: 'C1', kind: 'channel' as const };

afterEach(() => {
  vi.restoreAllMocks();
});

describe('engine: forget', () => {
  it('lists what it deleted and leaves nothing about the user in the store', async () => {
    const h = await fakeHarness();
    await h.platform.deliver(h.engine, { text: '/role backend' });
    await h.platform.deliver(h.engine, { files: [textFile(WEAK_TEXT)] });
    await h.platform.deliver(h.engine, { conversation: channelConv, files: [textFile(WEAK_TEXT)] });
    const other = await h.platform.deliver(h.engine, {
      user: { id: 'u2' },
      conversation: { id: 'dm-u2' },
      files: [textFile(WEAK_TEXT.replace('Jordan Avery', 'Sam Lee'))],
    });
    expect(other.some((r) => r.message?.kind === 'summary')).toBe(true);

    const out = await h.platform.deliver(h.engine, { text: '/forget' });
    const text = plain(out[0]!.message);
    expect(text).toContain('2 reviews of your resume');
    expect(text).toContain('2 saved resume files or pasted texts');
    expect(text).toContain('your role preference');
    expect(text).toMatch(/10 links between my messages/);

    const leftovers: string[] = [];
    for await (const [key, value] of h.store.raw.entries()) {
      const json = JSON.stringify(value);
      if (key.includes('u1') || json.includes('u1') || json.includes('Jordan Avery')) leftovers.push(key);
    }
    expect(leftovers).toEqual([]);
    // The other user's data is untouched.
    expect(await h.store.lastReview('test', 'u2', 'dm-u2')).not.toBeNull();

    const again = await h.platform.deliver(h.engine, { text: '/forget' });
    expect(plain(again[0]!.message)).toContain('I had nothing stored about you.');
    await h.platform.deliver(h.engine, { text: 'how do I quantify this' });
    expect(h.answers.at(-1)?.report).toBeNull();
  });

  it('answers /forget and /privacy privately in a channel', async () => {
    const h = await fakeHarness();
    const out = await h.platform.deliver(h.engine, { conversation: channelConv, text: '/forget' });
    expect(out.map((r) => r.op)).toEqual(['private']);
    const privacy = await h.platform.deliver(h.engine, { conversation: channelConv, text: '/privacy' });
    expect(privacy.map((r) => r.op)).toEqual(['private']);
    expect(plain(privacy[0]!.message)).toContain('expires an hour after');
    expect(plain(privacy[0]!.message)).toContain('checks in the past hour');
    expect(plain(privacy[0]!.message)).toContain("this bot process's memory");
  });
});

describe('engine: rate limit', () => {
  it('allows N checks per window, then answers kindly with when to come back', async () => {
    const h = await fakeHarness({ config: { checksPerWindow: 2 } });
    for (let i = 0; i < 2; i++) {
      const ok = await h.platform.deliver(h.engine, { files: [textFile(WEAK_TEXT)] });
      expect(ok.some((r) => r.message?.kind === 'summary')).toBe(true);
      h.clock.now += 10 * 60_000;
    }
    const limited = await h.platform.deliver(h.engine, { files: [textFile(WEAK_TEXT)] });
    expect(limited.map((r) => r.op)).toEqual(['send']);
    expect(plain(limited[0]!.message)).toMatch(
      /2 checks in the last hour, which is my limit\. You can check again in about 40 minutes/,
    );
    expect(h.analyzer.calls).toHaveLength(2);
    // Other users are not affected; questions still work.
    const other = await h.platform.deliver(h.engine, { user: { id: 'u9' }, files: [textFile(WEAK_TEXT)] });
    expect(other.some((r) => r.message?.kind === 'summary')).toBe(true);
    h.clock.now += 41 * 60_000;
    const later = await h.platform.deliver(h.engine, { files: [textFile(WEAK_TEXT)] });
    expect(later.some((r) => r.message?.kind === 'summary')).toBe(true);
  });
});

describe('engine: events', () => {
  it('handles a redelivered event once', async () => {
    const h = await fakeHarness();
    const event = h.platform.event({ files: [textFile(WEAK_TEXT)] });
    await h.platform.deliver(h.engine, event);
    const again = await h.platform.deliver(h.engine, { ...event });
    expect(again).toEqual([]);
    expect(h.analyzer.calls).toHaveLength(1);
  });

  it('ignores channel chatter unless it is addressed, replies to the bot, or sits in a coached thread', async () => {
    const h = await fakeHarness();
    expect(
      await h.platform.deliver(h.engine, {
        conversation: channelConv,
        addressed: false,
        text: 'how do I quantify this',
      }),
    ).toEqual([]);
    expect(
      await h.platform.deliver(h.engine, { conversation: channelConv, addressed: false, files: [textFile(WEAK_TEXT)] }),
    ).toEqual([]);
    const checked = await h.platform.deliver(h.engine, {
      conversation: channelConv,
      addressed: true,
      text: '<@BOT> /check',
      files: [textFile(WEAK_TEXT)],
    });
    const section = checked.find((r) => r.message?.section?.kind === 'experience')!;
    expect(section.threadId).not.toBeNull();

    const inThread = await h.platform.deliver(h.engine, {
      conversation: channelConv,
      addressed: false,
      threadId: section.threadId,
      text: 'what should I fix first?',
    });
    expect(inThread.map((r) => r.op)).toEqual(['send']);
    expect(inThread[0]?.threadId).toBe(section.threadId);
    const reply = await h.platform.deliver(h.engine, {
      conversation: channelConv,
      addressed: false,
      text: 'how do I quantify this',
      replyTo: { messageId: section.ref!.messageId, fromBot: true, text: null, files: [] },
    });
    expect(reply).toHaveLength(1);
    expect(h.answers.at(-1)?.focusSection).toBe(2);
    expect(
      await h.platform.deliver(h.engine, {
        conversation: channelConv,
        addressed: false,
        threadId: 'someone-elses-thread',
        text: 'hi',
      }),
    ).toEqual([]);
    // A new version uploaded into the coached thread (no text, no mention) is re-checked there.
    const upload = await h.platform.deliver(h.engine, {
      conversation: channelConv,
      addressed: false,
      threadId: section.threadId,
      files: [textFile(WEAK_TEXT)],
    });
    expect(upload.filter((r) => r.op === 'send').every((r) => r.threadId === section.threadId)).toBe(true);
    expect(upload.some((r) => r.message?.kind === 'summary')).toBe(true);
  });

  it('parses mentions, Telegram-style /cmd@bot, bare words after a mention and native commands', async () => {
    const h = await fakeHarness();
    const help1 = await h.platform.deliver(h.engine, { text: '/help@resume_coach_bot' });
    const help2 = await h.platform.deliver(h.engine, { conversation: channelConv, text: '<@U123> help' });
    const help3 = await h.platform.deliver(h.engine, {
      conversation: channelConv,
      text: '',
      command: { name: 'help', args: '' },
    });
    for (const out of [help1, help2, help3]) expect(plain(out[0]!.message)).toContain('/check: Review a resume');
    const start = await h.platform.deliver(h.engine, { text: '/start' });
    expect(plain(start[0]!.message)).toContain('/forget: Delete everything');
  });

  it('turns an unknown command and a failing analyzer into polite replies, logging codes and ids only', async () => {
    const h = await fakeHarness();
    const info = vi.spyOn(log, 'info');
    const error = vi.spyOn(log, 'error');
    const unknown = await h.platform.deliver(h.engine, { text: '/frobnicate now' });
    expect(plain(unknown[0]!.message)).toContain("I don't know the command /frobnicate.");
    expect(info).toHaveBeenCalledWith(
      expect.objectContaining({ code: 'unknown-command', eventId: expect.any(String) }),
      'event failed',
    );

    h.analyzer.analyzeText = async () => {
      throw new Error('boom with secret resume text Jordan Avery');
    };
    const pasted = `${WEAK_TEXT}\n${'Built internal tools for the support team with Go and PostgreSQL. '.repeat(6)}`;
    const failed = await h.platform.deliver(h.engine, { conversation: channelConv, text: pasted });
    expect(failed.map((r) => r.op)).toEqual(['progress', 'progress-done', 'private']);
    expect(plain(failed[2]!.message)).toContain('something went wrong on my side');
    expect(error).toHaveBeenCalledTimes(1);
    const logged = JSON.stringify(error.mock.calls);
    expect(logged).toContain('"code":"internal"');
    expect(logged).not.toContain('Jordan');
    expect(logged).not.toContain('boom');
  });

  it('survives a channel whose send fails (the error reply is attempted, nothing throws)', async () => {
    const h = await fakeHarness();
    const event = h.platform.event({ text: '/help' });
    const channel = h.platform.channelFor(event);
    channel.send = async () => {
      throw new Error('network down');
    };
    await expect(h.engine.handle(event, channel)).resolves.toBeUndefined();
  });
});

describe('check jobs', () => {
  it('hands the runner the job (file bytes as they are, id derived from the event) and posts through it', async () => {
    const jobs: CheckJob[] = [];
    const base = await fakeHarness();
    const inner = createInProcessJobRunner({ store: base.store, analyzer: base.analyzer, now: () => base.clock.now });
    const runner: JobRunner = {
      async submit(job, channel, progress) {
        jobs.push(job);
        await inner.submit(job, channel, progress);
      },
      async close() {},
    };
    const h = await fakeHarness({ jobs: runner, analyzer: base.analyzer, store: base.store });
    const event = h.platform.event({ files: [textFile(WEAK_TEXT)] });
    const out = await h.platform.deliver(h.engine, event);
    expect(out.some((r) => r.message?.kind === 'summary')).toBe(true);
    expect(jobs).toHaveLength(1);
    const job = jobs[0]!;
    expect(job).toMatchObject({
      id: jobIdFor('test', event.id, () => 'random'),
      platform: 'test',
      userId: 'u1',
      conversationId: 'dm-u1',
      role: null,
      jobDescription: null,
      saveInput: true,
    });
    expect(job.id).toMatch(/^[0-9a-f]{32}$/);
    expect(job.id).not.toContain(event.id);
    expect(job.input.kind).toBe('file');
    if (job.input.kind === 'file') expect(new TextDecoder().decode(job.input.bytes)).toBe(WEAK_TEXT);
    expect(job.limits.maxBytes).toBe(5_000_000);
    expect(job.rateSlot).not.toBeNull();
  });

  it('an event without an id gets a random job id', () => {
    expect(jobIdFor('test', '', () => 'r1')).toBe('r1');
    expect(jobIdFor('test', 'e1', () => 'r1')).toBe(jobIdFor('test', 'e1', () => 'r2'));
    expect(jobIdFor('test', 'e1', () => 'r1')).not.toBe(jobIdFor('slack', 'e1', () => 'r1'));
  });
});

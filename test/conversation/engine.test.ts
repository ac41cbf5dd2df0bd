import { afterEach, describe, expect, it, vi } from 'vitest';
import { fileFrom, plain, RecordingPlatform } from '../helpers/recording-channel.js';
import { fakeHarness, FIXED_TEXT, WEAK_TEXT } from './setup.js';

const textFile = (text: string, name = 'resume.txt') => fileFrom(new TextEncoder().encode(text), name, 'text/plain');

afterEach(() => {
  vi.restoreAllMocks();
});

describe('engine: a check in a DM', () => {
  it('shows progress, replies with the summary, then one message per section in a thread', async () => {
    const h = await fakeHarness();
    const event = h.platform.event({ text: '', files: [textFile(WEAK_TEXT)] });
    const out = await h.platform.deliver(h.engine, event);
    expect(out.map((r) => r.op)).toEqual([
      'progress',
      'progress-done',
      'send',
      'thread',
      'send',
      'send',
      'send',
      'send',
    ]);
    const summary = out[2]!;
    expect(summary.message?.kind).toBe('summary');
    expect(summary.replyTo).toBe(event.messageId);
    const thread = out[3]!;
    expect(thread.ref?.messageId).toBe(summary.ref?.messageId);
    expect(thread.text).toMatch(/Resume review: backend, \d+\/100/);
    const sections = out.slice(4);
    expect(sections.every((r) => r.threadId === summary.ref?.messageId)).toBe(true);
    expect(sections.map((r) => r.message?.section?.kind)).toEqual(['contact', 'summary', 'experience', 'skills']);
  });

  it('shows progress before downloading or analysing anything', async () => {
    const h = await fakeHarness();
    let opsAtFetch: string[] = [];
    const file = textFile(WEAK_TEXT);
    const fetch = file.fetch.bind(file);
    file.fetch = async (max) => {
      opsAtFetch = h.platform.records.map((r) => r.op);
      return fetch(max);
    };
    await h.platform.deliver(h.engine, { files: [file] });
    expect(opsAtFetch).toEqual(['progress']);
  });

  it('answers a reply to a section message about that section, and a plain DM question with no focus', async () => {
    const h = await fakeHarness();
    const out = await h.platform.deliver(h.engine, { files: [textFile(WEAK_TEXT)] });
    const experience = out.find((r) => r.message?.section?.kind === 'experience')!;
    const replies = await h.platform.deliver(h.engine, {
      text: 'how do I quantify this',
      replyTo: { messageId: experience.ref!.messageId, fromBot: true, text: null, files: [] },
    });
    expect(h.answers.at(-1)).toMatchObject({ text: 'how do I quantify this', focusSection: 2, jobDescription: null });
    expect(replies.map((r) => r.op)).toEqual(['send']);
    expect(plain(replies[0]!.message)).toContain('focus 2');

    await h.platform.deliver(h.engine, { text: 'is my resume good?' });
    expect(h.answers.at(-1)).toMatchObject({ text: 'is my resume good?', focusSection: null });
    expect(h.answers.at(-1)?.report?.sections.length).toBe(4);
  });

  it('without any review, passes the question on with no report (the answerer explains how to send one)', async () => {
    const h = await fakeHarness();
    const out = await h.platform.deliver(h.engine, { text: 'how do I quantify this' });
    expect(h.answers).toHaveLength(1);
    expect(h.answers[0]?.report).toBeNull();
    expect(plain(out[0]!.message)).toContain('send me your resume');
  });

  it('re-checking in the same thread shows a before/after message first, and section links follow the new review', async () => {
    const h = await fakeHarness();
    const firstRun = await h.platform.deliver(h.engine, { files: [textFile(WEAK_TEXT)] });
    const first = firstRun.find((r) => r.message?.section?.kind === 'experience')!;
    const threadId = first.threadId!;
    const out = await h.platform.deliver(h.engine, { threadId, files: [textFile(FIXED_TEXT)] });
    const sends = out.filter((r) => r.op === 'send');
    expect(sends[0]?.message?.kind).toBe('summary');
    expect(sends[1]?.message?.title).toMatch(/^Score \d+ → \d+$/);
    expect(sends).toHaveLength(6);
    expect(sends.every((r) => r.threadId === threadId)).toBe(true);
    // A reply to a section message of the FIRST review now means that section of the current one.
    await h.platform.deliver(h.engine, {
      threadId,
      text: 'what about this',
      replyTo: { messageId: first.ref!.messageId, fromBot: true, text: null, files: [] },
    });
    expect(h.answers.at(-1)?.focusSection).toBe(2);
    expect(h.answers.at(-1)?.report?.sections[2]?.findings).toHaveLength(1);
    // A plain question in that thread is about the thread's (new) review.
    await h.platform.deliver(h.engine, { threadId, text: 'did my changes help?' });
    expect(h.answers.at(-1)?.report?.sections[2]?.findings).toHaveLength(1);
  });

  it('on a platform without threads, a DM re-check replaces the last review and shows the delta', async () => {
    const h = await fakeHarness();
    const platform = new RecordingPlatform({ threads: false });
    const first = await platform.deliver(h.engine, { files: [textFile(WEAK_TEXT)] });
    expect(first.filter((r) => r.op === 'send').every((r) => r.threadId === null)).toBe(true);
    const second = await platform.deliver(h.engine, { files: [textFile(FIXED_TEXT)] });
    expect(second.filter((r) => r.op === 'send')[1]?.message?.title).toMatch(/→/);
    await platform.deliver(h.engine, { text: 'is it better now?' });
    expect(h.answers.at(-1)?.report?.sections[2]?.findings).toHaveLength(1);
  });

  it('a re-check of a different person gets no before/after message', async () => {
    const h = await fakeHarness();
    await h.platform.deliver(h.engine, { files: [textFile(WEAK_TEXT)] });
    const out = await h.platform.deliver(h.engine, { files: [textFile(WEAK_TEXT.replace('Jordan Avery', 'Sam Lee'))] });
    expect(out.filter((r) => r.op === 'send').map((r) => r.message?.kind)).toEqual([
      'summary',
      'section',
      'section',
      'section',
      'section',
    ]);
  });
});

describe('engine: what to check', () => {
  it('checks a pasted resume and keeps it for /check without a file', async () => {
    const h = await fakeHarness();
    const pasted = `${WEAK_TEXT}\n${'Built internal tools for the support team with Go and PostgreSQL. '.repeat(6)}`;
    const out = await h.platform.deliver(h.engine, { text: pasted });
    expect(out.some((r) => r.message?.kind === 'summary')).toBe(true);
    expect(h.analyzer.calls.map((c) => c.kind)).toEqual(['text']);
    await h.platform.deliver(h.engine, { text: '/check' });
    expect(h.analyzer.calls.map((c) => c.kind)).toEqual(['text', 'text']);
  });

  it('/check re-checks the last file without downloading again; the replied-to file is checked', async () => {
    const h = await fakeHarness();
    const file = textFile(WEAK_TEXT);
    await h.platform.deliver(h.engine, { files: [file] });
    await h.platform.deliver(h.engine, { text: '/check' });
    expect(file.fetches).toBe(1);
    expect(h.analyzer.calls).toHaveLength(2);
    const other = textFile(FIXED_TEXT, 'new.txt');
    await h.platform.deliver(h.engine, {
      text: '/check',
      replyTo: { messageId: 'x1', fromBot: false, text: null, files: [other] },
    });
    expect(other.fetches).toBe(1);
    expect(h.analyzer.calls[2]?.options.fileName).toBe('new.txt');
  });

  it('/check with nothing to check explains how to send a resume', async () => {
    const h = await fakeHarness();
    const out = await h.platform.deliver(h.engine, { text: '/check' });
    expect(out.map((r) => r.op)).toEqual(['send']);
    expect(out[0]?.message?.kind).toBe('error');
    expect(plain(out[0]!.message)).toMatch(/PDF or DOCX/);
    expect(h.analyzer.calls).toHaveLength(0);
  });

  it('refuses a file over the cap before downloading it', async () => {
    const h = await fakeHarness({ config: { maxFileBytes: 2_000_000 } });
    const file = fileFrom(new Uint8Array(10), 'big.pdf', 'application/pdf', { reportedSize: 50_000_000 });
    const out = await h.platform.deliver(h.engine, { files: [file] });
    expect(file.fetches).toBe(0);
    expect(plain(out[0]!.message)).toContain('That file is 50 MB; I can read resumes up to 2 MB.');
    expect(out.map((r) => r.op)).toEqual(['send']);
  });

  it('a bad file mid-conversation gets a friendly error and the next check still works', async () => {
    const h = await fakeHarness();
    await h.platform.deliver(h.engine, { files: [textFile(WEAK_TEXT)] });
    const bad = await h.platform.deliver(h.engine, {
      files: [fileFrom(new TextEncoder().encode('%PDF-1.7 garbage'), 'broken.pdf')],
    });
    expect(bad.map((r) => r.op)).toEqual(['progress', 'progress-done', 'send']);
    expect(plain(bad[2]!.message)).toContain('looks damaged');
    // The broken file is not remembered as "your last file".
    const recheck = await h.platform.deliver(h.engine, { text: '/check' });
    expect(recheck.some((r) => r.message?.kind === 'summary')).toBe(true);
    expect(h.analyzer.calls.at(-1)?.options.fileName).toBe('resume.txt');
  });

  it('passes the role preference and a pending job description to the job', async () => {
    const h = await fakeHarness();
    await h.platform.deliver(h.engine, { text: '/role sre' });
    const jd =
      'We are looking for a backend engineer. Responsibilities: build APIs in Go, own PostgreSQL schemas, keep services reliable. Requirements: 3 years of experience.';
    const saved = await h.platform.deliver(h.engine, { text: `/jd ${jd}` });
    expect(plain(saved[0]!.message)).toMatch(/next check/);
    await h.platform.deliver(h.engine, { files: [textFile(WEAK_TEXT)] });
    expect(h.analyzer.calls[0]?.options).toMatchObject({ role: 'sre', jobDescription: jd });
  });

  it('rejects an unknown role with the choices', async () => {
    const h = await fakeHarness();
    const out = await h.platform.deliver(h.engine, { text: '/role astronaut' });
    expect(out[0]?.message?.kind).toBe('error');
    expect(plain(out[0]!.message)).toContain('backend, software, fullstack');
    expect(await h.store.getRole('test', 'u1')).toBeNull();
  });
});

/**
 * The real Bolt adapter (HTTP mode) with the queue: the bot process acks and enqueues (WORKERS=0), and a
 * separate worker answers by reopening each Slack channel from its address with its own Web API client.
 * A 500 after Slack had posted a section fails the attempt; the retry finds the section by its metadata
 * marker and does not post it again. Real Redis (skipped without REDIS_URL), fake Slack on 127.0.0.1.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createSlackBot } from '../../src/adapters/slack/app.js';
import { slackOutlet } from '../../src/adapters/slack/outbound.js';
import { COMMANDS } from '../../src/commands/index.js';
import { createEngine } from '../../src/core/conversation/engine.js';
import { createLogger } from '../../src/core/log.js';
import { channelDirectory } from '../../src/core/queue/directory.js';
import { fakeAnalyzer, SECTION_TITLES } from '../slack/helpers/analyzer.js';
import { allText } from '../slack/helpers/assert-blocks.js';
import { type ApiCall, BOT_TOKEN, type FakeSlack, startFakeSlack } from '../slack/helpers/fake-slack.js';
import { eventEnvelope, nextUserTs, postEvent, SIGNING_SECRET, uid } from '../slack/helpers/signed.js';
import { REDIS_URL, type RedisQueue, redisQueue } from './helpers/redis-queue.js';

const silent = createLogger('silent');
const RESUME = new TextEncoder().encode('Jordan Avery\nExperience\nResponsible for the orders API\nSkills\nGo');
const noRetry = { retryConfig: { retries: 0 }, timeout: 5_000 };

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c().catch(() => undefined);
});

function dmFileShare(fake: FakeSlack, user: string, channel: string) {
  const fileId = uid('F');
  const url = fake.addFile(fileId, { bytes: RESUME, contentType: 'text/plain' });
  return {
    type: 'message',
    subtype: 'file_share',
    channel,
    channel_type: 'im',
    user,
    text: '',
    ts: nextUserTs(),
    files: [
      { id: fileId, name: 'resume.txt', mimetype: 'text/plain', size: RESUME.byteLength, url_private_download: url },
    ],
  };
}

/**
 * Default: a bot that only acks (WORKERS=0) and a separate worker. `inBot`: the bot works on its checks
 * itself (WORKERS=1, live channels) with the production web client's retries (immediate, for speed).
 */
async function deploy({ inBot = false } = {}): Promise<{ fake: FakeSlack; q: RedisQueue; eventsUrl: string }> {
  const analyzer = fakeAnalyzer();
  const q = await redisQueue(analyzer, inBot ? { WORKERS: '1' } : {});
  cleanups.push(() => q.cleanup());
  const fake = await startFakeSlack({ waitMs: 20_000 });
  cleanups.push(() => fake.close());
  const bot = await q.open('bot');
  const engine = createEngine({ store: q.store, analyzer, jobs: bot.runner, commands: COMMANDS });
  const slack = createSlackBot({
    engine,
    config: {
      botToken: BOT_TOKEN,
      oauth: null,
      apiUrl: fake.apiUrl,
      mode: { kind: 'http', signingSecret: SIGNING_SECRET, port: 0 },
    },
    log: silent,
    webClient: inBot
      ? { retryConfig: { retries: 3, minTimeout: 0, maxTimeout: 0, factor: 1 }, timeout: 5_000 }
      : noRetry,
    listen: { port: 0, host: '127.0.0.1' },
    drainMs: 5_000,
  });
  await slack.start();
  cleanups.push(() => slack.stop());
  if (inBot) return { fake, q, eventsUrl: `http://127.0.0.1:${slack.port() ?? 0}/slack/events` };
  const outlet = await slackOutlet({
    config: { botToken: BOT_TOKEN, oauth: null, apiUrl: fake.apiUrl },
    log: silent,
    webClient: noRetry,
  });
  await q.open('worker', channelDirectory({ slack: outlet.open }));
  return { fake, q, eventsUrl: `http://127.0.0.1:${slack.port() ?? 0}/slack/events` };
}

const postsIn = (channel: string) => (c: ApiCall) => c.method === 'chat.postMessage' && c.args.channel === channel;
const progressPosts = (calls: ApiCall[]) => calls.filter((c) => allText(c.args).includes('Reading your resume'));

describe.skipIf(!REDIS_URL)('Slack through the queue', () => {
  it('a DMed file acked by the bot is answered once by a separate worker, threaded, progress removed', {
    timeout: 60_000,
  }, async () => {
    const { fake, q, eventsUrl } = await deploy();
    const channel = uid('D');
    const res = await postEvent(eventsUrl, eventEnvelope(dmFileShare(fake, uid('U'), channel)));
    expect(res.status).toBe(200);
    expect(await q.settled(1)).toEqual(['answered']);
    expect(q.enqueued).toEqual(['enqueued']);

    const posts = fake.calls.filter(postsIn(channel));
    const [summary, ...sections] = posts.filter((c) => !allText(c.args).includes('Reading your resume'));
    expect(allText(summary?.args ?? {})).toContain('Resume review — 58/100');
    expect(summary?.args.thread_ts).toBeUndefined();
    expect(sections.map((s) => SECTION_TITLES.find((t) => allText(s.args).includes(`Notes on ${t}.`)))).toEqual(
      SECTION_TITLES.slice(0, 3),
    );
    expect(sections.every((s) => s.args.thread_ts === summary?.result.ts)).toBe(true);
    // Every review post is marked with its job step, for a retry to find it.
    expect(
      [summary, ...sections].every(
        (c) => (c?.args.metadata as { event_type?: string } | undefined)?.event_type === 'resume_coach_post',
      ),
    ).toBe(true);
    // The bot's placeholder (and the worker's own) are gone: no progress line left up.
    const progress = progressPosts(posts);
    expect(progress.length).toBeGreaterThanOrEqual(1);
    for (const p of progress)
      expect(fake.calls.some((c) => c.method === 'chat.delete' && c.args.ts === p.result.ts)).toBe(true);
  });

  it('a 500 after Slack posted a section: the retry finds it by its marker and posts it once', {
    timeout: 60_000,
  }, async () => {
    const { fake, q, eventsUrl } = await deploy();
    const second = SECTION_TITLES[1] ?? '';
    let failed = false;
    fake.override('chat.postMessage', (call) => {
      if (failed || !allText(call.args).includes(`Notes on ${second}.`)) return null;
      failed = true;
      return { status: 500, body: { ok: false, error: 'internal_error' }, landed: true };
    });
    const channel = uid('D');
    await postEvent(eventsUrl, eventEnvelope(dmFileShare(fake, uid('U'), channel)));
    expect(await q.settled(1)).toEqual(['answered']);
    expect(q.outcomes).toEqual(['retry', 'answered']);

    const posts = fake.calls.filter(postsIn(channel));
    for (const title of SECTION_TITLES.slice(0, 3))
      expect(posts.filter((c) => allText(c.args).includes(`Notes on ${title}.`))).toHaveLength(1);
    expect(posts.filter((c) => allText(c.args).includes('Resume review — 58/100'))).toHaveLength(1);
    // The retry looked in the thread before posting the step it had begun.
    expect(fake.calls.filter((c) => c.method === 'conversations.replies')).toHaveLength(1);
    for (const p of progressPosts(posts))
      expect(fake.calls.some((c) => c.method === 'chat.delete' && c.args.ts === p.result.ts)).toBe(true);
  });

  it('WORKERS>0: a 500 after Slack posted (a section, the progress line) doubles nothing and leaves no progress up', {
    timeout: 60_000,
  }, async () => {
    const { fake, q, eventsUrl } = await deploy({ inBot: true });
    const second = SECTION_TITLES[1] ?? '';
    const failOnce = new Set(['section', 'progress']);
    fake.override('chat.postMessage', (call) => {
      const text = allText(call.args);
      const kind = text.includes(`Notes on ${second}.`)
        ? 'section'
        : text.includes('Reading your resume')
          ? 'progress'
          : '';
      if (!failOnce.delete(kind)) return null;
      return { status: 500, body: { ok: false, error: 'internal_error' }, landed: true };
    });
    const channel = uid('D');
    await postEvent(eventsUrl, eventEnvelope(dmFileShare(fake, uid('U'), channel)));
    expect(await q.settled(1)).toEqual(['answered']);
    expect(failOnce.size).toBe(0);

    const posts = fake.calls.filter(postsIn(channel));
    for (const title of SECTION_TITLES.slice(0, 3))
      expect(posts.filter((c) => allText(c.args).includes(`Notes on ${title}.`))).toHaveLength(1);
    expect(posts.filter((c) => allText(c.args).includes('Resume review — 58/100'))).toHaveLength(1);
    // Every progress line that landed (the one answered with a 500 too) was taken down.
    const progress = progressPosts(posts);
    expect(progress).toHaveLength(1);
    await fake.waitForCall((c) => c.method === 'chat.delete', 'the progress line removed');
    const history = await fetch(`${fake.apiUrl}conversations.history`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ channel }),
    }).then((r) => r.json() as Promise<{ messages: { text?: unknown }[] }>);
    expect(history.messages.filter((m) => String(m.text).includes('Reading your resume'))).toEqual([]);
  });
});

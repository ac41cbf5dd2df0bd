/**
 * The real discord.js adapter with the queue: the bot process only acks and enqueues (WORKERS=0), and a
 * separate worker answers by reopening each Discord channel from its address with a REST-only client.
 * Every post carries a nonce with enforce_nonce, so Discord itself drops a repeated post. Real Redis
 * (skipped without REDIS_URL), fake Discord on 127.0.0.1.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createDiscordAdapter } from '../../src/adapters/discord/adapter.js';
import { discordOutlet } from '../../src/adapters/discord/outbound.js';
import { COMMANDS } from '../../src/commands/index.js';
import { createEngine } from '../../src/core/conversation/engine.js';
import { channelDirectory } from '../../src/core/queue/directory.js';
import { createLogger } from '../../src/core/log.js';
import { testAnalyzer } from '../discord/helpers/analyzer.js';
import { FakeDiscord, IDS, type RecordedRequest, TOKEN } from '../discord/helpers/fake-discord.js';
import { REDIS_URL, redisQueue } from './helpers/redis-queue.js';

const RESUME = ['Jordan Avery', 'EXPERIENCE', 'Responsible for the orders API', 'SKILLS', 'Go, Java'].join('\n');
const silent = createLogger('silent');
const rest = { rest: { retries: 0, timeout: 5_000 } };

interface Body {
  embeds?: { title?: string }[];
  message_reference?: { message_id: string };
  nonce?: string;
  enforce_nonce?: boolean;
}
const body = (r: RecordedRequest | undefined): Body => (r?.body ?? {}) as Body;
const titles = (rs: RecordedRequest[]) => rs.map((r) => body(r).embeds?.[0]?.title);

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c().catch(() => undefined);
});

async function deploy() {
  const analyzer = testAnalyzer();
  const q = await redisQueue(analyzer);
  cleanups.push(() => q.cleanup());
  const fake = await FakeDiscord.start();
  cleanups.push(() => fake.close());
  const config = {
    DISCORD_TOKEN: TOKEN,
    DISCORD_APPLICATION_ID: undefined,
    DISCORD_GUILD_ID: undefined,
    DISCORD_API_URL: fake.apiBase,
    DISCORD_MESSAGE_CONTENT: false,
  };
  const bot = await q.open('bot');
  const engine = createEngine({ store: q.store, analyzer, jobs: bot.runner, commands: COMMANDS });
  const adapter = createDiscordAdapter({
    engine,
    config,
    log: silent,
    clientOptions: rest,
    loginTimeoutMs: 5_000,
    stopTimeoutMs: 5_000,
  });
  await adapter.runtime.start();
  cleanups.push(() => adapter.runtime.stop());
  const outlet = await discordOutlet({ config, log: silent, clientOptions: rest });
  cleanups.push(() => outlet.close());
  await q.open('worker', channelDirectory({ discord: outlet.open }));
  return { fake, q };
}

function guildCheck(fake: FakeDiscord) {
  const file = fake.attachment('cv.txt', Buffer.from(RESUME), 'text/plain');
  return fake.interaction({
    name: 'check',
    channelId: IDS.text,
    options: [{ name: 'file', type: 11, value: file.id }],
    attachments: [file],
  });
}

describe.skipIf(!REDIS_URL)('Discord through the queue', () => {
  it('a DM and a guild /check acked by the bot are answered once each by a separate worker', {
    timeout: 60_000,
  }, async () => {
    const { fake, q } = await deploy();
    const dm = fake.userMessage({
      channelId: IDS.dm,
      guild: false,
      attachments: [fake.attachment('resume.txt', Buffer.from(RESUME), 'text/plain')],
    });
    const command = guildCheck(fake);
    fake.dispatch('MESSAGE_CREATE', dm);
    fake.dispatch('INTERACTION_CREATE', command);
    expect(await q.settled(2)).toEqual(['answered', 'answered']);
    expect(q.enqueued).toEqual(['enqueued', 'enqueued']); // through the queue, not the in-process fallback

    // The DM: the summary replies to the file, the sections follow in the DM, each post once.
    const dmPosts = fake.find('POST', new RegExp(`^/channels/${IDS.dm}/messages$`));
    expect(titles(dmPosts)).toEqual(['Resume review — 61/100', 'EXPERIENCE — 60/100', 'SKILLS — 60/100']);
    expect(body(dmPosts[0]).message_reference?.message_id).toBe(dm.id);

    // The command: "thinking…" removed by the bot process, the review posted in the channel by the worker,
    // with its thread started from the summary.
    expect(fake.find('POST', new RegExp(`^/interactions/${command.id}/`))).toHaveLength(1);
    expect(fake.find('DELETE', /@original$/)).toHaveLength(1);
    expect(fake.find('PATCH', /@original$/)).toHaveLength(0);
    const summary = fake.find('POST', new RegExp(`^/channels/${IDS.text}/messages$`));
    expect(titles(summary)).toEqual(['Resume review — 61/100']);
    const thread = fake.find('POST', new RegExp(`^/channels/${IDS.text}/messages/\\d+/threads$`));
    expect(thread).toHaveLength(1);
    const threadId = thread[0]?.path.split('/')[4] ?? '';
    expect(titles(fake.find('POST', new RegExp(`^/channels/${threadId}/messages$`)))).toEqual([
      'EXPERIENCE — 60/100',
      'SKILLS — 60/100',
    ]);

    // Every post asks Discord to dedupe it by a nonce of its own.
    const all = fake.find('POST', /^\/channels\/\d+\/messages$/);
    expect(all.every((r) => body(r).enforce_nonce === true && (body(r).nonce?.length ?? 0) === 25)).toBe(true);
    expect(new Set(all.map((r) => body(r).nonce)).size).toBe(all.length);
    // The review is where a follow-up in the bot process looks for it.
    expect(await q.store.lastReview('discord', IDS.user, IDS.dm)).not.toBeNull();
  });

  it('a 500 after Discord created a section: the retry reuses its thread and the nonce dedupes the post', {
    timeout: 60_000,
  }, async () => {
    const { fake, q } = await deploy();
    fake.failNext(
      (r) => r.method === 'POST' && /^\/channels\/\d+\/messages$/.test(r.path) && titles([r])[0] === 'SKILLS — 60/100',
      { status: 500, body: { message: '500: Internal Server Error', code: 0 } },
      1,
      { landed: true },
    );
    fake.dispatch('INTERACTION_CREATE', guildCheck(fake));
    expect(await q.settled(1)).toEqual(['answered']);
    expect(q.outcomes).toEqual(['retry', 'answered']);
    // The retry asked for the thread again (refused: it exists) and posted into the same one.
    const threads = fake.find('POST', new RegExp(`^/channels/${IDS.text}/messages/\\d+/threads$`));
    expect(threads).toHaveLength(2);
    const threadId = threads[0]?.path.split('/')[4] ?? '';
    const inThread = fake.channelMessages.get(threadId) ?? [];
    expect(inThread.map((m) => (m.embeds as { title?: string }[])[0]?.title)).toEqual([
      'EXPERIENCE — 60/100',
      'SKILLS — 60/100',
    ]);
    expect(fake.channelMessages.get(IDS.text)?.filter((m) => m.author === fake.botUser)).toHaveLength(1);
  });
});

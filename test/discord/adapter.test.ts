/**
 * The real discord.js client and the real engine against a fake Discord (REST + gateway) on 127.0.0.1.
 */
import { afterEach, beforeEach, describe, it, expect } from 'vitest';
import { IDS, limitViolations, type RecordedRequest } from './helpers/fake-discord.js';
import { startHarness, type Harness } from './helpers/harness.js';
import { testAnalyzer } from './helpers/analyzer.js';

const RESUME = [
  'Jordan Avery',
  'EXPERIENCE',
  'Responsible for the *orders* API',
  'Worked on __billing__ <@999>',
  'SKILLS',
  'Go, Java, PostgreSQL',
].join('\n');
const EPHEMERAL = 64;

interface Body {
  embeds?: { title?: string; description?: string; fields?: { name: string; value: string }[] }[];
  allowed_mentions?: { parse: string[]; replied_user?: boolean };
  message_reference?: { message_id: string };
  flags?: number;
  type?: number;
  data?: { flags?: number };
  name?: string;
}

const body = (r: RecordedRequest | undefined): Body => (r?.body ?? {}) as Body;
const text = (r: RecordedRequest | undefined): string =>
  (body(r).embeds ?? [])
    .map((e) => [e.title, e.description, ...(e.fields ?? []).map((f) => `${f.name} ${f.value}`)].join(' '))
    .join(' ');
const posts = (h: Harness, channelId: string): RecordedRequest[] =>
  h.fake.find('POST', new RegExp(`^/channels/${channelId}/messages$`));
const indexOf = (h: Harness, r: RecordedRequest | undefined): number => (r ? h.fake.requests.indexOf(r) : -1);

function checkInteraction(
  h: Harness,
  options: { channelId?: string; file?: Record<string, unknown> | null; id?: string } = {},
) {
  const { channelId = IDS.text, file = null, id } = options;
  return h.fake.interaction({
    name: 'check',
    channelId,
    id,
    options: file ? [{ name: 'file', type: 11, value: file.id }] : [],
    attachments: file ? [file] : [],
  });
}

describe('Discord adapter with the real engine', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await startHarness();
  });
  afterEach(async () => {
    await h.close();
  });

  it('DM with an attachment: typing first, then the summary as a reply, then one message per section', async () => {
    const file = h.fake.attachment('resume.txt', Buffer.from(RESUME), 'text/plain');
    const message = h.fake.userMessage({ channelId: IDS.dm, guild: false, attachments: [file] });
    const settled = await h.settle('MESSAGE_CREATE', message);

    expect(settled.handled).toBe(true);
    const typing = h.fake.find('POST', new RegExp(`^/channels/${IDS.dm}/typing$`))[0];
    const sent = posts(h, IDS.dm);
    expect(sent).toHaveLength(3); // summary + EXPERIENCE + SKILLS
    expect(indexOf(h, typing)).toBeGreaterThan(-1);
    expect(indexOf(h, typing)).toBeLessThan(indexOf(h, sent[0]));
    expect(text(sent[0])).toContain('Resume review — 61/100');
    expect(body(sent[0]).message_reference?.message_id).toBe(message.id);
    expect(text(sent[1])).toContain('EXPERIENCE');
    expect(text(sent[2])).toContain('SKILLS');
    // User text is escaped and nobody can be pinged.
    expect(text(sent[1])).toContain('\\*orders\\*');
    expect(text(sent[1])).toContain('\\<@999>');
    for (const r of sent) expect(body(r).allowed_mentions).toEqual({ parse: [], replied_user: false });
    // No thread in a DM; the file was downloaded once.
    expect(h.fake.find('POST', /\/threads$/)).toHaveLength(0);
    expect(h.fake.downloads()).toHaveLength(1);
  });

  it('DM follow-up: a later plain DM is answered about the last review', async () => {
    const file = h.fake.attachment('resume.txt', Buffer.from(RESUME), 'text/plain');
    await h.settle('MESSAGE_CREATE', h.fake.userMessage({ channelId: IDS.dm, guild: false, attachments: [file] }));
    const before = posts(h, IDS.dm).length;
    const question = h.fake.userMessage({ channelId: IDS.dm, guild: false, content: 'how do I quantify this?' });
    expect((await h.settle('MESSAGE_CREATE', question)).handled).toBe(true);
    const after = posts(h, IDS.dm);
    expect(after.length).toBe(before + 1);
    expect(body(after[after.length - 1]).message_reference?.message_id).toBe(question.id);
    expect(text(after[after.length - 1]).length).toBeGreaterThan(20);
  });

  it('/check with an attachment in a guild channel: deferred within 3 s, summary, thread from it, sections inside', async () => {
    const file = h.fake.attachment('resume.txt', Buffer.from(RESUME), 'text/plain');
    const interaction = checkInteraction(h, { file });
    const dispatchedAt = Date.now();
    await h.settle('INTERACTION_CREATE', interaction);

    const callback = h.fake.find('POST', new RegExp(`^/interactions/${interaction.id}/`))[0];
    expect(body(callback).type).toBe(5); // DEFERRED_CHANNEL_MESSAGE_WITH_SOURCE
    expect((body(callback).data?.flags ?? 0) & EPHEMERAL).toBe(0);
    expect((callback?.at ?? Infinity) - dispatchedAt).toBeLessThan(3_000);

    const original = h.fake.find('PATCH', /\/messages\/@original$/)[0];
    expect(text(original)).toContain('Resume review — 61/100');
    const thread = h.fake.find('POST', new RegExp(`^/channels/${IDS.text}/messages/\\d+/threads$`))[0];
    expect(thread).toBeDefined();
    expect(body(thread).name).toContain('Resume review');
    expect(indexOf(h, callback)).toBeLessThan(indexOf(h, original));
    expect(indexOf(h, original)).toBeLessThan(indexOf(h, thread));
    const threadId = thread?.path.split('/')[4] ?? '';
    const sections = posts(h, threadId);
    expect(sections.map((s) => body(s).embeds?.[0]?.title)).toEqual(['EXPERIENCE — 60/100', 'SKILLS — 60/100']);
    // Nothing leaked into the channel itself and no placeholder is left hanging.
    expect(posts(h, IDS.text)).toHaveLength(0);
    expect(h.fake.find('DELETE', /@original$/)).toHaveLength(0);
  });

  it("/check without an attachment uses the user's latest file in the channel", async () => {
    const old = h.fake.attachment('old.txt', Buffer.from(RESUME.replace('Jordan', 'Old')), 'text/plain');
    const latest = h.fake.attachment('latest.txt', Buffer.from(RESUME), 'text/plain');
    h.fake.userMessage({ channelId: IDS.text, attachments: [old] });
    h.fake.userMessage({ channelId: IDS.text, attachments: [latest] });
    h.fake.userMessage({
      channelId: IDS.text,
      authorId: IDS.otherUser,
      attachments: [h.fake.attachment('theirs.txt', Buffer.from(RESUME))],
    });
    await h.settle('INTERACTION_CREATE', checkInteraction(h));

    expect(h.fake.find('GET', new RegExp(`^/channels/${IDS.text}/messages$`))).toHaveLength(1);
    expect(h.fake.downloads().map((d) => d.path.split('/').pop())).toEqual(['latest.txt']);
    expect(text(h.fake.find('PATCH', /@original$/)[0])).toContain('Resume review');
  });

  it('/check with pasted text reviews the text, not an older file in the channel', async () => {
    h.fake.userMessage({
      channelId: IDS.text,
      attachments: [h.fake.attachment('old.txt', Buffer.from(RESUME), 'text/plain')],
    });
    const pasted = Array.from({ length: 30 }, (_, i) => `Pasted line ${i} about shipping the payments service`).join(
      '\n',
    );
    const interaction = h.fake.interaction({
      name: 'check',
      channelId: IDS.text,
      options: [{ name: 'text', type: 3, value: `Jordan Avery\n${pasted}` }],
    });
    await h.settle('INTERACTION_CREATE', interaction);
    expect(h.fake.find('GET', /\/messages$/)).toHaveLength(0);
    expect(h.fake.downloads()).toHaveLength(0);
    expect(text(h.fake.find('PATCH', /@original$/)[0])).toContain('Resume review');
  });

  it('/check without an attachment and no file anywhere: a clear explanation only the user sees', async () => {
    await h.settle('INTERACTION_CREATE', checkInteraction(h));

    const followUps = h.fake.find('POST', /^\/webhooks\/\d+\/[^/]+$/);
    expect(followUps).toHaveLength(1);
    expect(body(followUps[0]).flags).toBe(EPHEMERAL);
    expect(text(followUps[0])).toMatch(/PDF or DOCX/);
    expect(text(followUps[0])).toMatch(/\/check/);
    // The public placeholder is settled with a neutral note, never the private text.
    const original = h.fake.find('PATCH', /@original$/)[0];
    expect(text(original)).toMatch(/only you can see/i);
    expect(text(original)).not.toMatch(/PDF or DOCX/);
  });

  it('a corrupt file: a friendly ephemeral error, no thread', async () => {
    const file = h.fake.attachment('resume.pdf', Buffer.from('%PDF-1.7\n\u0000garbage'), 'application/pdf');
    await h.settle('INTERACTION_CREATE', checkInteraction(h, { file }));

    const followUp = h.fake.find('POST', /^\/webhooks\/\d+\/[^/]+$/)[0];
    expect(body(followUp).flags).toBe(EPHEMERAL);
    expect(text(followUp)).toMatch(/damaged/);
    expect(text(followUp)).not.toMatch(/CodedError|corrupt:|\n\s+at /);
    expect(h.fake.find('POST', /\/threads$/)).toHaveLength(0);
  });

  it("a follow-up in the bot's thread: a mention is answered in the thread", async () => {
    const file = h.fake.attachment('resume.txt', Buffer.from(RESUME), 'text/plain');
    await h.settle('INTERACTION_CREATE', checkInteraction(h, { file }));
    const threadId = h.fake.find('POST', /\/threads$/)[0]?.path.split('/')[4] ?? '';
    const before = posts(h, threadId).length;

    const plain = h.fake.userMessage({ channelId: threadId, content: '' });
    expect((await h.settle('MESSAGE_CREATE', plain)).handled).toBe(false); // no content intent: not for us

    const mention = h.fake.userMessage({
      channelId: threadId,
      content: `<@${IDS.bot}> how do I quantify this?`,
      mentionsBot: true,
    });
    expect((await h.settle('MESSAGE_CREATE', mention)).handled).toBe(true);
    const after = posts(h, threadId);
    expect(after).toHaveLength(before + 1);
    expect(body(after[before]).message_reference?.message_id).toBe(mention.id);
  });

  it("/check in a forum post coaches inside the post's thread", async () => {
    const file = h.fake.attachment('resume.txt', Buffer.from(RESUME), 'text/plain');
    await h.settle('INTERACTION_CREATE', checkInteraction(h, { channelId: IDS.forumPost, file }));

    expect(text(h.fake.find('PATCH', /@original$/)[0])).toContain('Resume review');
    expect(h.fake.find('POST', /\/threads$/)).toHaveLength(0);
    const inPost = [...h.fake.find('POST', /^\/webhooks\/\d+\/[^/]+$/), ...posts(h, IDS.forumPost)];
    expect(inPost.map((r) => body(r).embeds?.[0]?.title)).toEqual(['EXPERIENCE — 60/100', 'SKILLS — 60/100']);
  });

  it('/check as a slash command in a DM: the summary replaces the placeholder, sections follow, no thread', async () => {
    const file = h.fake.attachment('resume.txt', Buffer.from(RESUME), 'text/plain');
    const interaction = h.fake.interaction({
      name: 'check',
      channelId: IDS.dm,
      guild: false,
      options: [{ name: 'file', type: 11, value: file.id }],
      attachments: [file],
    });
    await h.settle('INTERACTION_CREATE', interaction);
    expect(text(h.fake.find('PATCH', /@original$/)[0])).toContain('Resume review');
    expect(h.fake.find('POST', /\/threads$/)).toHaveLength(0);
    const rest = [...h.fake.find('POST', /^\/webhooks\/\d+\/[^/]+$/), ...posts(h, IDS.dm)];
    expect(rest.map((r) => body(r).embeds?.[0]?.title)).toEqual(['EXPERIENCE — 60/100', 'SKILLS — 60/100']);
    for (const r of rest) expect((body(r).flags ?? 0) & EPHEMERAL).toBe(0);
  });

  it('the same interaction delivered twice is handled once', async () => {
    const file = h.fake.attachment('resume.txt', Buffer.from(RESUME), 'text/plain');
    const interaction = checkInteraction(h, { file });
    const first = await h.settle('INTERACTION_CREATE', interaction);
    const second = await h.settle('INTERACTION_CREATE', interaction);
    expect(first.handled).toBe(true);
    expect(second.handled).toBe(false);
    expect(h.fake.find('POST', /\/callback$/)).toHaveLength(1);
    expect(h.fake.find('PATCH', /@original$/)).toHaveLength(1);
    expect(h.fake.downloads()).toHaveLength(1);
  });

  it('a 429 with Retry-After is waited out by the REST queue and the message is delivered', async () => {
    const file = h.fake.attachment('resume.txt', Buffer.from(RESUME), 'text/plain');
    h.fake.failNext((r) => r.method === 'POST' && /^\/channels\/\d+\/messages$/.test(r.path), {
      status: 429,
      headers: { 'retry-after': '0.2', 'x-ratelimit-scope': 'user' },
      body: { message: 'You are being rate limited.', retry_after: 0.2, global: false },
    });
    await h.settle('INTERACTION_CREATE', checkInteraction(h, { file }));

    const threadId = h.fake.find('POST', /\/threads$/)[0]?.path.split('/')[4] ?? '';
    const attempts = posts(h, threadId);
    expect(attempts).toHaveLength(3); // the 429, its retry, the second section
    expect(body(attempts[0])).toEqual(body(attempts[1]));
    expect((attempts[1]?.at ?? 0) - (attempts[0]?.at ?? 0)).toBeGreaterThanOrEqual(150);
    expect(h.fake.find('POST', /^\/webhooks\//)).toHaveLength(0); // no error was reported
  });

  it('/privacy is deferred ephemerally and answered in place', async () => {
    await h.settle('INTERACTION_CREATE', h.fake.interaction({ name: 'privacy', channelId: IDS.text }));
    const callback = h.fake.find('POST', /\/callback$/)[0];
    expect(body(callback).data?.flags).toBe(EPHEMERAL);
    expect(text(h.fake.find('PATCH', /@original$/)[0]).length).toBeGreaterThan(20);
  });

  it('/ask passes the question as the command argument', async () => {
    const file = h.fake.attachment('resume.txt', Buffer.from(RESUME), 'text/plain');
    await h.settle('INTERACTION_CREATE', checkInteraction(h, { file }));
    const threadId = h.fake.find('POST', /\/threads$/)[0]?.path.split('/')[4] ?? '';
    const ask = h.fake.interaction({
      name: 'ask',
      channelId: threadId,
      options: [{ name: 'question', type: 3, value: 'is two pages too long?' }],
    });
    await h.settle('INTERACTION_CREATE', ask);
    const answer = h.fake.find('PATCH', /@original$/).find((r) => r.path.includes(String(ask.token)));
    expect(text(answer).length).toBeGreaterThan(20);
    expect(text(answer)).not.toMatch(/don't know the command/);
  });

  it('a mention with a corrupt file in a channel: the error goes to the user by DM', async () => {
    const file = h.fake.attachment('resume.pdf', Buffer.from('%PDF-1.4\u0000'), 'application/pdf');
    await h.settle(
      'MESSAGE_CREATE',
      h.fake.userMessage({ channelId: IDS.text, content: `<@${IDS.bot}>`, mentionsBot: true, attachments: [file] }),
    );
    expect(h.fake.find('POST', /^\/users\/@me\/channels$/)).toHaveLength(1);
    expect(text(posts(h, IDS.dm)[0])).toMatch(/damaged/);
    expect(posts(h, IDS.text)).toHaveLength(0);
  });

  it('a mention with a file in a channel: summary in the channel, sections in a thread off it', async () => {
    const file = h.fake.attachment('resume.txt', Buffer.from(RESUME), 'text/plain');
    const message = h.fake.userMessage({
      channelId: IDS.text,
      content: `<@${IDS.bot}> please check`,
      mentionsBot: true,
      attachments: [file],
    });
    await h.settle('MESSAGE_CREATE', message);
    const summary = posts(h, IDS.text)[0];
    expect(posts(h, IDS.text)).toHaveLength(1);
    expect(body(summary).message_reference?.message_id).toBe(message.id);
    const thread = h.fake.find('POST', new RegExp(`^/channels/${IDS.text}/messages/\\d+/threads$`))[0];
    const threadId = thread?.path.split('/')[4] ?? '';
    expect(posts(h, threadId)).toHaveLength(2);
  });
});

describe('Discord adapter: long reports and the MESSAGE_CONTENT intent', () => {
  it('a long report is split into messages that respect every embed limit, nothing truncated', async () => {
    const h = await startHarness({ analyzer: testAnalyzer({ padding: 900 }) });
    try {
      const lines = [
        'Jordan Avery',
        'EXPERIENCE',
        ...Array.from({ length: 30 }, (_, i) => `Bullet ${i} about the orders API`),
        'SKILLS',
        'Go',
      ];
      const file = h.fake.attachment('resume.txt', Buffer.from(lines.join('\n')), 'text/plain');
      await h.settle('INTERACTION_CREATE', checkInteraction(h, { file }));
      const threadId = h.fake.find('POST', /\/threads$/)[0]?.path.split('/')[4] ?? '';
      const sent = posts(h, threadId);
      expect(sent.length).toBeGreaterThan(2); // EXPERIENCE alone needs several messages
      for (const r of [...h.fake.requests.filter((x) => x.method === 'POST' || x.method === 'PATCH')]) {
        expect(limitViolations(r.body)).toEqual([]);
      }
      const all = sent.map(text).join(' ');
      for (let i = 0; i < 30; i++) expect(all).toContain(`Bullet ${i} about the orders API`);
      expect(all.match(/Add the number that proves it/g)).toHaveLength(31);
    } finally {
      await h.close();
    }
  });

  it("with MESSAGE_CONTENT, plain messages in the bot's thread are follow-ups; elsewhere they are ignored", async () => {
    const h = await startHarness({ messageContent: true });
    try {
      expect(h.fake.identifies[0]?.intents).toBe(1 | 512 | 4096 | 32768);
      const file = h.fake.attachment('resume.txt', Buffer.from(RESUME), 'text/plain');
      await h.settle('INTERACTION_CREATE', checkInteraction(h, { file }));
      const threadId = h.fake.find('POST', /\/threads$/)[0]?.path.split('/')[4] ?? '';
      const before = posts(h, threadId).length;
      const plain = h.fake.userMessage({ channelId: threadId, content: 'what should my skills section look like?' });
      expect((await h.settle('MESSAGE_CREATE', plain)).handled).toBe(true);
      expect(posts(h, threadId)).toHaveLength(before + 1);

      const chatter = h.fake.userMessage({ channelId: IDS.text, content: 'lunch anyone?' });
      expect((await h.settle('MESSAGE_CREATE', chatter)).handled).toBe(false);
      expect(posts(h, IDS.text)).toHaveLength(0);
    } finally {
      await h.close();
    }
  });

  it('with MESSAGE_CONTENT, plain messages in a forum post the bot coached in are follow-ups', async () => {
    const h = await startHarness({ messageContent: true });
    try {
      const file = h.fake.attachment('resume.txt', Buffer.from(RESUME), 'text/plain');
      await h.settle('INTERACTION_CREATE', checkInteraction(h, { channelId: IDS.forumPost, file }));
      const before = posts(h, IDS.forumPost).length;
      const plain = h.fake.userMessage({ channelId: IDS.forumPost, content: 'is two pages too long?' });
      expect((await h.settle('MESSAGE_CREATE', plain)).handled).toBe(true);
      const after = posts(h, IDS.forumPost);
      expect(after).toHaveLength(before + 1);
      expect(body(after[before]).message_reference?.message_id).toBe(plain.id);
    } finally {
      await h.close();
    }
  });

  it('without MESSAGE_CONTENT the privileged intent is not requested', async () => {
    const h = await startHarness();
    try {
      expect(h.fake.identifies[0]?.intents).toBe(1 | 512 | 4096);
    } finally {
      await h.close();
    }
  });
});

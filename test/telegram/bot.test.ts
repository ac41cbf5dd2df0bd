/**
 * The real grammY (long polling through @grammyjs/runner) against the fake Bot API, driven by the real
 * conversation engine on a memory store.
 */
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Message } from 'grammy/types';
import { makeTextPdf } from '../../scripts/lib/simple-pdf.js';
import { WEAK_BACKEND_RESUME } from '../helpers/sample-resumes.js';
import { createTestEngine, type TestEngine } from './helpers/engine.js';
import type { SentMessage } from './helpers/fake-telegram.js';
import { startHarness, type Harness } from './helpers/harness.js';
import { htmlProblem, visibleText } from './helpers/html-check.js';
import {
  ALICE,
  BOB,
  FORUM,
  GROUP,
  asUpdate,
  botMessage,
  dmChat,
  documentMessage,
  message,
  textMessage,
} from './helpers/updates.js';

let pdfBytes: Uint8Array;
let h: Harness;
let engine: TestEngine;

beforeAll(async () => {
  pdfBytes = await makeTextPdf(WEAK_BACKEND_RESUME);
});

beforeEach(async () => {
  engine = await createTestEngine();
  h = await startHarness(engine);
});

afterEach(async () => {
  await h.stop();
});

function pdf(name = 'resume.pdf'): { fileId: string; size: number; name: string } {
  return { fileId: h.fake.addFile(pdfBytes), size: pdfBytes.byteLength, name };
}

const replyTarget = (sent: SentMessage | undefined) => sent?.reply_parameters?.message_id;
const repliesTo = (messageId: number) => (sent: SentMessage) => replyTarget(sent) === messageId;

/** Waits for the bot's messages in a chat until one contains `text`; returns all of them. */
async function until(chatId: number, text: string): Promise<SentMessage[]> {
  await h.fake.waitFor(() => h.fake.sent(chatId).some((m) => m.text.includes(text)), `a message with "${text}"`);
  return h.fake.sent(chatId);
}

/** Sends a DM with a PDF and waits for the whole review (summary + section messages). */
async function dmReview(name = 'resume.pdf'): Promise<{ doc: Message; summary: SentMessage; sections: SentMessage[] }> {
  const doc = documentMessage(dmChat(ALICE), ALICE, pdf(name));
  h.fake.push(asUpdate(doc));
  const sent = await until(ALICE.id, 'SKILLS: 70/100');
  const summary = sent.find(repliesTo(doc.message_id));
  if (!summary) throw new Error('no summary');
  return { doc, summary, sections: sent.filter(repliesTo(summary.message_id)) };
}

describe('Telegram adapter: private chat', () => {
  it('registers the engine commands at start', () => {
    const [params] = h.fake.callsOf('setMyCommands');
    const names = (params!.commands as { command: string }[]).map((c) => c.command);
    expect(names).toEqual(expect.arrayContaining(['check', 'help', 'forget']));
    expect(names).toEqual(engine.commands.map((c) => c.name));
  });

  it('answers a PDF with typing, the summary as a reply to the document, then each section replying to the summary', async () => {
    const { doc, summary, sections } = await dmReview();
    expect(summary.text).toContain('Score 55/100');
    expect(summary.reply_parameters).toEqual({ message_id: doc.message_id, allow_sending_without_reply: true });
    expect(sections.map((s) => visibleText(s.text).split('\n')[0])).toEqual([
      '🔴 EXPERIENCE: 40/100',
      '🔴 SKILLS: 70/100',
    ]);
    for (const sent of h.fake.sent(ALICE.id)) {
      expect(sent.parse_mode).toBe('HTML');
      expect(htmlProblem(sent.text)).toBeNull();
      expect(sent.message_thread_id).toBeUndefined();
    }
    // Evidence quoted from the resume is escaped.
    expect(sections[0]?.text).toContain(
      '<blockquote>Responsible for the &lt;orders&gt; API &amp; billing job 1</blockquote>',
    );
    // Progress first, then the download, then the replies.
    const methods = h.fake.calls.map((c) => c.method);
    expect(methods.indexOf('sendChatAction')).toBeLessThan(methods.indexOf('getFile'));
    expect(methods.indexOf('getFile')).toBeLessThan(methods.indexOf('sendMessage'));
    expect(h.fake.callsOf('sendChatAction')[0]).toMatchObject({ chat_id: ALICE.id, action: 'typing' });
    expect(h.fake.fileRequests).toEqual([`documents/${String(doc.document?.file_id)}`]);
    expect(engine.events[0]).toMatchObject({
      id: expect.stringMatching(/^tg:\d+$/),
      platform: 'telegram',
      conversation: { id: String(ALICE.id), kind: 'dm' },
      threadId: null,
      addressed: true,
    });
  });

  it('answers a plain follow-up question in the context of the last review', async () => {
    await dmReview();
    const question = textMessage(dmChat(ALICE), ALICE, 'how do I quantify this?');
    h.fake.push(asUpdate(question));
    await h.fake.waitFor(() => h.fake.sent(ALICE.id).some(repliesTo(question.message_id)), 'the answer');
    expect(engine.questions).toHaveLength(1);
    expect(engine.questions[0]?.report?.score).toBe(55);
    const answer = h.fake.sent(ALICE.id).find(repliesTo(question.message_id));
    expect(htmlProblem(answer?.text ?? '')).toBeNull();
    expect(visibleText(answer?.text ?? '').length).toBeGreaterThan(20);
  });

  it('treats a reply to a section message as a question about that section', async () => {
    const { sections } = await dmReview();
    const skills = sections[1];
    if (!skills) throw new Error('no skills message');
    const question = textMessage(dmChat(ALICE), ALICE, 'what should this look like?', {
      reply_to_message: botMessage(dmChat(ALICE), skills.message_id, skills.text),
    });
    h.fake.push(asUpdate(question));
    await h.fake.waitFor(() => h.fake.sent(ALICE.id).some(repliesTo(question.message_id)), 'the answer');
    expect(engine.events.at(-1)?.replyTo).toMatchObject({ fromBot: true, messageId: String(skills.message_id) });
    expect(engine.questions.at(-1)?.focusSection).toBe(1);
  });

  it('refuses an oversized file by its size before downloading anything', async () => {
    const fileId = h.fake.addFile(new Uint8Array(10), 30_000_000);
    const doc = documentMessage(dmChat(ALICE), ALICE, { fileId, size: 30_000_000 });
    h.fake.push(asUpdate(doc));
    const [reply] = await until(ALICE.id, 'MB');
    expect(replyTarget(reply)).toBe(doc.message_id);
    expect(visibleText(reply?.text ?? '')).toMatch(/30(\.0)? MB/);
    expect(h.fake.callsOf('getFile')).toHaveLength(0);
    expect(h.fake.fileRequests).toHaveLength(0);
  });

  it('stops a download that turns out larger than the cap even when Telegram reported a small size', async () => {
    const fileId = h.fake.addFile(new Uint8Array(6_000_000), 100_000);
    h.fake.push(asUpdate(documentMessage(dmChat(ALICE), ALICE, { fileId, size: 100_000 })));
    const [reply] = await until(ALICE.id, 'MB');
    expect(visibleText(reply?.text ?? '')).toContain('up to 5 MB');
    expect(h.fake.sent(ALICE.id)).toHaveLength(1);
  });

  it('answers a corrupt file with a friendly error', async () => {
    const broken = pdfBytes.slice(0, 400);
    const fileId = h.fake.addFile(broken);
    const doc = documentMessage(dmChat(ALICE), ALICE, { fileId, size: broken.byteLength });
    h.fake.push(asUpdate(doc));
    const [reply] = await until(ALICE.id, 'damaged');
    expect(replyTarget(reply)).toBe(doc.message_id);
    expect(reply?.text).toMatch(/^⚠️ <b>/);
    expect(reply?.text).not.toMatch(/Error|stack|at \w+ \(/);
  });

  it('retries a sendMessage that hit 429 after retry_after and delivers it', async () => {
    h.fake.failNext('sendMessage', {
      error_code: 429,
      description: 'Too Many Requests: retry after 1',
      parameters: { retry_after: 1 },
    });
    const question = textMessage(dmChat(ALICE), ALICE, '/help');
    h.fake.push(asUpdate(question));
    await h.fake.waitFor(() => h.fake.sent(ALICE.id).length === 1, 'the delivered reply');
    const attempts = h.fake.callsOf('sendMessage');
    expect(attempts).toHaveLength(2);
    expect(attempts[0]?.failed).toBe(429);
    expect(attempts[1]?.text).toBe(attempts[0]?.text);
    expect(replyTarget(h.fake.sent(ALICE.id)[0])).toBe(question.message_id);
  });

  it('handles an update delivered twice only once', async () => {
    const question = textMessage(dmChat(ALICE), ALICE, '/privacy');
    const [first] = h.fake.pushMany([
      { ...asUpdate(question), update_id: 4242 },
      { ...asUpdate(question), update_id: 4242 },
    ]);
    expect(first?.update_id).toBe(4242);
    // A later message in the same chat is handled after both copies (per-chat sequencing).
    const later = textMessage(dmChat(ALICE), ALICE, '/help');
    h.fake.push(asUpdate(later));
    await h.fake.waitFor(() => h.fake.sent(ALICE.id).some(repliesTo(later.message_id)), 'the later answer');
    expect(h.fake.sent(ALICE.id).filter(repliesTo(question.message_id))).toHaveLength(1);
    expect(engine.events.filter((e) => e.id === 'tg:4242')).toHaveLength(1);
  });

  it('splits a long section into valid HTML messages of at most 4096 characters, and maps a reply to any part to the section', async () => {
    const { summary, sections } = await dmReview('long-resume.pdf');
    const experienceParts = sections.filter((s) => !s.text.includes('SKILLS'));
    expect(experienceParts.length).toBeGreaterThan(1);
    for (const sent of h.fake.sent(ALICE.id)) {
      expect(sent.text.length).toBeLessThanOrEqual(4096);
      expect(visibleText(sent.text).length).toBeLessThanOrEqual(4096);
      expect(htmlProblem(sent.text)).toBeNull();
    }
    // All 80 findings arrived: nothing truncated.
    const shown = experienceParts.map((s) => visibleText(s.text)).join('\n');
    for (let i = 1; i <= 80; i += 1) expect(shown).toContain(`billing job ${i}\n`);
    expect(experienceParts.every(repliesTo(summary.message_id))).toBe(true);

    const lastPart = experienceParts.at(-1);
    if (!lastPart) throw new Error('no part');
    const question = textMessage(dmChat(ALICE), ALICE, 'how do I fix this?', {
      reply_to_message: botMessage(dmChat(ALICE), lastPart.message_id),
    });
    h.fake.push(asUpdate(question));
    await h.fake.waitFor(() => h.fake.sent(ALICE.id).some(repliesTo(question.message_id)), 'the answer');
    expect(engine.questions.at(-1)?.focusSection).toBe(0);
  });
});

describe('Telegram adapter: groups', () => {
  it('runs /check@bot sent as a reply to a message with a document, in that reply chain', async () => {
    const shared = documentMessage(GROUP, BOB, pdf());
    const command = textMessage(GROUP, ALICE, '/check@resume_coach_bot', { reply_to_message: shared });
    h.fake.push(asUpdate(command));
    const sent = await until(GROUP.id, 'SKILLS: 70/100');
    const summary = sent.find(repliesTo(command.message_id));
    expect(summary?.text).toContain('Score 55/100');
    expect(sent.filter(repliesTo(summary?.message_id ?? -1))).toHaveLength(2);
    expect(engine.events[0]).toMatchObject({
      conversation: { kind: 'channel' },
      addressed: true,
      text: '/check',
      command: { name: 'check', args: '' },
    });
    expect(engine.events[0]?.replyTo?.files).toHaveLength(1);
    expect(h.fake.fileRequests).toHaveLength(1);
  });

  it('ignores a command addressed to another bot', async () => {
    h.fake.push(
      asUpdate(
        textMessage(GROUP, ALICE, '/check@some_other_bot', { reply_to_message: documentMessage(GROUP, BOB, pdf()) }),
      ),
    );
    const marker = textMessage(GROUP, ALICE, '/help@resume_coach_bot');
    h.fake.push(asUpdate(marker));
    await h.fake.waitFor(() => h.fake.sent(GROUP.id).some(repliesTo(marker.message_id)), 'the help answer');
    expect(engine.events.map((e) => e.text)).toEqual(['/help']);
    expect(h.fake.callsOf('getFile')).toHaveLength(0);
  });

  it('sends errors privately, and falls back to the group when the user never started the bot', async () => {
    const broken = new Uint8Array([1, 2, 3, 4]);
    const check = (user: typeof ALICE) =>
      textMessage(GROUP, user, '/check', {
        reply_to_message: documentMessage(GROUP, user, { fileId: h.fake.addFile(broken), size: 4 }),
      });
    const first = check(ALICE);
    h.fake.push(asUpdate(first));
    await until(ALICE.id, 'damaged');
    expect(h.fake.sent(GROUP.id)).toHaveLength(0);

    h.fake.blockedUsers.add(BOB.id);
    const second = check(BOB);
    h.fake.push(asUpdate(second));
    const [fallback] = await until(GROUP.id, 'damaged');
    expect(replyTarget(fallback)).toBe(second.message_id);
    expect(h.fake.callsOf('sendMessage').some((c) => c.chat_id === BOB.id && c.failed === 403)).toBe(true);
  });

  it('keeps message_thread_id on everything in a forum topic, and /check can be a document caption', async () => {
    const TOPIC = 77;
    const topicRoot = message(FORUM, BOB, {
      message_id: TOPIC,
      forum_topic_created: { name: 'Resumes', icon_color: 0x6fb9f0 },
    });
    const doc = documentMessage(FORUM, ALICE, pdf(), {
      caption: '/check',
      caption_entities: [{ type: 'bot_command', offset: 0, length: 6 }],
      message_thread_id: TOPIC,
      is_topic_message: true,
      reply_to_message: topicRoot,
    });
    h.fake.push(asUpdate(doc));
    const sent = await until(FORUM.id, 'SKILLS: 70/100');
    expect(sent).toHaveLength(3);
    for (const m of sent) expect(m.message_thread_id).toBe(TOPIC);
    expect(h.fake.callsOf('sendChatAction').every((c) => c.message_thread_id === TOPIC)).toBe(true);
    const summary = sent.find(repliesTo(doc.message_id));
    expect(summary).toBeDefined();
    expect(engine.events[0]).toMatchObject({ threadId: String(TOPIC), replyTo: null });

    // A follow-up in the topic, as a reply to a section message.
    const section = sent.find(repliesTo(summary?.message_id ?? -1));
    const question = textMessage(FORUM, ALICE, 'how do I quantify this?', {
      message_thread_id: TOPIC,
      is_topic_message: true,
      reply_to_message: botMessage(FORUM, section?.message_id ?? -1),
    });
    h.fake.push(asUpdate(question));
    await h.fake.waitFor(() => h.fake.sent(FORUM.id).some(repliesTo(question.message_id)), 'the answer');
    const answer = h.fake.sent(FORUM.id).find(repliesTo(question.message_id));
    expect(answer?.message_thread_id).toBe(TOPIC);
    expect(engine.questions.at(-1)?.focusSection).toBe(0);
  });
});

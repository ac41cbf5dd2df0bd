/**
 * End to end with the real checker: a generated PDF goes through grammY, the engine, extraction, parsing
 * and review, and comes back as Telegram HTML messages. Expected content comes from the same analyzer.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPipelineAnalyzer } from '../../src/core/conversation/pipeline-analyzer.js';
import { shutdownExtractors } from '../../src/core/extract/index.js';
import { renderTelegramMessage } from '../../src/adapters/telegram/render.js';
import type { Analysis } from '../../src/core/conversation/analyzer.js';
import { makeTextPdf } from '../../scripts/lib/simple-pdf.js';
import { WEAK_BACKEND_RESUME } from '../helpers/sample-resumes.js';
import { createTestEngine, type TestEngine } from './helpers/engine.js';
import type { SentMessage } from './helpers/fake-telegram.js';
import { startHarness, type Harness } from './helpers/harness.js';
import { htmlProblem, visibleText } from './helpers/html-check.js';
import { ALICE, asUpdate, botMessage, dmChat, documentMessage, textMessage } from './helpers/updates.js';

const analyzer = createPipelineAnalyzer();
let pdf: Uint8Array;
let expected: Analysis;
let engine: TestEngine;
let h: Harness;

beforeAll(async () => {
  pdf = await makeTextPdf(WEAK_BACKEND_RESUME);
  expected = await analyzer.analyzeFile(pdf, {
    fileName: 'resume.pdf',
    role: null,
    jobDescription: null,
    limits: { maxBytes: 5_000_000, maxPages: 4, timeoutMs: 20_000 },
  });
  engine = await createTestEngine(analyzer);
  h = await startHarness(engine);
}, 60_000);

afterAll(async () => {
  await h.stop();
  await shutdownExtractors();
});

const repliesTo = (id: number) => (m: SentMessage) => m.reply_parameters?.message_id === id;

describe('Telegram end to end with the real checker', () => {
  it('reviews a PDF sent in a private chat: summary, then one threaded message per section, then answers follow-ups', async () => {
    const doc = documentMessage(dmChat(ALICE), ALICE, { fileId: h.fake.addFile(pdf), size: pdf.byteLength });
    h.fake.push(asUpdate(doc));
    const parts = expected.document.messages.map((m) => renderTelegramMessage(m));
    const total = parts.reduce((n, p) => n + p.length, 0);
    await h.fake.waitFor(() => h.fake.sent(ALICE.id).length >= total, `${total} messages`, 30_000);

    const sent = h.fake.sent(ALICE.id);
    expect(sent.map((m) => m.text)).toEqual(parts.flat());
    const summary = sent[0];
    expect(summary?.reply_parameters?.message_id).toBe(doc.message_id);
    expect(sent.slice(1).every(repliesTo(summary?.message_id ?? -1))).toBe(true);
    for (const m of sent) expect(htmlProblem(m.text)).toBeNull();
    expect(visibleText(summary?.text ?? '')).toContain(String(expected.report.score));

    // A follow-up about the experience section, as a reply to its message.
    const experienceIndex = expected.document.messages.findIndex((m) => m.section?.kind === 'experience');
    const experience = sent.find((m) => m.text === parts[experienceIndex]?.[0]);
    if (!experience) throw new Error('no experience message');
    const question = textMessage(dmChat(ALICE), ALICE, 'how do I quantify this?', {
      reply_to_message: botMessage(dmChat(ALICE), experience.message_id),
    });
    h.fake.push(asUpdate(question));
    await h.fake.waitFor(() => h.fake.sent(ALICE.id).some(repliesTo(question.message_id)), 'the answer', 30_000);
    const asked = engine.questions.at(-1);
    expect(asked?.report?.score).toBe(expected.report.score);
    expect(asked?.focusSection).toBe(expected.document.messages[experienceIndex]?.section?.index);
    const answer = h.fake.sent(ALICE.id).find(repliesTo(question.message_id));
    expect(htmlProblem(answer?.text ?? '')).toBeNull();
    // The answer works on the user's own lines (the resume says "Responsible for the orders API").
    expect(visibleText(answer?.text ?? '')).toMatch(/orders API/);
  }, 60_000);

  it('answers a corrupt PDF with the extractor’s friendly error', async () => {
    const broken = pdf.slice(0, 400);
    const doc = documentMessage(dmChat(ALICE), ALICE, { fileId: h.fake.addFile(broken), size: broken.byteLength });
    h.fake.push(asUpdate(doc));
    await h.fake.waitFor(() => h.fake.sent(ALICE.id).some(repliesTo(doc.message_id)), 'the error', 30_000);
    const reply = h.fake.sent(ALICE.id).find(repliesTo(doc.message_id));
    expect(reply?.text).toMatch(/^⚠️ <b>/);
    expect(visibleText(reply?.text ?? '')).toMatch(/damaged|could not read/i);
    expect(htmlProblem(reply?.text ?? '')).toBeNull();
  }, 60_000);
});

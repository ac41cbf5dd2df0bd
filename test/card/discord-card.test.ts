/**
 * The card on Discord, end to end: the real discord.js against the fake REST + gateway, the real checker.
 * The summary's message carries card.png (multipart) shown as its embed's image, with the card's facts as
 * the attachment's description (alt text); a refused upload still delivers the summary, once, logged.
 */
import { imageSize } from 'image-size';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPipelineAnalyzer } from '../../src/core/conversation/pipeline-analyzer.js';
import { shutdownExtractors } from '../../src/core/extract/index.js';
import { makeTextPdf } from '../../scripts/lib/simple-pdf.js';
import { WEAK_BACKEND_RESUME } from '../helpers/sample-resumes.js';
import { IDS, TOKEN, limitViolations, type RecordedRequest } from '../discord/helpers/fake-discord.js';
import { startHarness, type Harness } from '../discord/helpers/harness.js';

interface Body {
  embeds?: { title?: string; image?: { url?: string } }[];
  attachments?: { id?: unknown; filename?: string; description?: string }[];
}
const bodyOf = (r: RecordedRequest | undefined): Body => (r?.body ?? {}) as Body;
const PNG_SIGNATURE = '89504e470d0a1a0a';

function expectCard(request: RecordedRequest | undefined, altText: RegExp): void {
  const [file, ...more] = request?.files ?? [];
  expect(more).toHaveLength(0);
  expect(file).toMatchObject({ name: 'card.png', contentType: 'image/png' });
  const bytes = file?.bytes ?? new Uint8Array();
  expect(Buffer.from(bytes.subarray(0, 8)).toString('hex')).toBe(PNG_SIGNATURE);
  expect(imageSize(bytes)).toMatchObject({ width: 1200, height: 630, type: 'png' });
  const body = bodyOf(request);
  expect(body.embeds?.[0]?.image?.url).toBe('attachment://card.png');
  expect(body.attachments?.[0]?.description ?? '').toMatch(altText);
  expect(body.attachments?.[0]?.description?.length ?? 0).toBeLessThanOrEqual(1024);
  expect(limitViolations(body)).toEqual([]);
}

describe('the card on Discord', () => {
  let h: Harness;
  let pdf: Uint8Array;
  const logLines: string[] = [];
  beforeAll(async () => {
    h = await startHarness({
      analyzer: createPipelineAnalyzer(),
      engineConfig: { extractTimeoutMs: 60_000 },
      restTimeoutMs: 30_000,
      log: pino({ level: 'debug' }, { write: (line: string) => logLines.push(line) }),
    });
    pdf = await makeTextPdf(WEAK_BACKEND_RESUME);
  }, 60_000);
  afterAll(async () => {
    await h.close();
    await shutdownExtractors();
  });

  it('/check in a channel: the summary replaces the placeholder with the card as its image, then the thread', async () => {
    const file = h.fake.attachment('resume.pdf', pdf);
    await h.settle(
      'INTERACTION_CREATE',
      h.fake.interaction({
        name: 'check',
        channelId: IDS.text,
        options: [{ name: 'file', type: 11, value: file.id }],
        attachments: [file],
      }),
    );
    const [summary] = h.fake.find('PATCH', /^\/webhooks\/\d+\/[^/]+\/messages\/@original$/);
    expectCard(summary, /^Resume score \d+\/100\. Reviewed as /);
    expect(bodyOf(summary).embeds?.[0]?.title).toMatch(/\d+\/100/);
    const [thread] = h.fake.find('POST', /\/threads$/);
    const sections = h.fake.find('POST', /^\/channels\/\d+\/messages$/);
    expect(sections.length).toBeGreaterThanOrEqual(3);
    expect(sections.every((r) => r.files.length === 0)).toBe(true);
    // In order: the card with the summary, the thread on it, then the section messages.
    const order = h.fake.requests;
    expect(order.indexOf(summary as RecordedRequest)).toBeLessThan(order.indexOf(thread as RecordedRequest));
    expect(order.indexOf(thread as RecordedRequest)).toBeLessThan(order.indexOf(sections[0] as RecordedRequest));
  }, 60_000);

  it('a refused upload in a DM: the summary still arrives once, without the picture, and the failure is logged', async () => {
    const posts = new RegExp(`^/channels/${IDS.dm}/messages$`);
    const before = h.fake.find('POST', posts).length;
    h.fake.failNext((r) => r.method === 'POST' && posts.test(r.path) && r.files.length > 0, {
      status: 413,
      body: { message: 'Request entity too large', code: 40005 },
    });
    const file = h.fake.attachment('resume.pdf', pdf);
    const message = h.fake.userMessage({ channelId: IDS.dm, guild: false, attachments: [file] });
    expect((await h.settle('MESSAGE_CREATE', message)).handled).toBe(true);

    const [refused, summary, ...sections] = h.fake.find('POST', posts).slice(before);
    expect(refused?.files).toHaveLength(1);
    expect(summary?.files).toHaveLength(0);
    expect(bodyOf(summary).embeds?.[0]?.title).toBe(bodyOf(refused).embeds?.[0]?.title);
    expect(bodyOf(summary).embeds?.[0]?.image).toBeUndefined();
    const summaries = [summary, ...sections].filter((r) => /^Resume review/.test(bodyOf(r).embeds?.[0]?.title ?? ''));
    expect(summaries).toHaveLength(1);
    expect(sections.length).toBeGreaterThanOrEqual(3);
    const failure = logLines
      .map((l) => JSON.parse(l) as Record<string, unknown>)
      .find((l) => l.code === 'card-upload-failed');
    expect(failure).toMatchObject({ platform: 'discord', err: { status: 413, code: 40005 } });
    expect(logLines.join('\n')).not.toContain(TOKEN);
  }, 60_000);
});

/** End to end with nothing faked but Discord: the real engine AND the real checker (extraction, rules, review). */
import { afterAll, beforeAll, describe, it, expect } from 'vitest';
import { createPipelineAnalyzer } from '../../src/core/conversation/pipeline-analyzer.js';
import { shutdownExtractors } from '../../src/core/extract/index.js';
import { makeTextPdf } from '../../scripts/lib/simple-pdf.js';
import { WEAK_BACKEND_RESUME } from '../helpers/sample-resumes.js';
import { IDS, limitViolations, type RecordedRequest } from './helpers/fake-discord.js';
import { startHarness, type Harness } from './helpers/harness.js';

const titles = (requests: RecordedRequest[]): string[] =>
  requests.map((r) => (r.body as { embeds?: { title?: string }[] }).embeds?.[0]?.title ?? '');

describe('Discord adapter with the real checker', () => {
  let h: Harness;
  let pdf: Uint8Array;
  beforeAll(async () => {
    // The shared 2-core machine can be slow to start the extraction workers: allow for it.
    h = await startHarness({
      analyzer: createPipelineAnalyzer(),
      engineConfig: { extractTimeoutMs: 60_000 },
      restTimeoutMs: 30_000,
    });
    pdf = await makeTextPdf(WEAK_BACKEND_RESUME);
  });
  afterAll(async () => {
    await h.close();
    await shutdownExtractors();
  });

  it("a PDF in a DM: typing, the summary, then one message per section, all within Discord's limits", async () => {
    const file = h.fake.attachment('resume.pdf', pdf);
    const message = h.fake.userMessage({ channelId: IDS.dm, guild: false, attachments: [file] });
    expect((await h.settle('MESSAGE_CREATE', message)).handled).toBe(true);

    const sent = h.fake.find('POST', new RegExp(`^/channels/${IDS.dm}/messages$`));
    expect(h.fake.find('POST', new RegExp(`^/channels/${IDS.dm}/typing$`)).length).toBeGreaterThan(0);
    expect(titles(sent).length, titles(sent).join(' | ')).toBeGreaterThanOrEqual(4);
    expect(titles(sent)[0]).toMatch(/\d+\/100/);
    expect(titles(sent).slice(1).join(' | ')).toMatch(/Experience/);
    for (const r of sent) expect(limitViolations(r.body)).toEqual([]);
    // The resume's own words come back quoted, escaped, with nobody pinged.
    expect(JSON.stringify(sent.map((r) => r.body))).toContain('Responsible for the orders API');
    for (const r of sent)
      expect((r.body as { allowed_mentions?: unknown }).allowed_mentions).toEqual({ parse: [], replied_user: false });
  });

  it("a corrupt PDF via /check: the extractor's friendly message, only for the user", async () => {
    const file = h.fake.attachment('broken.pdf', Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog'));
    await h.settle(
      'INTERACTION_CREATE',
      h.fake.interaction({
        name: 'check',
        channelId: IDS.text,
        options: [{ name: 'file', type: 11, value: file.id }],
        attachments: [file],
      }),
    );
    const followUps = h.fake.find('POST', /^\/webhooks\/\d+\/[^/]+$/);
    expect(followUps).toHaveLength(1);
    const body = followUps[0]?.body as { flags?: number; embeds?: { description?: string }[] };
    expect(body.flags).toBe(64);
    expect(body.embeds?.[0]?.description).toMatch(/damaged|could not read/i);
    expect(h.fake.find('POST', /\/threads$/)).toHaveLength(0);
  });
});

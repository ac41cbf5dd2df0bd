/** Whole conversations through the recording channel with the real pipeline and the real follow-up answers. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEngine } from '../../src/core/conversation/engine.js';
import { createPipelineAnalyzer } from '../../src/core/conversation/pipeline-analyzer.js';
import { ConversationStore } from '../../src/core/conversation/store/conversation-store.js';
import { openStore } from '../../src/core/conversation/store/kv.js';
import { shutdownExtractors } from '../../src/core/extract/index.js';
import { makeTextPdf } from '../../scripts/lib/simple-pdf.js';
import { fileFrom, plain, RecordingPlatform } from '../helpers/recording-channel.js';
import { STRONG_BACKEND_RESUME, WEAK_BACKEND_RESUME } from '../helpers/sample-resumes.js';
import { COMMANDS } from '../../src/commands/index.js';

const PDF = 'application/pdf';
let weakPdf: Uint8Array;
let improvedPdf: Uint8Array;

beforeAll(async () => {
  weakPdf = await makeTextPdf(WEAK_BACKEND_RESUME);
  improvedPdf = await makeTextPdf(
    WEAK_BACKEND_RESUME.map((line) =>
      line === '• Responsible for the orders API'
        ? '• Rebuilt the orders API in Go, cutting p99 latency from 900 ms to 120 ms at 2k QPS'
        : line === '• Worked on database migrations for the billing service'
          ? '• Migrated the billing database to PostgreSQL 15 with 4 minutes of downtime for 3M rows'
          : line,
    ),
  );
});
afterAll(() => shutdownExtractors());

async function realEngine() {
  const map = new Map<string, unknown>();
  const store = new ConversationStore(await openStore('memory://', { map }));
  return {
    engine: createEngine({ store, analyzer: createPipelineAnalyzer(), commands: COMMANDS }),
    store,
    platform: new RecordingPlatform(),
  };
}

describe('conversation with the real checker', () => {
  it('DM a PDF → summary, sections in a thread; a reply to the experience message gets rewrites of those bullets', async () => {
    const { engine, platform } = await realEngine();
    const event = platform.event({ files: [fileFrom(weakPdf, 'jordan.pdf', PDF)] });
    const out = await platform.deliver(engine, event);
    expect(out[0]?.op).toBe('progress');
    const sends = out.filter((r) => r.op === 'send');
    expect(sends[0]?.message?.kind).toBe('summary');
    expect(sends[0]?.replyTo).toBe(event.messageId);
    expect(plain(sends[0]!.message)).toMatch(/\d+\/100/);
    const sectionKinds = sends.slice(1).map((r) => r.message?.section?.kind);
    expect(sectionKinds).toEqual(expect.arrayContaining(['summary', 'experience', 'education', 'skills']));
    expect(sends.slice(1).every((r) => r.threadId === sends[0]?.ref?.messageId)).toBe(true);

    const experience = sends.find((r) => r.message?.section?.kind === 'experience')!;
    const answer = await platform.deliver(engine, {
      text: 'how do i quantfy this',
      replyTo: { messageId: experience.ref!.messageId, fromBot: true, text: null, files: [] },
    });
    const text = plain(answer[0]!.message);
    expect(answer[0]?.message?.kind).toBe('answer');
    expect(text).toContain('Responsible for the orders API');
    expect(text).toMatch(/\[X\]|\[N\]/);

    const unknown = await platform.deliver(engine, { text: 'what is the weather in Paris tomorrow?' });
    expect(plain(unknown[0]!.message)).toMatch(/can't|cannot/i);
  });

  it('re-checking an improved version in the same thread shows fixed findings and the score change', async () => {
    const { engine, platform } = await realEngine();
    const first = await platform.deliver(engine, { files: [fileFrom(weakPdf, 'v1.pdf', PDF)] });
    const threadId = first.find((r) => r.message?.kind === 'section')!.threadId;
    const second = await platform.deliver(engine, { threadId, files: [fileFrom(improvedPdf, 'v2.pdf', PDF)] });
    const sends = second.filter((r) => r.op === 'send');
    expect(sends.every((r) => r.threadId === threadId)).toBe(true);
    const delta = sends[1]!.message!;
    expect(delta.title).toMatch(/^Before and after: \d+ → \d+ \(\+\d+\)$/);
    expect(plain(delta)).toContain('Fixed');
    expect(plain(delta)).toContain('Responsible for the orders API');
  });

  it('a corrupt file mid-conversation gets a friendly error, the next check works, and /forget leaves nothing', async () => {
    const { engine, platform, store } = await realEngine();
    await platform.deliver(engine, { files: [fileFrom(weakPdf, 'ok.pdf', PDF)] });
    const broken = weakPdf.slice(0, 600);
    const bad = await platform.deliver(engine, { files: [fileFrom(broken, 'broken.pdf', PDF)] });
    const error = bad.find((r) => r.op === 'send')!;
    expect(error.message?.kind).toBe('error');
    expect(error.message?.title).toBe('That file looks damaged');
    expect(plain(error.message)).not.toMatch(/Error:|stack|at \w+ \(/);

    const image = await platform.deliver(engine, {
      // A TIFF (pictures OCR cannot open), whatever the name says.
      files: [fileFrom(new Uint8Array([0x49, 0x49, 0x2a, 0x00, 8, 0, 0, 0, 1, 2, 3]), 'resume.pdf', PDF)],
    });
    expect(image.find((r) => r.op === 'send')?.message?.title).toBe("I can't read that kind of file");

    const strong = await platform.deliver(engine, {
      files: [fileFrom(await makeTextPdf(STRONG_BACKEND_RESUME), 'priya.pdf', PDF)],
    });
    expect(strong.some((r) => r.message?.kind === 'summary')).toBe(true);

    const forgot = await platform.deliver(engine, { text: '/forget' });
    expect(plain(forgot[0]!.message)).toMatch(/2 reviews of your resume/);
    for await (const [key, value] of store.raw.entries()) {
      expect(key).not.toContain('u1');
      expect(JSON.stringify(value)).not.toMatch(/Jordan|Priya|orders API/);
    }
  });

  it('a pasted job description tailors the advice on the last resume and is used by the next check', async () => {
    const { engine, platform, store } = await realEngine();
    await platform.deliver(engine, { text: WEAK_BACKEND_RESUME.join('\n') });
    const jd = [
      'Backend Engineer, Payments',
      'About the role',
      'You will build and operate the services that move money for our customers.',
      'Responsibilities',
      '- Design gRPC and REST APIs in Go; own PostgreSQL schemas',
      '- Run Kafka pipelines and keep latency low under load',
      'Requirements',
      '- 3+ years of backend experience with Go, PostgreSQL and Kafka; observability with Prometheus',
    ].join('\n');
    const out = await platform.deliver(engine, { text: jd });
    expect(out[0]?.message?.kind).toBe('answer');
    expect(plain(out[0]!.message)).toContain('Job description saved');
    expect(await store.getJobDescription('test', 'u1', 'dm-u1')).toBe(jd);
    await platform.deliver(engine, { text: '/check' });
    const review = await store.lastReview('test', 'u1', 'dm-u1');
    expect(review?.jobDescription).toBe(jd);
    expect(JSON.stringify(review?.report)).toContain('"match"');
  });
});

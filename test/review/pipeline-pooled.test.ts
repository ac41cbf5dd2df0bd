import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { isCodedError } from '../../src/core/errors.js';
import { ExtractorPool } from '../../src/core/extract/pool.js';
import { shutdownExtractors, warmUpExtractors } from '../../src/core/extract/index.js';
import { analyzeFile, analyzeText } from '../../src/core/pipeline.js';
import { analyzeFilePooled, analyzeTextPooled } from '../../src/core/pipeline-pooled.js';
import { checkResultSchema } from '../../src/core/pipeline-protocol.js';
import { makeTextPdf } from '../../scripts/lib/simple-pdf.js';
import { WEAK_BACKEND_RESUME } from '../helpers/sample-resumes.js';

const NOW = new Date('2025-06-01T00:00:00Z');
const LINES = WEAK_BACKEND_RESUME.map((l) => l.replace('•', '-'));

beforeAll(async () => {
  await warmUpExtractors();
}, 120_000);

afterAll(async () => {
  await shutdownExtractors();
});

describe('the whole check in the pool worker', () => {
  it('gives the same report and reply document for a PDF as the in-process pipeline', async () => {
    const pdf = await makeTextPdf(LINES);
    const options = { fileName: 'cv.pdf', jobDescription: 'Requirements: Go, Kafka', now: NOW };
    const [pooled, local] = await Promise.all([analyzeFilePooled(pdf, options), analyzeFile(pdf, options)]);
    expect(pooled.report).toEqual(local.report);
    expect(pooled.document).toEqual(local.document);
    expect(pooled.report.file).toMatchObject({ name: 'cv.pdf', format: 'pdf' });
  }, 120_000);

  it('reviews pasted text there too, with the role asked for', async () => {
    const text = LINES.join('\n');
    const options = { role: 'api' as const, now: NOW };
    const pooled = await analyzeTextPooled(text, options);
    expect(pooled.report).toEqual((await analyzeText(text, options)).report);
    expect(pooled.report.role).toMatchObject({ id: 'api', source: 'requested' });
  }, 60_000);

  it('reads a text file as the file it is (its size, its name)', async () => {
    const bytes = new TextEncoder().encode(LINES.join('\n'));
    const options = { fileName: 'cv.txt', now: NOW };
    const pooled = await analyzeFilePooled(bytes, options);
    expect(pooled.report).toEqual((await analyzeFile(bytes, options)).report);
    expect(pooled.report.file).toMatchObject({ name: 'cv.txt', format: 'text' });
  }, 60_000);

  it('passes extraction errors through with their code, in the worker and before it', async () => {
    const empty = await analyzeFilePooled(new Uint8Array(0)).catch((e: unknown) => e);
    expect(isCodedError(empty) && empty.code).toBe('empty');
    const broken = new TextEncoder().encode('%PDF-1.7\nnot really a PDF');
    const corrupt = await analyzeFilePooled(broken).catch((e: unknown) => e);
    expect(isCodedError(corrupt) && corrupt.code).toBe('corrupt');
    const blank = await analyzeTextPooled('   \n  ').catch((e: unknown) => e);
    expect(isCodedError(blank) && blank.code).toBe('empty');
  }, 60_000);
});

describe('a text worker started without the check modules', () => {
  const pool = new ExtractorPool({ size: 1 });
  afterAll(() => pool.shutdown());
  const message = {
    kind: 'check',
    input: { from: 'text', text: LINES.join('\n'), bytes: null, maxBytes: 100_000, maxPages: 2 },
    fileName: null,
    role: null,
    jobDescription: null,
    now: NOW.getTime(),
  };

  it('loads them on its first check and answers it', async () => {
    const result = await pool.call({ kind: 'check', timeoutMs: 60_000, message, result: checkResultSchema });
    expect(result.report).toEqual((await analyzeText(LINES.join('\n'), { now: NOW })).report);
  }, 120_000);

  it('refuses an answer that does not fit the schema of its request (internal), and keeps serving', async () => {
    const wrong = z.object({ nothing: z.literal(true) });
    const err = await pool.call({ kind: 'check', timeoutMs: 60_000, message, result: wrong }).catch((e: unknown) => e);
    expect(isCodedError(err) && err.code).toBe('internal');
    const again = await pool.call({ kind: 'check', timeoutMs: 60_000, message, result: checkResultSchema });
    expect(again.document.messages[0]?.kind).toBe('summary');
  }, 120_000);
});

import { describe, it, expect, afterAll } from 'vitest';
import { analyzeFile, analyzeText } from '../../src/core/pipeline.js';
import { isCodedError } from '../../src/core/errors.js';
import { shutdownExtractors } from '../../src/core/extract/index.js';
import { makeTextPdf } from '../../scripts/lib/simple-pdf.js';
import { WEAK_BACKEND_RESUME } from '../helpers/sample-resumes.js';

afterAll(async () => {
  await shutdownExtractors();
});

describe('pipeline', () => {
  it('reviews pasted text with a requested role and a job description', async () => {
    const review = await analyzeText(WEAK_BACKEND_RESUME.join('\n'), {
      role: 'api',
      jobDescription: 'Requirements: OAuth, Go',
    });
    expect(review.report.file.format).toBe('text');
    expect(review.report.role).toMatchObject({ id: 'api', source: 'requested' });
    expect(review.report.match?.found).toEqual(['Go']);
    expect(review.document.messages[0]?.kind).toBe('summary');
  });

  it('reviews a PDF the same way as its text', async () => {
    const lines = WEAK_BACKEND_RESUME.map((l) => l.replace('•', '-'));
    const fromPdf = await analyzeFile(await makeTextPdf(lines), { fileName: 'cv.pdf' });
    const fromText = await analyzeText(lines.join('\n'));
    expect(fromPdf.report.file).toMatchObject({ name: 'cv.pdf', format: 'pdf', pages: 1 });
    expect(fromPdf.report.role.id).toBe(fromText.report.role.id);
    expect(fromPdf.report.sections.map((s) => s.kind)).toEqual(fromText.report.sections.map((s) => s.kind));
    expect(fromPdf.rewrites.map((r) => r.after)).toEqual(fromText.rewrites.map((r) => r.after));
  }, 120_000);

  it('passes extraction errors through with their code', async () => {
    const err = await analyzeFile(new Uint8Array(0)).catch((e: unknown) => e);
    expect(isCodedError(err) && err.code).toBe('empty');
  });
});

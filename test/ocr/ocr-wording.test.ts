import { describe, expect, it } from 'vitest';
import { summaryMessage } from '../../src/core/reply/build.js';
import { parseResumeText } from '../../src/core/resume/index.js';
import { reviewResume } from '../../src/core/review/review.js';
import { plain } from '../helpers/recording-channel.js';

const TEXT = [
  'Jordan Avery',
  'Backend Engineer',
  'EXPERIENCE',
  'Backend Engineer, Parcelwise, 2021 - 2024',
  '• Responsible for the shipment tracking API',
  'SKILLS',
  'Go, PostgreSQL, Redis',
].join('\n');

function summaryFor(
  ocr: { confidence: number; lowConfidencePages: number[] } | null,
  format: 'image' | 'pdf' = 'image',
) {
  const resume = parseResumeText(TEXT);
  const source = ocr ? { ...resume.source, format, ocr } : resume.source;
  return plain(summaryMessage(reviewResume({ ...resume, source }, { now: new Date('2026-06-01') })));
}

describe('OCR wording in the review', () => {
  it('says once that a picture was read by OCR, names hard pages, and doubts missing contact details', () => {
    const text = summaryFor({ confidence: 71, lowConfidencePages: [1] });
    expect(text).toMatch(/I read this from a picture by OCR, so the lines I quote may contain misreads/);
    expect(text).toMatch(/check the spelling of names, numbers, emails and links/);
    expect(text).toMatch(/Page 1 was hard to read/);
    expect(text).toMatch(/OCR may have misread it rather than it being missing/);
  });

  it('calls a scanned PDF a scanned PDF, and says nothing of OCR for a text resume', () => {
    expect(summaryFor({ confidence: 93, lowConfidencePages: [] }, 'pdf')).toMatch(/from a scanned PDF by OCR/);
    const plainText = summaryFor(null);
    expect(plainText).not.toMatch(/OCR/);
  });
});

/**
 * The whole check in one call: bytes (or pasted text) → extracted text → resume model → review → reply document.
 * Review is analysis only; the document (presentation) is built here from the review.
 * Extraction errors are CodedErrors (unsupported-format, too-large, …) and pass through unchanged.
 */
import { extractFile, extractPastedText } from './extract/index.js';
import type { ExtractOptions, ExtractResult } from './extract/types.js';
import { parseResume } from './resume/index.js';
import { reviewResume } from './review/review.js';
import { buildReviewDocument } from './reply/build.js';
import type { ReplyDocument } from './reply/types.js';
import type { Review } from './review/types.js';
import type { RoleId } from './roles/types.js';

export interface AnalyzeOptions {
  fileName?: string | null;
  /** Review against this role instead of the detected one. */
  role?: RoleId | null;
  jobDescription?: string | null;
  /** Byte, page and time limits for extraction. */
  limits?: Omit<ExtractOptions, 'fileName'>;
  /** The date "present" means (tests pin it). */
  now?: Date;
}

/** A review and the reply document built from it. */
export interface Analysis extends Review {
  document: ReplyDocument;
}

/** The pure part of a check: extracted text → resume model → review → reply document (no I/O). */
export function analyzeExtracted(
  extracted: ExtractResult,
  { role = null, jobDescription = null, now }: Pick<AnalyzeOptions, 'role' | 'jobDescription' | 'now'> = {},
): Analysis {
  const resume = parseResume(extracted);
  const review = reviewResume(resume, now ? { role, jobDescription, now } : { role, jobDescription });
  return { ...review, document: buildReviewDocument(review) };
}

export async function analyzeFile(
  bytes: Uint8Array,
  { fileName = null, limits = {}, ...options }: AnalyzeOptions = {},
): Promise<Analysis> {
  return analyzeExtracted(await extractFile(bytes, { ...limits, fileName }), options);
}

export async function analyzeText(
  text: string,
  { fileName = null, limits = {}, ...options }: AnalyzeOptions = {},
): Promise<Analysis> {
  return analyzeExtracted(extractPastedText(text, { ...limits, fileName }), options);
}

import type { ExtractOptions } from './types.js';

/**
 * Defaults for every limit. maxTotalPages: a resume is one to three pages, an academic CV maybe a dozen;
 * anything past 50 pages is not a resume, and refusing it early keeps page-count bombs cheap.
 */
export const DEFAULT_LIMITS = {
  maxBytes: 5_000_000,
  maxPages: 4,
  timeoutMs: 10_000,
  maxTotalPages: 50,
} as const;

export interface ResolvedLimits {
  maxBytes: number;
  maxPages: number;
  timeoutMs: number;
  maxTotalPages: number;
}

/** Text budget for formats without pages (DOCX, pasted text): about one dense page per 5,000 characters. */
export const CHARS_PER_PAGE = 5_000;

/** A DOCX whose ZIP entries claim to inflate beyond this is refused before mammoth opens it. */
export const MAX_DOCX_INFLATED_BYTES = 64_000_000;

function positive(value: number | undefined, fallback: number): number {
  return value !== undefined && Number.isFinite(value) && value > 0 ? value : fallback;
}

export function resolveLimits(opts: ExtractOptions = {}): ResolvedLimits {
  return {
    maxBytes: positive(opts.maxBytes, DEFAULT_LIMITS.maxBytes),
    maxPages: Math.floor(positive(opts.maxPages, DEFAULT_LIMITS.maxPages)),
    timeoutMs: positive(opts.timeoutMs, DEFAULT_LIMITS.timeoutMs),
    maxTotalPages: Math.floor(positive(opts.maxTotalPages, DEFAULT_LIMITS.maxTotalPages)),
  };
}

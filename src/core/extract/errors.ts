import { CodedError } from '../errors.js';

const ACCEPTED =
  'I can read PDF and Word (.docx) files, PNG, JPEG or WebP pictures of your resume, or you can paste the text into the chat.';

/** What an unsupported file looked like, to tailor the message. */
export type UnsupportedKind = 'image' | 'heic' | 'legacy-doc' | 'archive' | 'executable' | 'rtf' | 'other';

const UNSUPPORTED: Record<UnsupportedKind, string> = {
  image: `I can't open that kind of picture. ${ACCEPTED}`,
  heic: `That is an iPhone HEIC/HEIF photo, which I can't open. Send it as a PNG or JPEG (on the iPhone: Settings → Camera → Formats → Most Compatible, or take a screenshot of it), or better, send your resume as a PDF.`,
  'legacy-doc': `That looks like an old Word .doc file. Save it as .docx or PDF and send it again, or paste the text.`,
  archive: `That file is an archive, not a resume document. ${ACCEPTED}`,
  executable: `That file is a program, not a resume document. ${ACCEPTED}`,
  rtf: `That is a Rich Text (.rtf) file. Save it as .docx or PDF, or paste the text. ${ACCEPTED}`,
  other: `I don't recognise that file type. ${ACCEPTED}`,
};

function formatMb(bytes: number): string {
  const mb = bytes / 1_000_000;
  return mb >= 10 ? `${Math.round(mb)} MB` : `${mb.toFixed(1).replace(/\.0$/, '')} MB`;
}

export function unsupportedFormat(kind: UnsupportedKind = 'other'): CodedError {
  return new CodedError('unsupported-format', UNSUPPORTED[kind], { context: { kind } });
}

export function tooLarge(bytes: number, maxBytes: number): CodedError {
  return new CodedError(
    'too-large',
    `That file is ${formatMb(bytes)}; the limit is ${formatMb(maxBytes)}. Export a smaller PDF (without large images) or paste the text.`,
    { context: { bytes, maxBytes } },
  );
}

/** Small on disk, huge once unpacked (a compression bomb, or a file stuffed with data). Same code as too-large. */
export function expandsTooMuch(): CodedError {
  return new CodedError(
    'too-large',
    'That file unpacks to far more data than a real resume, so I stopped reading it. Export a fresh PDF or paste the text.',
    { context: { detail: 'expands' } },
  );
}

/**
 * The parser ran out of memory on it (its heap cap): a file with far more structure than a real resume
 * (100,000 paragraphs, say), which can be small on disk and small unpacked, so not a size problem.
 */
export function tooComplex(): CodedError {
  return new CodedError(
    'too-complex',
    'That file has far more in it than a real resume (so many paragraphs or objects that reading it used up the memory I allow for one file), so I stopped. Export a fresh PDF of just your resume, or paste the text.',
    { context: { detail: 'heap' } },
  );
}

export function tooManyPages(pages: number, maxTotalPages: number): CodedError {
  return new CodedError(
    'too-many-pages',
    `That document has ${pages} pages; I only review resumes of up to ${maxTotalPages} pages. Send just your resume.`,
    { context: { pages, maxTotalPages } },
  );
}

export function encrypted(): CodedError {
  return new CodedError(
    'encrypted',
    'That file is password-protected, so I cannot open it. Remove the password (or export a fresh PDF) and send it again.',
  );
}

export function corrupt(detail = 'unreadable', cause?: unknown): CodedError {
  return new CodedError(
    'corrupt',
    'I could not read that file: it seems damaged or incomplete. Export it again and resend, or paste the text.',
    { context: { detail }, cause },
  );
}

export function empty(): CodedError {
  return new CodedError(
    'empty',
    'That file has no text in it. Send your resume as a PDF or Word file, or paste the text.',
  );
}

export function noTextLayer(): CodedError {
  return new CodedError(
    'no-text-layer',
    'That PDF looks like a scan or a picture: it has almost no selectable text. ' +
      'Export a text PDF from your editor (Word, Google Docs, Canva: "Download as PDF"), or paste the text.',
  );
}

export function timedOut(timeoutMs: number): CodedError {
  return new CodedError(
    'timeout',
    `Reading that file took too long (over ${Math.round(timeoutMs / 1000)} s), so I stopped. ` +
      'Export a simpler PDF, or paste the text.',
    { context: { timeoutMs } },
  );
}

/** OCR took longer than its own limit (OCR_TIMEOUT_MS), so the worker was stopped. */
export function ocrTimedOut(timeoutMs: number): CodedError {
  return new CodedError(
    'ocr-timeout',
    `That looks like a scan or a photo, so I tried to read it by OCR, but it took too long (over ${Math.round(timeoutMs / 1000)} s) and I stopped. ` +
      'Send the original PDF or Word file if you have it, or a sharper screenshot of one page.',
    { context: { timeoutMs } },
  );
}

/** The OCR worker died while reading the file (a crash on our side, e.g. a signal): said as such, not as a damaged file. */
export function ocrFailed(signal: string | null): CodedError {
  return new CodedError(
    'ocr-failed',
    'That looks like a scan or a photo, so I tried to read it by OCR, but the reader stopped on it (a fault on my side, not in your file). ' +
      'Send it again, or send the original PDF or Word file if you have it.',
    { context: { signal } },
  );
}

/** OCR ran but could not read enough with confidence: a review of misread text would be nonsense. */
export function ocrUnclear(confidence: number, words: number): CodedError {
  return new CodedError(
    'ocr-unclear',
    "I couldn't read this clearly: it looks like a scan or a photo, and too much of the text came out unsure. " +
      'Send the original PDF or Word file if you can; otherwise a straight, well-lit, in-focus photo or a screenshot at full size works best.',
    { context: { confidence: Math.round(confidence), words } },
  );
}

/** Width × height beyond what a page scan ever needs: refused from the header, before the picture is decoded. */
export function imageTooLarge(width: number, height: number): CodedError {
  return new CodedError(
    'too-large',
    `That picture is ${width}×${height} pixels, far larger than a page needs, so I did not open it. Send a smaller screenshot or photo, or the PDF.`,
    { context: { detail: 'pixels', width, height } },
  );
}

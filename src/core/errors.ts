/**
 * Errors carry a stable string code (bolt-js's CodedError idea) and a friendly message that is safe to
 * show to the user. `context` is for logs: never put resume text, tokens or URLs in it.
 */
/** The codes an extraction (and so the extraction worker's wire protocol) can fail with. */
export const EXTRACT_ERROR_CODES = [
  'unsupported-format',
  'too-large',
  'too-many-pages',
  'encrypted',
  'corrupt',
  'empty',
  'no-text-layer',
  'timeout',
  /** Reading it exhausted the parser's memory (a crash, not a size problem: the file may be small). */
  'too-complex',
  // OCR (images and scanned PDFs)
  'ocr-timeout',
  'ocr-unclear',
  /** The OCR worker died on the file (a crash of the engine or its image library, not a damaged file). */
  'ocr-failed',
] as const;

export const ERROR_CODES = [
  ...EXTRACT_ERROR_CODES,
  // conversation
  'no-resume',
  'no-file',
  'rate-limited',
  'bad-arguments',
  'unknown-command',
  'download-failed',
  'misconfigured',
  'internal',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export class CodedError extends Error {
  readonly code: ErrorCode;
  /** What we say to the user: plain words, no stack, no internals. */
  readonly userMessage: string;
  readonly context: Readonly<Record<string, string | number | boolean | null>>;

  constructor(
    code: ErrorCode,
    userMessage: string,
    options: { context?: Record<string, string | number | boolean | null>; cause?: unknown } = {},
  ) {
    super(`${code}: ${userMessage}`, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'CodedError';
    this.code = code;
    this.userMessage = userMessage;
    this.context = options.context ?? {};
  }
}

export function isCodedError(err: unknown): err is CodedError {
  return err instanceof CodedError;
}

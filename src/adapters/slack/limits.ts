/**
 * Slack's message limits, as named constants. Values from Slack's Block Kit reference; `messageTotalChars`
 * stays under the ~13k characters at which `msg_blocks_too_long` has been observed.
 */
export const SLACK_LIMITS = {
  /** Blocks in one message. */
  blocksPerMessage: 50,
  /** Characters in a section's text (and in a context element's text). */
  sectionTextChars: 3000,
  /** Characters in a header block's plain_text. */
  headerChars: 150,
  /** Fields in one section, and characters in each. */
  sectionFields: 10,
  fieldChars: 2000,
  /** Elements in one context block. */
  contextElements: 10,
  /** The top-level `text` fallback. */
  fallbackTextChars: 40_000,
  /** Text across all blocks of one message (our own margin below the observed ~13k failure point). */
  messageTotalChars: 12_000,
  /** Slack's own upload cap: no bot download can be bigger. */
  maxDownloadBytes: 1_000_000_000,
} as const;

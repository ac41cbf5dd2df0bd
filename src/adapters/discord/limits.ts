/**
 * Discord's hard limits that the renderer and the adapter respect (https://discord.com/developers/docs/resources/message#embed-object-embed-limits).
 * Going over one of them makes Discord reject the whole message with a 400, so the renderer splits instead.
 */
export const DISCORD_LIMITS = {
  contentChars: 2000,
  embedsPerMessage: 10,
  embedTitle: 256,
  embedDescription: 4096,
  embedFields: 25,
  fieldName: 256,
  fieldValue: 1024,
  /** Title + description + field names/values + footer + author, summed over ALL embeds of one message. */
  embedTotalChars: 6000,
  footer: 2048,
  /** A thread name (channel name). */
  threadName: 100,
  /** Slash command and option descriptions. */
  commandDescription: 100,
  commandChoices: 25,
} as const;

/** A typing indicator lasts ~10 s: repeat a little sooner. */
export const TYPING_REPEAT_MS = 8_000;

/** Discord's default upload limit for a (non-boosted) server or DM. */
export const DEFAULT_UPLOAD_BYTES = 10 * 1024 * 1024;

/**
 * Telegram Bot API limits we respect (https://core.telegram.org/bots/api). Named here so the renderer,
 * the channel and the file download agree on one table.
 */
export const TELEGRAM_LIMITS = {
  /** sendMessage text: 1–4096 characters after entity parsing. We also keep the raw HTML under it. */
  messageChars: 4096,
  /** Captions of media messages. */
  captionChars: 1024,
  /** getFile only serves files up to 20 MB to bots (cloud Bot API). */
  maxDownloadBytes: 20 * 1024 * 1024,
  /** A chat action shows for about 5 s; we repeat it a little sooner while work is under way. */
  typingRepeatMs: 4_000,
  /** setMyCommands: command names 1–32 of [a-z0-9_], descriptions 1–256 characters, at most 100 commands. */
  commandNameChars: 32,
  commandDescriptionChars: 256,
  maxCommands: 100,
} as const;

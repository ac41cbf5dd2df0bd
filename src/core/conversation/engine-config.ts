/** The engine's knobs (src/config.ts maps the environment onto these). */
export interface EngineConfig {
  /** Checks per user per window (the rate limit). */
  checksPerWindow: number;
  rateWindowMs: number;
  /** Our byte cap on one file, checked before downloading. */
  maxFileBytes: number;
  maxPages: number;
  extractTimeoutMs: number;
  /** Post the score card picture with each review (CARD=off: text only). */
  cards: boolean;
  /** How long to wait for the next part of a paste the platform cut (Telegram, over 4,096 characters). */
  pasteJoinMs?: number;
  /**
   * How long a claim on an event lasts without renewal (./event-claims.ts): a process that dies mid-handler
   * has its event handled by the next delivery after this long. Renewed every third of it.
   */
  eventLeaseMs?: number;
}

export const DEFAULT_ENGINE_CONFIG: EngineConfig = {
  checksPerWindow: 10,
  rateWindowMs: 3_600_000,
  maxFileBytes: 5_000_000,
  maxPages: 4,
  extractTimeoutMs: 10_000,
  cards: true,
  pasteJoinMs: 1500,
  eventLeaseMs: 30_000,
};

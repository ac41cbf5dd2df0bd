/**
 * The contract between the platform-neutral engine and every platform adapter.
 *
 * An adapter turns a platform update into ONE `CoreEvent` plus ONE `ReplyChannel` (grammY's "one context
 * per update") and calls `engine.handle(event, channel)`. The engine decides what to say; the adapter
 * decides how it looks and where it goes on its platform. Nothing here imports a platform library.
 */
import type { ReplyMessage } from '../reply/types.js';

/** An adapter's id ('telegram', 'slack', …; see src/adapters/registry.ts): lower-case, stable, part of store keys. */
export type Platform = string;

export interface IncomingFile {
  name: string | null;
  /** Size in bytes as the platform reports it (checked against the cap BEFORE fetch). */
  size: number | null;
  mimeType: string | null;
  /**
   * Downloads the bytes, hiding the platform's auth. Must refuse (CodedError 'too-large') past maxBytes
   * even if the platform lied about the size, and never log the URL.
   */
  fetch(maxBytes: number): Promise<Uint8Array>;
}

/** A message the user's event replies to (Telegram reply, Slack/Discord reference). */
export interface RepliedMessage {
  messageId: string;
  /** True when the replied-to message was posted by this bot. */
  fromBot: boolean;
  text: string | null;
  files: IncomingFile[];
}

export interface CoreEvent {
  /** Platform id of the update/event/interaction: used to de-duplicate redeliveries. */
  id: string;
  platform: Platform;
  user: { id: string; name: string | null };
  conversation: { id: string; kind: 'dm' | 'channel' };
  /** The thread the event happened in (Slack thread_ts, Discord thread channel id, Telegram forum topic / reply-chain root); null if none. */
  threadId: string | null;
  /** The platform message id of the user's message (null for slash commands without one). */
  messageId: string | null;
  replyTo: RepliedMessage | null;
  /** The text as typed (a leading "/check" or mention may be included; the engine parses it). */
  text: string;
  files: IncomingFile[];
  /** DM, mention of the bot, reply to the bot, or a command: the bot should answer. */
  addressed: boolean;
  /**
   * Set when the platform parsed a native command (Slack/Discord slash commands). `private`: only the
   * requester saw it being typed (Slack), so its answers stay private too (src/core/conversation/privacy.ts).
   */
  command: { name: string; args: string; private?: boolean } | null;
}

/**
 * Where a channel posts, as plain data (ids only, never text or tokens): a queue worker in another process
 * turns it back into a channel with the platform's `ChannelDirectory` (src/core/queue). A channel without
 * one is answered by the process that received the event.
 */
export interface ChannelAddress {
  platform: Platform;
  place: Readonly<Record<string, string | number | boolean | null>>;
}

/** Where a posted message landed: enough to reply to it, thread on it, or find it again. */
export interface MessageRef {
  messageId: string;
  /** The thread the message lives in (null: top level). */
  threadId: string | null;
}

export interface Progress {
  /** Replace the progress text (no-op where the platform cannot edit). */
  update(text: string): Promise<void>;
  /** Remove/stop the progress indicator (idempotent). */
  done(): Promise<void>;
  /** The placeholder message, when progress is one (so a retried job can remove one left behind). */
  readonly ref?: MessageRef;
}

export interface SendOptions {
  replyTo?: string | null;
  /**
   * Unique per post of a job's step (`<jobId>:<step>`): a platform that dedupes posts by a client key
   * (Discord's nonce) passes it on, so a retried job whose journal write was lost still posts once.
   */
  idempotencyKey?: string;
  /**
   * An earlier attempt at this step may have posted it (its intent was recorded, its result was not): a
   * platform that can look up its own recent posts does so before posting again (Slack: metadata marker).
   */
  maybePosted?: boolean;
}

/**
 * What the engine may do in reply to one event. Adapters implement it per event; a capability the
 * platform lacks degrades gracefully (e.g. `thread` on a platform without threads returns a channel that
 * replies to `on` instead; `sendPrivate` falls back to a DM, then to the same place). Who sees a reply is
 * decided in src/core/conversation/privacy.ts, never here: `send` always posts in place.
 */
export interface ReplyChannel {
  /** Biggest file the platform lets a bot download (the engine caps downloads at this and MAX_FILE_MB). */
  readonly maxDownloadBytes: number;
  /** `sendPrivate` can show a message to the requester alone, in place (Slack/Discord ephemeral). */
  readonly ephemeral: boolean;
  /**
   * Post in the event's place: inside the event's thread if it has one, otherwise in the conversation.
   * `replyTo` makes it a reply to that message where the platform supports replies.
   * Long messages are split by the adapter (never truncated); the returned ref is the FIRST part.
   */
  send(message: ReplyMessage, options?: SendOptions): Promise<MessageRef>;
  /**
   * A channel whose sends go into a thread hanging off `on` (a message this bot posted). If the event is
   * already inside a thread, that thread is reused.
   */
  thread(on: MessageRef, title: string): Promise<ReplyChannel>;
  /** Only the requester sees it: ephemeral where possible, else a DM, else the same place. */
  sendPrivate(message: ReplyMessage): Promise<void>;
  /** Show that work is under way within a second (typing, or a placeholder message edited later). */
  progress(text: string): Promise<Progress>;
  /** Deletes a message this bot posted here (a progress placeholder left by a crashed attempt). */
  remove?(ref: MessageRef): Promise<void>;
  /** Set when a worker in another process can reopen this channel (a durable queued check). */
  readonly address?: ChannelAddress;
  /** How a user types a command here (Slack: "/resume role"); "/<name>" when absent. */
  commandSyntax?(name: string): string;
  /** How to send a file on this platform, when it differs from attaching it to /check. */
  readonly fileHint?: string;
}

/** Command metadata, from which help and native slash-command registrations are generated. */
export interface CommandArgSpec {
  name: string;
  description: string;
  type: 'string' | 'file';
  required: boolean;
  choices?: readonly string[];
}

export interface CommandSpec {
  name: string;
  description: string;
  usage: string;
  args: CommandArgSpec[];
  /**
   * Who sees its answers outside a DM: 'always' the requester alone (personal data: /forget, /privacy);
   * 'where-ephemeral' the requester alone where the channel can do that in place, else everyone (/help).
   * Unset: where the command was typed.
   */
  private?: 'always' | 'where-ephemeral';
}

/** What adapters depend on. */
export interface Engine {
  /** Never throws: every failure ends in the engine's one error handler and a polite reply. */
  handle(event: CoreEvent, channel: ReplyChannel): Promise<void>;
  readonly commands: readonly CommandSpec[];
}

/** What every platform adapter exports for src/main.ts. */
export interface PlatformRuntime {
  readonly platform: Platform;
  start(): Promise<void>;
  stop(): Promise<void>;
  /** Whether the platform connection is up right now (readiness: a dropped gateway or socket is not ready). Absent: up once started. */
  connected?(): boolean;
  /**
   * Resolves (never rejects) when the platform ended the connection for good after start (a reset token,
   * disallowed intents, another poller): the process should exit non-zero so a supervisor restarts it.
   */
  readonly fatal?: Promise<Error>;
}

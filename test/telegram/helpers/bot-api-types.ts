/** What the fake Bot API records and serves: calls, sent messages and photos, uploads, failures, polls. */
import type { ServerResponse } from 'node:http';

export type Params = Record<string, unknown>;

export interface RecordedCall {
  method: string;
  params: Params;
}

export interface SentMessage extends Params {
  message_id: number;
  text: string;
  chat_id?: unknown;
  reply_parameters?: { message_id: number; allow_sending_without_reply?: boolean };
  message_thread_id?: number;
  parse_mode?: string;
}

/** A file the bot uploaded (multipart/form-data), e.g. sendPhoto's photo. */
export interface UploadedFile {
  field: string;
  fileName: string;
  contentType: string;
  bytes: Uint8Array;
}

/** A photo the bot sent, with the id the fake gave it. */
export interface SentPhoto extends Params {
  message_id: number;
  chat_id?: unknown;
  caption?: string;
  reply_parameters?: { message_id: number; allow_sending_without_reply?: boolean };
  message_thread_id?: number;
  photo: UploadedFile;
}

export interface ApiFailure {
  error_code: number;
  description: string;
  parameters?: { retry_after?: number; migrate_to_chat_id?: number };
}

export interface StoredFile {
  bytes: Uint8Array;
  /** What getFile reports (may differ from the bytes, to test a lying platform). */
  reportedSize: number;
}

export interface PendingPoll {
  offset: number;
  res: ServerResponse;
  timer: NodeJS.Timeout;
}

export type Waiter = { check: () => boolean; resolve: () => void };

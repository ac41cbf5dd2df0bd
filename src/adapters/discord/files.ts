/**
 * Discord attachments as the engine's IncomingFile. Attachment URLs are signed and expire, so the bytes are
 * fetched as soon as the engine asks (never stored for later) and capped while streaming: the size Discord
 * reports is checked first, the Content-Length next, and the bytes actually received last.
 */
import type { Attachment } from 'discord.js';
import { contentLength, fileTooLarge, readCapped } from '../../core/conversation/downloads.js';
import { CodedError } from '../../core/errors.js';
import type { IncomingFile } from '../../core/conversation/types.js';

export interface AttachmentLike {
  name: string | null;
  size: number;
  contentType: string | null;
  url: string;
}

export interface FileFetchOptions {
  timeoutMs?: number;
}

async function download(url: string, maxBytes: number, timeoutMs: number): Promise<Uint8Array> {
  let response: Response;
  try {
    response = await fetch(url, { signal: AbortSignal.timeout(timeoutMs), redirect: 'follow' });
  } catch (cause) {
    throw new CodedError('download-failed', 'I could not download that file from Discord. Please send it again.', {
      cause,
    });
  }
  if (!response.ok || !response.body) {
    await response.body?.cancel();
    throw new CodedError('download-failed', 'I could not download that file from Discord. Please send it again.', {
      context: { status: response.status },
    });
  }
  try {
    return await readCapped(response.body, maxBytes, contentLength(response.headers));
  } catch (cause) {
    if (cause instanceof CodedError) throw cause;
    throw new CodedError('download-failed', 'The download from Discord broke off. Please send the file again.', {
      cause,
    });
  }
}

export function toIncomingFile(
  attachment: AttachmentLike,
  { timeoutMs = 20_000 }: FileFetchOptions = {},
): IncomingFile {
  let cached: Promise<Uint8Array> | null = null;
  return {
    name: attachment.name,
    size: attachment.size,
    mimeType: attachment.contentType,
    fetch(maxBytes: number): Promise<Uint8Array> {
      if (attachment.size > maxBytes) return Promise.reject(fileTooLarge(attachment.size, maxBytes));
      cached ??= download(attachment.url, maxBytes, timeoutMs);
      return cached;
    },
  };
}

export function attachmentFiles(attachments: Iterable<Attachment>, options?: FileFetchOptions): IncomingFile[] {
  return [...attachments].map((a) =>
    toIncomingFile({ name: a.name, size: a.size, contentType: a.contentType, url: a.url }, options),
  );
}

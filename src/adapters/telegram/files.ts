/**
 * Telegram documents as IncomingFile: size checked against the cap before anything is downloaded, then
 * getFile + a capped streaming download from `${apiRoot}/file/bot<token>/<file_path>`. The download URL
 * holds the bot token, so it never appears in logs or errors.
 */
import type { Api } from 'grammy';
import { contentLength, fileTooLarge, readCapped } from '../../core/conversation/downloads.js';
import { CodedError } from '../../core/errors.js';
import type { IncomingFile } from '../../core/conversation/types.js';
import { TELEGRAM_LIMITS } from './limits.js';

export interface TelegramFileRef {
  file_id: string;
  file_size?: number;
  file_name?: string;
  mime_type?: string;
}

export interface FileSource {
  api: Api;
  token: string;
  apiRoot: string;
  /** Per-download time limit. */
  timeoutMs?: number;
}

function downloadFailed(reason: string, context: Record<string, string | number | null> = {}): CodedError {
  return new CodedError('download-failed', 'I could not download that file from Telegram. Please send it again.', {
    context: { reason, ...context },
  });
}

export function telegramFile(source: FileSource, ref: TelegramFileRef): IncomingFile {
  const { api, token, apiRoot, timeoutMs = 30_000 } = source;
  return {
    name: ref.file_name ?? null,
    size: ref.file_size ?? null,
    mimeType: ref.mime_type ?? null,
    async fetch(maxBytes: number): Promise<Uint8Array> {
      const cap = Math.min(maxBytes, TELEGRAM_LIMITS.maxDownloadBytes);
      if (ref.file_size !== undefined && ref.file_size > cap) throw fileTooLarge(ref.file_size, cap);
      let filePath: string | undefined;
      try {
        const file = await api.getFile(ref.file_id);
        if (file.file_size !== undefined && file.file_size > cap) throw fileTooLarge(file.file_size, cap);
        filePath = file.file_path;
      } catch (err) {
        if (err instanceof CodedError) throw err;
        // Telegram answers 400 "file is too big" past its own 20 MB download limit.
        if (err instanceof Error && /too big/i.test(err.message)) throw fileTooLarge(ref.file_size ?? null, cap);
        throw downloadFailed('getFile');
      }
      if (!filePath) throw downloadFailed('no-file-path');
      let response: Response;
      try {
        response = await fetch(`${apiRoot}/file/bot${token}/${filePath}`, { signal: AbortSignal.timeout(timeoutMs) });
      } catch {
        // The fetch error may quote the URL: drop it.
        throw downloadFailed('network');
      }
      if (!response.ok || !response.body) {
        await response.body?.cancel();
        throw downloadFailed('status', { status: response.status });
      }
      try {
        return await readCapped(response.body, cap, contentLength(response.headers));
      } catch (err) {
        if (err instanceof CodedError) throw err;
        throw downloadFailed('stream');
      }
    },
  };
}

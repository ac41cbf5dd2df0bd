/**
 * Capped downloads shared by every adapter: one "too large" message, and one streaming reader that refuses
 * as soon as the body passes the cap (a platform's reported size, or the Content-Length, may be wrong).
 * Platform wording for failed downloads stays in the adapters.
 */
import { CodedError } from '../errors.js';

/** "800 KB", "1.5 MB", "2 MB", "30 MB". */
export function formatBytes(bytes: number): string {
  if (bytes < 1_000_000) return `${Math.max(1, Math.round(bytes / 1000))} KB`;
  const mb = bytes / 1_000_000;
  return `${Number.isInteger(mb) || mb >= 10 ? Math.round(mb) : mb.toFixed(1)} MB`;
}

/** The 'too-large' error; `size` is null when only "more than the cap" is known (the stream passed it). */
export function fileTooLarge(size: number | null, cap: number): CodedError {
  const what = size === null ? 'over my limit' : formatBytes(size);
  return new CodedError(
    'too-large',
    `That file is ${what}; I can read resumes up to ${formatBytes(cap)}. A resume exported as PDF is usually well under 1 MB: try exporting it again without embedded images.`,
    { context: { bytes: size, cap } },
  );
}

/** The Content-Length header as a number; null when absent or not a number. */
export function contentLength(headers: Headers): number | null {
  const raw = headers.get('content-length');
  if (raw === null || raw.trim() === '') return null;
  const n = Number(raw);
  return Number.isFinite(n) ? n : null;
}

/**
 * Reads the whole body, refusing (fileTooLarge, body cancelled) when `declaredLength` is over the cap or as
 * soon as the bytes received pass it. A null body is an empty file. Stream errors are thrown as they are:
 * the adapter words them.
 */
export async function readCapped(
  body: ReadableStream<Uint8Array> | null,
  cap: number,
  declaredLength: number | null = null,
): Promise<Uint8Array> {
  if (declaredLength !== null && declaredLength > cap) {
    await body?.cancel();
    throw fileTooLarge(declaredLength, cap);
  }
  if (body === null) return new Uint8Array();
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > cap) {
      await reader.cancel();
      throw fileTooLarge(null, cap);
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

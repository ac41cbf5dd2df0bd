/**
 * Slack file objects → IncomingFile. Downloads use `url_private_download` with the bot token as a Bearer
 * header. The URL is never logged. Without the `files:read` scope Slack answers with an HTML sign-in page
 * instead of the file: that becomes a 'misconfigured' error that says exactly what to fix.
 */
import { z } from 'zod';
import { contentLength, fileTooLarge, readCapped } from '../../core/conversation/downloads.js';
import { CodedError } from '../../core/errors.js';
import type { IncomingFile } from '../../core/conversation/types.js';

const slackFileSchema = z.object({
  id: z.string(),
  name: z.string().nullish(),
  title: z.string().nullish(),
  mimetype: z.string().nullish(),
  size: z.number().nullish(),
  url_private_download: z.string().nullish(),
  url_private: z.string().nullish(),
  /** 'tombstone' (deleted) and 'hidden_by_limit' files cannot be downloaded. */
  mode: z.string().nullish(),
  /** 'check_file_info': the event carries only the id (e.g. Slack Connect); ask files.info. */
  file_access: z.string().nullish(),
});
export type SlackFile = z.infer<typeof slackFileSchema>;

export const MISSING_FILES_READ =
  "I can't open files in this workspace: Slack sent a sign-in page instead of the file, which means the app " +
  'is missing the files:read permission. A workspace admin needs to add the files:read bot token scope ' +
  '(api.slack.com/apps → this app → OAuth & Permissions → Scopes) and then reinstall the app to the workspace.';

export interface FileDeps {
  botToken: string;
  /** Looks a file up with files.info when the event carried only its id. */
  fileInfo: (id: string) => Promise<unknown>;
  fetchFn?: typeof fetch;
  timeoutMs?: number;
}

/** Parses the `files` array of an event; entries that are not file objects are skipped. */
export function parseSlackFiles(raw: unknown): SlackFile[] {
  if (!Array.isArray(raw)) return [];
  return raw.flatMap((entry) => {
    const parsed = slackFileSchema.safeParse(entry);
    return parsed.success ? [parsed.data] : [];
  });
}

export function toIncomingFile(file: SlackFile, deps: FileDeps): IncomingFile {
  return {
    name: file.name ?? file.title ?? null,
    size: file.size ?? null,
    mimeType: file.mimetype ?? null,
    fetch: (maxBytes: number) => downloadSlackFile(file, maxBytes, deps),
  };
}

const fileInfoSchema = z.object({ file: slackFileSchema });

export async function downloadSlackFile(
  file: SlackFile,
  maxBytes: number,
  { botToken, fileInfo, fetchFn = globalThis.fetch, timeoutMs = 30_000 }: FileDeps,
): Promise<Uint8Array> {
  let current = file;
  checkSize(current.size, maxBytes);
  if (downloadUrl(current) === null && current.file_access === 'check_file_info') {
    const info = fileInfoSchema.safeParse(await fileInfo(current.id));
    if (info.success) current = info.data.file;
    checkSize(current.size, maxBytes);
  }
  if (current.mode === 'tombstone' || current.mode === 'hidden_by_limit') {
    throw new CodedError(
      'download-failed',
      'That file is no longer available on Slack (deleted or hidden). Please upload it again.',
      {
        context: { mode: current.mode },
      },
    );
  }
  const url = downloadUrl(current);
  if (url === null) {
    throw new CodedError(
      'download-failed',
      "Slack didn't give me a way to download that file. Please upload it again as a PDF or DOCX.",
    );
  }
  let response: Response;
  try {
    response = await fetchFn(url, {
      headers: { Authorization: `Bearer ${botToken}` },
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (cause) {
    throw new CodedError('download-failed', "I couldn't download that file from Slack. Please try again in a minute.", {
      cause,
    });
  }
  const contentType = response.headers.get('content-type') ?? '';
  if (contentType.toLowerCase().startsWith('text/html')) {
    await response.body?.cancel();
    throw new CodedError('misconfigured', MISSING_FILES_READ, { context: { status: response.status } });
  }
  if (!response.ok) {
    await response.body?.cancel();
    throw new CodedError('download-failed', "I couldn't download that file from Slack. Please try again in a minute.", {
      context: { status: response.status },
    });
  }
  return readCapped(response.body, maxBytes, contentLength(response.headers));
}

function downloadUrl(file: SlackFile): string | null {
  return file.url_private_download ?? file.url_private ?? null;
}

function checkSize(size: number | null | undefined, maxBytes: number): void {
  if (size !== null && size !== undefined && size > maxBytes) throw fileTooLarge(size, maxBytes);
}

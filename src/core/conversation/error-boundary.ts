/**
 * The one error handler: every failure (CodedError or not) becomes a polite reply — privately in
 * channels — and one log line with the code and ids. Never the message text, never resume text.
 */
import { isCodedError } from '../errors.js';
import { log } from '../log.js';
import { errorMessage } from './messages.js';
import { deliver } from './privacy.js';
import type { CoreEvent, ReplyChannel } from './types.js';

const INTERNAL_MESSAGE = 'Sorry, something went wrong on my side while handling that. Please try again in a moment.';

const HINTS: Partial<Record<string, string>> = {
  'unsupported-format': 'I read PDF, DOCX, plain text, and PNG, JPEG or WebP pictures.',
  'no-text-layer': 'If your PDF is a scan, export it again from your editor, or paste the text.',
  'bad-arguments': 'Send /help to see every command.',
  'unknown-command': 'Send /help to see every command.',
  'no-resume': 'Send your resume as a PDF or DOCX, or paste its text.',
};

/** Only numbers and booleans from an error's context reach the log (strings could hold names or text). */
function safeContext(
  context: Readonly<Record<string, string | number | boolean | null>>,
): Record<string, number | boolean> {
  const out: Record<string, number | boolean> = {};
  for (const [key, value] of Object.entries(context))
    if (typeof value === 'number' || typeof value === 'boolean') out[key] = value;
  return out;
}

/** Stack frames without the first line (which carries the message). */
function frames(err: unknown): string[] | undefined {
  return err instanceof Error && err.stack
    ? err.stack
        .split('\n')
        .slice(1, 6)
        .map((l) => l.trim())
    : undefined;
}

export async function handleFailure(
  err: unknown,
  event: CoreEvent,
  channel: ReplyChannel,
  command: string | null,
): Promise<void> {
  const coded = isCodedError(err) ? err : null;
  const code = coded?.code ?? 'internal';
  const ids = {
    code,
    eventId: event.id,
    platform: event.platform,
    conversationId: event.conversation.id,
    userId: event.user.id,
    command,
  };
  if (coded && code !== 'internal') log.info({ ...ids, ...safeContext(coded.context) }, 'event failed');
  else
    log.error({ ...ids, errName: err instanceof Error ? err.name : typeof err, frames: frames(err) }, 'event failed');

  const message = errorMessage(coded ? coded.userMessage : INTERNAL_MESSAGE, HINTS[code] ?? null, code);
  try {
    await deliver(event, channel, message);
  } catch (replyErr) {
    log.error({ ...ids, errName: replyErr instanceof Error ? replyErr.name : typeof replyErr }, 'error reply failed');
  }
}

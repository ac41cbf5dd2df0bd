/** Small builders for the engine's own plain-text messages (notices, errors, answers). */
import type { Block, ReplyMessage, Tone } from '../reply/types.js';

export function notice(
  title: string,
  paragraphs: readonly string[],
  extra: { blocks?: Block[]; tone?: Tone; private?: boolean } = {},
): ReplyMessage {
  const { blocks = [], tone = 'info' } = extra;
  return {
    kind: 'notice',
    title,
    tone,
    blocks: [...paragraphs.map((text): Block => ({ type: 'paragraph', text })), ...blocks],
    ...(extra.private === undefined ? {} : { private: extra.private }),
  };
}

/** Error titles say what happened in the user's terms; the body says what to do. */
const ERROR_TITLES: Partial<Record<string, string>> = {
  'unsupported-format': "I can't read that kind of file",
  'too-large': 'That file is too big',
  'too-many-pages': 'That file has too many pages',
  encrypted: 'That file is password-protected',
  corrupt: 'That file looks damaged',
  empty: 'That file is empty',
  'no-text-layer': 'That PDF has no text I can read',
  timeout: 'That file took too long to read',
  'too-complex': 'That file is too complex to read',
  'ocr-timeout': 'That scan took too long to read',
  'ocr-unclear': "I couldn't read that picture clearly",
  'ocr-failed': "I couldn't finish reading that scan",
  'no-resume': 'I need your resume first',
  'no-file': 'I need your resume first',
  'rate-limited': 'Too many checks for now',
  'bad-arguments': "I didn't understand that command",
  'unknown-command': "I don't know that command",
  'download-failed': "I couldn't download that file",
  misconfigured: 'The bot is not set up correctly',
};

export function errorMessage(text: string, hint: string | null = null, code: string | null = null): ReplyMessage {
  const blocks: Block[] = [{ type: 'paragraph', text }];
  if (hint) blocks.push({ type: 'context', text: hint });
  const title = (code && ERROR_TITLES[code]) ?? 'Something went wrong';
  return { kind: 'error', title, tone: 'medium', blocks, private: true };
}

/** "about 23 minutes" / "about a minute". */
export function humanDuration(ms: number): string {
  const minutes = Math.max(1, Math.ceil(ms / 60_000));
  if (minutes === 1) return 'about a minute';
  if (minutes < 90) return `about ${minutes} minutes`;
  const hours = Math.round(minutes / 60);
  if (hours < 48) return `about ${hours} hours`;
  return `about ${Math.round(hours / 24)} days`;
}

/** A period as a noun phrase: "hour", "7 days", "90 minutes". */
export function periodName(ms: number): string {
  return ms === 3_600_000 ? 'hour' : humanDuration(ms).replace(/^about /, '');
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

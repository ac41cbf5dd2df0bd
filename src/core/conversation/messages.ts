/** Small builders for the engine's own plain-text messages (notices, errors, answers). */
import type { Block, ReplyMessage, Tone } from '../reply/types.js';

export function notice(title: string, paragraphs: readonly string[], extra: { blocks?: Block[]; tone?: Tone; private?: boolean } = {}): ReplyMessage {
  const { blocks = [], tone = 'info' } = extra;
  return {
    kind: 'notice',
    title,
    tone,
    blocks: [...paragraphs.map((text): Block => ({ type: 'paragraph', text })), ...blocks],
    ...(extra.private === undefined ? {} : { private: extra.private }),
  };
}

export function errorMessage(text: string, hint: string | null = null): ReplyMessage {
  const blocks: Block[] = [{ type: 'paragraph', text }];
  if (hint) blocks.push({ type: 'context', text: hint });
  return { kind: 'error', title: 'Something went wrong', tone: 'medium', blocks, private: true };
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

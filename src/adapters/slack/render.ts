/**
 * ReplyMessage → Slack messages (Block Kit + a `text` fallback). Pure: no I/O, no clock.
 *
 * Long content is split, never truncated: a paragraph too long for one section becomes several sections
 * (cut at paragraph, line, sentence or word boundaries), and a message that would pass the block or
 * character budget continues in the next message, which starts with a "(continued)" context line.
 * User text is always escaped (`& < >`) and every mrkdwn object is `verbatim`, so nothing in a resume can
 * become a mention or a link.
 */
import type { Block, ReplyMessage, Tone } from '../../core/reply/types.js';
import { SLACK_LIMITS } from './limits.js';
import { escapeMrkdwn } from './mrkdwn.js';

interface MrkdwnText {
  type: 'mrkdwn';
  text: string;
  verbatim: true;
}
interface PlainText {
  type: 'plain_text';
  text: string;
  emoji: true;
}
export type SlackBlock =
  | { type: 'header'; text: PlainText }
  | { type: 'section'; text: MrkdwnText }
  | { type: 'section'; fields: MrkdwnText[] }
  | { type: 'context'; elements: MrkdwnText[] }
  | { type: 'divider' };

export interface SlackMessage {
  /** Notification/accessibility fallback (mrkdwn, escaped). */
  text: string;
  blocks: SlackBlock[];
}

export interface RenderLimits {
  blocksPerMessage: number;
  sectionTextChars: number;
  headerChars: number;
  sectionFields: number;
  fieldChars: number;
  messageTotalChars: number;
}

const TONE_ICON: Record<Tone, string> = {
  high: ':red_circle:',
  medium: ':large_orange_circle:',
  low: ':large_yellow_circle:',
  ok: ':white_check_mark:',
  info: '',
};

/** A rendered block plus its fallback line (escaped mrkdwn). */
interface Piece {
  block: SlackBlock;
  fallback: string;
}

export function renderMessage(message: ReplyMessage, limits: RenderLimits = SLACK_LIMITS): SlackMessage[] {
  const head = headerPieces(message, limits);
  const body = message.blocks.flatMap((block) => blockPieces(block, limits));
  const continued = continuationPiece(message.title, limits);
  return pack([...head, ...body], continued, limits);
}

/** Characters a block contributes to Slack's per-message total. */
export function blockChars(block: SlackBlock): number {
  switch (block.type) {
    case 'header':
      return block.text.text.length;
    case 'section':
      return 'text' in block ? block.text.text.length : block.fields.reduce((n, f) => n + f.text.length, 0);
    case 'context':
      return block.elements.reduce((n, e) => n + e.text.length, 0);
    case 'divider':
      return 0;
  }
}

function mrkdwn(text: string): MrkdwnText {
  return { type: 'mrkdwn', text, verbatim: true };
}

function section(text: string): Piece {
  return { block: { type: 'section', text: mrkdwn(text) }, fallback: text };
}

function headerPieces(message: ReplyMessage, limits: RenderLimits): Piece[] {
  if (message.title.trim() === '') return [];
  const icon = TONE_ICON[message.tone];
  const plain = icon === '' ? message.title : `${icon} ${message.title}`;
  if (plain.length <= limits.headerChars) {
    return [
      {
        block: { type: 'header', text: { type: 'plain_text', text: plain, emoji: true } },
        fallback: `*${escapeMrkdwn(plain)}*`,
      },
    ];
  }
  // Too long for a header: a bold section keeps every character.
  return packUnits(wrapped(message.title, '*', '*', limits.sectionTextChars), limits.sectionTextChars).map(section);
}

function continuationPiece(title: string, limits: RenderLimits): Piece {
  const label = title.trim() === '' ? '(continued)' : `${title} (continued)`;
  const text = `_${escapeMrkdwn(splitPlain(label, limits.sectionTextChars - 2)[0] ?? '')}_`;
  return { block: { type: 'context', elements: [mrkdwn(text)] }, fallback: text };
}

function blockPieces(block: Block, limits: RenderLimits): Piece[] {
  const max = limits.sectionTextChars;
  switch (block.type) {
    case 'paragraph':
      return packUnits(wrapped(block.text, '', '', max), max).map(section);
    case 'heading':
      return packUnits(wrapped(block.text, '*', '*', max), max).map(section);
    case 'list':
      return packUnits(
        block.items.flatMap((item, i) => prefixed(item, block.ordered === true ? `${i + 1}. ` : '• ', max)),
        max,
      ).map(section);
    case 'quote':
      return packUnits(quoteUnits(block.text, max), max).map(section);
    case 'finding': {
      const icon = TONE_ICON[block.severity];
      const units = [
        ...wrapped(block.title, `${icon} *`, '*', max - block.rule.length - 6),
        `_${block.rule}_`,
        ...(block.evidence === null ? [] : quoteUnits(block.evidence, max)),
        ...(block.suggestion === null ? [] : wrapped(block.suggestion, '', '', max)),
      ];
      return packUnits(units, max).map(section);
    }
    case 'rewrite': {
      const units = [
        ...prefixed(block.before, '*Before:* ', max),
        ...prefixed(block.after, '*After:* ', max),
        ...(block.note === undefined || block.note === '' ? [] : wrapped(block.note, '', '', max)),
      ];
      return packUnits(units, max).map(section);
    }
    case 'fields':
      return fieldPieces(block.fields, limits);
    case 'context':
      return splitPlain(block.text, max).map((part) => {
        const text = escapeMrkdwn(part);
        return { block: { type: 'context', elements: [mrkdwn(text)] }, fallback: text };
      });
    case 'divider':
      return [{ block: { type: 'divider' }, fallback: '' }];
  }
}

function fieldPieces(fields: { label: string; value: string }[], limits: RenderLimits): Piece[] {
  const pieces: Piece[] = [];
  let group: MrkdwnText[] = [];
  const flush = (): void => {
    if (group.length === 0) return;
    pieces.push({ block: { type: 'section', fields: group }, fallback: group.map((f) => f.text).join('\n') });
    group = [];
  };
  for (const field of fields) {
    const text = `*${escapeMrkdwn(field.label)}*\n${escapeMrkdwn(field.value)}`;
    if (text.length > limits.fieldChars) {
      // A field too long for a field: it becomes sections of its own, in place.
      flush();
      pieces.push(
        ...packUnits(
          [
            ...wrapped(field.label, '*', '*', limits.sectionTextChars),
            ...wrapped(field.value, '', '', limits.sectionTextChars),
          ],
          limits.sectionTextChars,
        ).map(section),
      );
      continue;
    }
    group.push(mrkdwn(text));
    if (group.length === limits.sectionFields) flush();
  }
  flush();
  return pieces;
}

/** Escaped pieces of `text`, each wrapped as `open…close` and no longer than `max`. */
function wrapped(text: string, open: string, close: string, max: number): string[] {
  const budget = Math.max(8, max - open.length - close.length);
  return splitPlain(text, budget).map((part) => `${open}${escapeMrkdwn(part)}${close}`);
}

/** Like `wrapped`, but only the first piece carries the prefix (list bullets, "Before:"). */
function prefixed(text: string, prefix: string, max: number): string[] {
  return splitPlain(text, Math.max(8, max - prefix.length)).map(
    (part, i) => `${i === 0 ? prefix : ''}${escapeMrkdwn(part)}`,
  );
}

function quoteUnits(text: string, max: number): string[] {
  return text.split('\n').flatMap((line) => wrapped(line, '> ', '', max));
}

/** Joins units with newlines into texts of at most `max` characters (each unit already fits). */
function packUnits(units: string[], max: number): string[] {
  const out: string[] = [];
  let current: string | null = null;
  for (const unit of units) {
    if (current === null) current = unit;
    else if (current.length + 1 + unit.length <= max) current = `${current}\n${unit}`;
    else {
      out.push(current);
      current = unit;
    }
  }
  if (current !== null) out.push(current);
  return out.filter((t) => t.trim() !== '');
}

/** Distributes pieces over messages within the block and character budgets. */
function pack(pieces: Piece[], continued: Piece, limits: RenderLimits): SlackMessage[] {
  const messages: Piece[][] = [];
  let current: Piece[] = [];
  let chars = 0;
  for (const piece of pieces) {
    const size = blockChars(piece.block);
    const fits = current.length + 1 <= limits.blocksPerMessage && chars + size <= limits.messageTotalChars;
    if (!fits && current.some((p) => p !== continued)) {
      messages.push(current);
      current = [continued];
      chars = blockChars(continued.block);
    }
    if (piece.block.type === 'divider' && (current.length === 0 || current.at(-1) === continued)) continue;
    current.push(piece);
    chars += size;
  }
  if (current.some((p) => p !== continued)) messages.push(current);
  return messages.map((part) => {
    const trimmed = part.at(-1)?.block.type === 'divider' ? part.slice(0, -1) : part;
    return {
      text: trimmed
        .map((p) => p.fallback)
        .filter((t) => t !== '')
        .join('\n'),
      blocks: trimmed.map((p) => p.block),
    };
  });
}

/**
 * Splits plain text into pieces whose ESCAPED length is at most `budget`, preferring paragraph, line,
 * sentence and word boundaries. Only whitespace at a cut is dropped.
 */
export function splitPlain(text: string, budget: number): string[] {
  const pieces: string[] = [];
  let rest = text;
  while (escapeMrkdwn(rest).length > budget) {
    const hard = fitIndex(rest, budget);
    const cut = bestBreak(rest, hard);
    const head = rest.slice(0, cut).trimEnd();
    if (head !== '') pieces.push(head);
    rest = rest.slice(cut).trimStart();
  }
  if (rest !== '' || pieces.length === 0) pieces.push(rest);
  return pieces;
}

/** The longest prefix length whose escaped form fits, never splitting a surrogate pair; at least 1. */
function fitIndex(text: string, budget: number): number {
  let used = 0;
  let i = 0;
  while (i < text.length) {
    const ch = text[i] ?? '';
    const cost = ch === '&' ? 5 : ch === '<' || ch === '>' ? 4 : 1;
    if (used + cost > budget) break;
    used += cost;
    i += 1;
  }
  const code = text.charCodeAt(i - 1);
  if (i > 1 && code >= 0xd800 && code <= 0xdbff) i -= 1;
  return Math.max(1, i);
}

function bestBreak(text: string, hard: number): number {
  const window = text.slice(0, hard);
  const floor = Math.floor(hard * 0.5);
  const candidates = [window.lastIndexOf('\n\n'), window.lastIndexOf('\n')];
  for (const at of candidates) if (at >= floor) return at + 1;
  const sentence = lastMatchEnd(window, /[.!?;:][\s)]/g);
  if (sentence >= floor) return sentence;
  const space = window.lastIndexOf(' ');
  if (space >= floor) return space + 1;
  return hard;
}

function lastMatchEnd(text: string, pattern: RegExp): number {
  let end = -1;
  for (const match of text.matchAll(pattern)) end = match.index + match[0].length;
  return end;
}

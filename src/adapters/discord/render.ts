/**
 * ReplyMessage → Discord message payloads (embeds). A pure function: no client, no I/O.
 *
 * One ReplyMessage usually becomes one Discord message with one embed. Longer coaching is split across
 * embeds (≤ 10 and ≤ 6000 characters per message) and then across messages — never truncated.
 */
import type { APIEmbed, APIEmbedField, MessageMentionOptions } from 'discord.js';
import type { Block, ReplyMessage, Tone } from '../../core/reply/types.js';
import type { Severity } from '../../core/rules/types.js';
import { escapeMarkdown } from './escape.js';
import { DISCORD_LIMITS } from './limits.js';

export { DISCORD_LIMITS } from './limits.js';

export interface DiscordMessagePayload {
  embeds: APIEmbed[];
  /** Resume text must never ping anyone, not even the user we reply to. */
  allowedMentions: MessageMentionOptions;
}

const NO_MENTIONS: MessageMentionOptions = Object.freeze({ parse: [], repliedUser: false });

export const TONE_COLOURS: Readonly<Record<Tone, number>> = {
  high: 0xd83c3e,
  medium: 0xe67e22,
  low: 0xf1c40f,
  ok: 0x2ecc71,
  info: 0x5865f2,
};

const SEVERITY_MARKERS: Readonly<Record<Severity, string>> = { high: '🔴', medium: '🟠', low: '🟡' };
const DIVIDER = '───────────────';
const BLOCK_SEPARATOR = '\n\n';

type Piece =
  | { kind: 'text'; text: string }
  | { kind: 'fields'; fields: APIEmbedField[] }
  | { kind: 'footer'; text: string };

function quoteLines(text: string): string {
  return text
    .split('\n')
    .map((line) => `> ${escapeMarkdown(line)}`)
    .join('\n');
}

function italicLines(text: string): string {
  return text
    .split('\n')
    .map((line) => (line.trim() === '' ? line : `*${escapeMarkdown(line.trim())}*`))
    .join('\n');
}

function blockText(block: Exclude<Block, { type: 'fields' }>): string {
  switch (block.type) {
    case 'paragraph':
      return escapeMarkdown(block.text);
    case 'heading':
      return `**${escapeMarkdown(block.text)}**`;
    case 'list':
      return block.items
        .map((item, i) => (block.ordered ? `${i + 1}\\. ${escapeMarkdown(item)}` : `• ${escapeMarkdown(item)}`))
        .join('\n');
    case 'quote':
      return quoteLines(block.text);
    case 'finding': {
      const rule = block.rule.replace(/`/g, '');
      const lines = [`${SEVERITY_MARKERS[block.severity]} **${escapeMarkdown(block.title)}** · \`${rule}\``];
      if (block.evidence) lines.push(quoteLines(block.evidence));
      if (block.suggestion) lines.push(`→ ${escapeMarkdown(block.suggestion)}`);
      return lines.join('\n');
    }
    case 'rewrite': {
      const lines = [`**Before:** ${escapeMarkdown(block.before)}`, `**After:** ${escapeMarkdown(block.after)}`];
      if (block.note) lines.push(italicLines(block.note));
      return lines.join('\n');
    }
    case 'context':
      return italicLines(block.text);
    case 'divider':
      return DIVIDER;
  }
}

/** Fields that fit Discord's field limits; null when they must be shown as text instead. */
function embedFields(fields: { label: string; value: string }[]): APIEmbedField[] | null {
  const out: APIEmbedField[] = [];
  for (const { label, value } of fields) {
    const name = escapeMarkdown(label);
    const text = escapeMarkdown(value);
    if (
      !name.trim() ||
      !text.trim() ||
      name.length > DISCORD_LIMITS.fieldName ||
      text.length > DISCORD_LIMITS.fieldValue
    ) {
      return null;
    }
    out.push({ name, value: text, inline: text.length <= 40 });
  }
  return out;
}

function fieldsAsText(fields: { label: string; value: string }[]): string {
  return fields.map(({ label, value }) => `**${escapeMarkdown(label)}:** ${escapeMarkdown(value)}`).join('\n');
}

function toPieces(blocks: readonly Block[]): Piece[] {
  const pieces: Piece[] = [];
  blocks.forEach((block, i) => {
    if (block.type === 'fields') {
      if (block.fields.length === 0) return;
      const fields = embedFields(block.fields);
      pieces.push(fields ? { kind: 'fields', fields } : { kind: 'text', text: fieldsAsText(block.fields) });
      return;
    }
    const isLast = i === blocks.length - 1;
    if (block.type === 'context' && isLast && block.text.trim() !== '' && block.text.length <= DISCORD_LIMITS.footer) {
      // Footers are plain text: no escaping, no markdown.
      pieces.push({ kind: 'footer', text: block.text });
      return;
    }
    const text = blockText(block);
    if (text.trim() !== '') pieces.push({ kind: 'text', text });
  });
  return pieces;
}

/** Where to cut `text` so the first part is ≤ max: paragraph, then line, then sentence, then word. */
function findCut(text: string, max: number): number {
  const window = text.slice(0, max + 1);
  const candidates: [string, number][] = [
    ['\n\n', max / 2],
    ['\n', max / 3],
    ['. ', max / 3],
    [' ', 1],
  ];
  for (const [separator, minimum] of candidates) {
    const at = window.lastIndexOf(separator);
    if (at >= minimum) return at + (separator === '. ' ? 1 : 0);
  }
  // One enormous word: cut hard, but never between a backslash and the character it escapes.
  return text[max - 1] === '\\' ? max - 1 : max;
}

/** Splits text into parts ≤ max characters, keeping every character (except whitespace at the cuts). */
export function splitText(text: string, max: number): string[] {
  const parts: string[] = [];
  let rest = text;
  while (rest.length > max) {
    const cut = findCut(rest, max);
    const lineStart = rest.lastIndexOf('\n', cut - 1) + 1;
    const head = rest.slice(0, cut).trimEnd();
    let tail = rest
      .slice(cut)
      .replace(/^[ \t]+/, '')
      .replace(/^\n+/, '');
    // A quote cut mid-line stays a quote on the other side.
    if (rest.startsWith('> ', lineStart) && rest[cut] !== '\n' && !tail.startsWith('>')) tail = `> ${tail}`;
    if (head) parts.push(head);
    rest = tail;
  }
  if (rest.trim()) parts.push(rest);
  return parts;
}

interface Draft {
  title?: string;
  description: string;
  fields: APIEmbedField[];
  footer?: string;
}

function draftChars(draft: Draft): number {
  const fields = draft.fields.reduce((sum, f) => sum + f.name.length + f.value.length, 0);
  return (draft.title?.length ?? 0) + draft.description.length + fields + (draft.footer?.length ?? 0);
}

function toEmbed(draft: Draft, colour: number): APIEmbed {
  const embed: APIEmbed = { color: colour };
  if (draft.title) embed.title = draft.title;
  if (draft.description) embed.description = draft.description;
  if (draft.fields.length > 0) embed.fields = draft.fields;
  if (draft.footer) embed.footer = { text: draft.footer };
  if (!embed.title && !embed.description && !embed.fields) embed.description = '\u200b';
  return embed;
}

/** Packs pieces into embeds and embeds into messages, respecting every limit. */
class Packer {
  readonly messages: Draft[][] = [[]];
  private current: Draft | null = null;

  private get message(): Draft[] {
    return this.messages[this.messages.length - 1] as Draft[];
  }

  private messageChars(): number {
    return this.message.reduce((sum, d) => sum + draftChars(d), 0);
  }

  /** Opens a new embed for `chars` more characters, in this message if it fits, else in a new one. */
  private open(chars: number): Draft {
    const fits =
      this.message.length < DISCORD_LIMITS.embedsPerMessage &&
      this.messageChars() + chars <= DISCORD_LIMITS.embedTotalChars;
    if (!fits && this.message.length > 0) this.messages.push([]);
    const draft: Draft = { description: '', fields: [] };
    this.message.push(draft);
    this.current = draft;
    return draft;
  }

  title(title: string): void {
    this.open(title.length).title = title;
  }

  text(text: string): void {
    const max = DISCORD_LIMITS.embedDescription;
    for (const part of splitText(text, max)) {
      const draft = this.current;
      const separator = draft?.description ? BLOCK_SEPARATOR : '';
      const need = separator.length + part.length;
      const appendable =
        draft !== null &&
        draft.fields.length === 0 &&
        draft.footer === undefined &&
        draft.description.length + need <= max &&
        this.messageChars() + need <= DISCORD_LIMITS.embedTotalChars;
      if (appendable) {
        draft.description += separator + part;
      } else {
        this.open(part.length).description = part;
      }
    }
  }

  fields(fields: APIEmbedField[]): void {
    for (const field of fields) {
      const chars = field.name.length + field.value.length;
      const draft = this.current;
      const appendable =
        draft !== null &&
        draft.footer === undefined &&
        draft.fields.length < DISCORD_LIMITS.embedFields &&
        this.messageChars() + chars <= DISCORD_LIMITS.embedTotalChars;
      (appendable ? draft : this.open(chars)).fields.push(field);
    }
    // Text after fields starts a new embed so the reading order stays as written.
    this.current = null;
  }

  footer(text: string): void {
    const draft = this.current ?? this.message[this.message.length - 1];
    if (draft && draft.footer === undefined && this.messageChars() + text.length <= DISCORD_LIMITS.embedTotalChars) {
      draft.footer = text;
    } else {
      this.text(italicLines(text));
    }
  }
}

function titleOf(message: ReplyMessage): { title: string; overflow: string | null } {
  const title = escapeMarkdown(message.title.trim());
  if (title.length <= DISCORD_LIMITS.embedTitle) return { title, overflow: null };
  // Too long for a title: shorten it there and keep the full text as the first line of the body.
  return { title: `${title.slice(0, DISCORD_LIMITS.embedTitle - 1).replace(/\\$/, '')}…`, overflow: `**${title}**` };
}

export function renderMessage(message: ReplyMessage): DiscordMessagePayload[] {
  const packer = new Packer();
  const { title, overflow } = titleOf(message);
  if (title) packer.title(title);
  if (overflow) packer.text(overflow);
  for (const piece of toPieces(message.blocks)) {
    if (piece.kind === 'text') packer.text(piece.text);
    else if (piece.kind === 'fields') packer.fields(piece.fields);
    else packer.footer(piece.text);
  }
  const colour = TONE_COLOURS[message.tone];
  const messages = packer.messages.filter((drafts) => drafts.length > 0);
  if (messages.length === 0) messages.push([{ description: '', fields: [] }]);
  return messages.map((drafts) => ({ embeds: drafts.map((d) => toEmbed(d, colour)), allowedMentions: NO_MENTIONS }));
}

/** Characters Discord counts towards the 6000 limit of one message. */
export function embedChars(embed: APIEmbed): number {
  const fields = (embed.fields ?? []).reduce((sum, f) => sum + f.name.length + f.value.length, 0);
  return (
    (embed.title?.length ?? 0) +
    (embed.description?.length ?? 0) +
    fields +
    (embed.footer?.text.length ?? 0) +
    (embed.author?.name.length ?? 0)
  );
}

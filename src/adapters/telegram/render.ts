/**
 * ReplyMessage → Telegram HTML messages (parse_mode 'HTML'). Pure: no I/O, no grammY.
 *
 * Every piece of user text is escaped. A message longer than Telegram's limit is split at block
 * boundaries first (a heading stays with what follows it), then at line, sentence and word boundaries;
 * nothing is ever truncated. Each part is ≤ the limit both as raw HTML and as text after entity parsing.
 */
import type { Block, ReplyMessage, Tone } from '../../core/reply/types.js';
import { telegramTextLength } from './html.js';
import { TELEGRAM_LIMITS } from './limits.js';
import { renderLine, splitLine, type Line, type Run } from './split.js';

const TONE_MARKERS: Readonly<Record<Tone, string>> = {
  high: '🔴',
  medium: '🟠',
  low: '🟡',
  ok: '✅',
  info: '',
};

const BLOCK_SEPARATOR = '\n\n';
const LINE_SEPARATOR = '\n';
/** A repeated title longer than this is left out of continuation headers (the counter stays). */
const MAX_CONTINUATION_TITLE = 200;
/** Fill what is left of a part with the start of a long line only when at least this much room is left. */
const MIN_FILL = 200;

const plain = (text: string): Run => ({ text, tags: [] });

function titleLine(message: ReplyMessage): Line {
  const marker = message.kind === 'error' ? '⚠️' : TONE_MARKERS[message.tone];
  const runs: Run[] = [];
  if (marker) runs.push(plain(`${marker} `));
  runs.push({ text: message.title, tags: ['b'] });
  return runs;
}

/** The lines of one block (joined with newlines when rendered together). */
function blockLines(block: Block): Line[] {
  switch (block.type) {
    case 'paragraph':
      return [[plain(block.text)]];
    case 'heading':
      return [[{ text: block.text, tags: ['b'] }]];
    case 'list':
      return block.items.map((item, i) => [plain(`${block.ordered ? `${i + 1}.` : '•'} ${item}`)]);
    case 'quote':
      return [[{ text: block.text, tags: ['blockquote'] }]];
    case 'finding': {
      const lines: Line[] = [
        [
          plain(`${TONE_MARKERS[block.severity]} `),
          { text: block.title, tags: ['b'] },
          plain(' '),
          { text: block.rule, tags: ['code'] },
        ],
      ];
      if (block.evidence) lines.push([{ text: block.evidence, tags: ['blockquote'] }]);
      if (block.suggestion) lines.push([plain(`→ ${block.suggestion}`)]);
      return lines;
    }
    case 'rewrite': {
      const lines: Line[] = [
        [{ text: 'Before', tags: ['i'] }],
        [{ text: block.before, tags: ['blockquote'] }],
        [{ text: 'After', tags: ['i'] }],
        [{ text: block.after, tags: ['code'] }],
      ];
      if (block.note) lines.push([{ text: block.note, tags: ['i'] }]);
      return lines;
    }
    case 'fields':
      return block.fields.map((field) => [{ text: `${field.label}: `, tags: ['b'] }, plain(field.value)]);
    case 'context':
      return [[{ text: block.text, tags: ['i'] }]];
    case 'divider':
      return [[plain('⎯⎯⎯⎯⎯⎯')]];
  }
}

interface Unit {
  lines: Line[];
  /** Headings glue to the next unit so a part never ends on a heading. */
  glue: boolean;
}

function continuationHeader(title: string, part: number, total: number): string {
  const label = title.length > MAX_CONTINUATION_TITLE ? '' : `${title} · `;
  return `${renderLine([{ text: `${label}${part}/${total}`, tags: ['i'] }])}${BLOCK_SEPARATOR}`;
}

export interface RenderOptions {
  maxChars?: number;
}

/** Renders one reply message as one or more Telegram HTML strings, each within the limits. */
export function renderTelegramMessage(message: ReplyMessage, options: RenderOptions = {}): string[] {
  const { maxChars = TELEGRAM_LIMITS.messageChars } = options;
  const units: Unit[] = [
    { lines: [titleLine(message)], glue: false },
    ...message.blocks.map((block) => ({ lines: blockLines(block), glue: block.type === 'heading' })),
  ].filter((unit) => unit.lines.length > 0);

  // Room kept free on every part for the "title · k/N" header that continuation parts get.
  const reserve = continuationHeader(message.title, 99, 99).length;
  const budget = Math.max(64, maxChars - reserve);
  const fits = (html: string): boolean => html.length <= budget && telegramTextLength(html) <= budget;

  const parts: string[] = [];
  let current = '';
  const append = (html: string, separator: string): void => {
    if (current === '') current = html;
    else if (fits(current + separator + html)) current += separator + html;
    else {
      parts.push(current);
      current = html;
    }
  };

  for (let i = 0; i < units.length; i += 1) {
    const unit = units[i];
    if (!unit) continue;
    const html = unit.lines.map(renderLine).join(LINE_SEPARATOR);
    const next = units[i + 1];
    const withNext =
      unit.glue && next ? html + BLOCK_SEPARATOR + next.lines.map(renderLine).join(LINE_SEPARATOR) : html;
    if (
      current !== '' &&
      fits(current + BLOCK_SEPARATOR + html) &&
      (withNext === html || fits(current + BLOCK_SEPARATOR + withNext) || !fits(withNext))
    ) {
      current += BLOCK_SEPARATOR + html;
      continue;
    }
    if (fits(html)) {
      if (current !== '') parts.push(current);
      current = html;
      continue;
    }
    // A block too big for one part: split it line by line, and long lines by sentence/word.
    let separator = BLOCK_SEPARATOR;
    for (const line of unit.lines) {
      const room = current === '' ? budget : budget - current.length - separator.length;
      for (const piece of splitLine(line, budget, room >= MIN_FILL ? room : budget)) {
        append(renderLine(piece), separator);
        separator = LINE_SEPARATOR;
      }
    }
  }
  if (current !== '') parts.push(current);
  if (parts.length === 0) return [renderLine([plain('…')])];
  if (parts.length === 1) return parts;
  return parts.map((part, i) => (i === 0 ? part : continuationHeader(message.title, i + 1, parts.length) + part));
}

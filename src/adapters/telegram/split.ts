/**
 * Splits styled text into pieces that render to at most `budget` characters of Telegram HTML, cutting at
 * the gentlest boundary that works: line, then sentence, then word, then character (never inside a tag
 * or an escape sequence, never inside a surrogate pair). Pure functions.
 */
import { escapeHtml } from './html.js';

type Tag = 'b' | 'i' | 'code' | 'blockquote';

/** A run of plain text with the same formatting. Text is escaped when rendered. */
export interface Run {
  text: string;
  tags: readonly Tag[];
}

/** One visual line (it may wrap, and a blockquote run may hold newlines). */
export type Line = readonly Run[];

function sameTags(a: readonly Tag[], b: readonly Tag[]): boolean {
  return a.length === b.length && a.every((tag, i) => tag === b[i]);
}

function tagOverhead(tags: readonly Tag[]): number {
  return tags.reduce((sum, tag) => sum + 2 * tag.length + 5, 0);
}

function renderRun(run: Run): string {
  const open = run.tags.map((tag) => `<${tag}>`).join('');
  const close = [...run.tags]
    .reverse()
    .map((tag) => `</${tag}>`)
    .join('');
  return `${open}${escapeHtml(run.text)}${close}`;
}

/** Renders a line, merging neighbouring runs with the same tags and dropping empty ones. */
export function renderLine(line: Line): string {
  const merged: Run[] = [];
  for (const run of line) {
    if (run.text === '') continue;
    const last = merged[merged.length - 1];
    if (last && sameTags(last.tags, run.tags))
      merged[merged.length - 1] = { text: last.text + run.text, tags: last.tags };
    else merged.push(run);
  }
  return merged.map(renderRun).join('');
}

const SPLITTERS: readonly ((text: string) => string[])[] = [
  (text) => text.split(/(?<=\n)/),
  (text) => text.split(/(?<=[.!?…]["'”’)\]]?\s+)/),
  (text) => text.split(/(?<=\s)/),
];

function runCost(run: Run): number {
  return tagOverhead(run.tags) + escapeHtml(run.text).length;
}

/** Cuts one run into runs that each cost at most `budget`, at the gentlest boundary available. */
function cutRun(run: Run, budget: number, level = 0): Run[] {
  if (runCost(run) <= budget) return [run];
  const splitter = SPLITTERS[level];
  if (!splitter) return cutByCodePoints(run);
  const parts = splitter(run.text).filter((part) => part !== '');
  if (parts.length <= 1) return cutRun(run, budget, level + 1);
  return parts.flatMap((text) => cutRun({ text, tags: run.tags }, budget, level + 1));
}

/** Last resort: one token per code point (never splits a surrogate pair or an escape); the packer regroups them. */
function cutByCodePoints(run: Run): Run[] {
  return Array.from(run.text, (char) => ({ text: char, tags: run.tags }));
}

function trimPiece(piece: Run[]): Run[] {
  const out = [...piece];
  const first = out[0];
  if (first) out[0] = { text: first.text.trimStart(), tags: first.tags };
  const lastIndex = out.length - 1;
  const last = out[lastIndex];
  if (last) out[lastIndex] = { text: last.text.trimEnd(), tags: last.tags };
  return out.filter((run) => run.text !== '');
}

/**
 * Splits a line into lines whose rendered HTML is at most `budget` characters each. A line that fits is
 * returned as is; the first piece may be given less room (what is left of a part). Packing is greedy over the cut runs with the exact rendered cost (merged tags).
 */
export function splitLine(line: Line, budget: number, firstBudget: number = budget): Line[] {
  if (renderLine(line).length <= firstBudget) return [line];
  const tokens = line.flatMap((run) => cutRun(run, budget));
  // The first piece may have less room: cut the opening token finer so it can start there.
  const first = tokens[0];
  if (first && runCost(first) > firstBudget) tokens.splice(0, 1, ...cutRun(first, firstBudget));
  const pieces: Run[][] = [];
  let current: Run[] = [];
  let cost = 0;
  for (const token of tokens) {
    const last = current[current.length - 1];
    const added = last && sameTags(last.tags, token.tags) ? escapeHtml(token.text).length : runCost(token);
    const limit = pieces.length === 0 ? firstBudget : budget;
    if (cost + added > limit && current.length > 0) {
      pieces.push(current);
      current = [];
      cost = 0;
    }
    current.push(token);
    cost += current.length === 1 ? runCost(token) : added;
  }
  if (current.length > 0) pieces.push(current);
  return pieces.map(trimPiece).filter((piece) => piece.length > 0);
}

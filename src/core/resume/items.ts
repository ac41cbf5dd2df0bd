import { findDateRange } from './dates.js';
import type { Line } from './lines.js';
import { endsOpen, fullLineLength, rightEdge, wordCount, wrapsByLayout } from './prose.js';

const CLOSED_RE = /[.!?:;)\]"”']$/u;

/** An item that reads as finished: closed by punctuation or a bracket, or ending on its date ("…, 2019"). */
function complete(text: string): boolean {
  if (CLOSED_RE.test(text)) return true;
  const date = findDateRange(text);
  return date !== null && text.slice(date.index + date.text.length).trim().length === 0;
}

/** More "(" than ")": the bracket goes on to the next line. */
function openBracket(text: string): boolean {
  return (text.match(/\(/gu) ?? []).length > (text.match(/\)/gu) ?? []).length;
}

/**
 * Does `line` carry on the item `last` (the text so far, `prev` its last line)? Always when it starts in
 * lower case or the item stops mid-phrase (a comma, "&", an open bracket, "… of"). A capitalised line after
 * a long one is a wrap when the layout says so (its first word would not have fitted above); without layout
 * facts only when it is a short remainder under an unfinished line ("…Institute of Environmental" / "Health,
 * 2020"), not a list of its own ("ACLS, PALS, PHTLS") or a new labelled item. Entry bodies written as
 * plain lines (bullets lost in a paste) are split the same way.
 */
export function carriesOn(
  last: string,
  prev: Pick<Line, 'text' | 'facts'>,
  line: Pick<Line, 'text' | 'facts'>,
  full: number,
  right: number | null,
): boolean {
  if (/^[\p{Ll}(&]/u.test(line.text) || /[,&/]$/u.test(last) || openBracket(last) || endsOpen(last)) return true;
  const byLayout = wrapsByLayout(prev, line, right);
  if (byLayout !== null) return byLayout && !complete(prev.text);
  return (
    !complete(prev.text) &&
    prev.text.length >= 0.8 * full &&
    line.text.length <= 0.4 * prev.text.length &&
    wordCount(line.text) <= 4 &&
    (line.text.match(/,/gu) ?? []).length < 2 &&
    !/:/u.test(line.text)
  );
}

/** A row whose cells include a date ("Certified Scrum Master  Scrum Alliance  2020") is one item, not a cell each. */
function rowCells(text: string): string[] {
  const cells = text
    .split(/\t|\s+[•·▪]\s+/u)
    .map((c) => c.trim())
    .filter((c) => c.length > 0);
  const dated = cells.length > 1 && cells.some((c) => findDateRange(c)?.text.trim() === c);
  return dated && !/\s[•·▪]\s/u.test(text) ? [cells.join(', ')] : cells;
}

/**
 * Items of a list section: one per bullet or line, wrapped lines joined, inline bullets ("• A • B") and
 * column cells split.
 */
export function parseItems(lines: readonly Line[], full = fullLineLength(lines.map((l) => l.text))): string[] {
  const items: string[] = [];
  const right = rightEdge(lines);
  let prev: Line | undefined;
  for (const line of lines) {
    const cells = rowCells(line.text);
    const last = items[items.length - 1];
    const continues =
      prev !== undefined &&
      last !== undefined &&
      !line.bullet &&
      cells.length === 1 &&
      carriesOn(last, prev, line, full, right);
    if (continues) {
      items[items.length - 1] = /\p{L}-$/u.test(last) ? `${last.slice(0, -1)}${line.text}` : `${last} ${line.text}`;
    } else {
      items.push(...cells);
    }
    prev = line;
  }
  return items;
}

import { cleanCharacters, dropSoftHyphens, isPageMarker } from '../text/clean.js';
import { collapseLetterSpacing } from '../text/letter-spacing.js';
import { splitGluedNameTitle } from './name-title.js';

/** Joins lines broken by a soft hyphen and drops the remaining (invisible) soft hyphens. */
function resolveSoftHyphens(lines: string[]): string[] {
  const out: string[] = [];
  for (const line of lines) {
    const prev = out[out.length - 1];
    if (prev?.endsWith('\u00ad')) out[out.length - 1] = prev.slice(0, -1) + line;
    else out.push(line);
  }
  return out.map(dropSoftHyphens);
}

function tidySpaces(line: string): string {
  return line
    .replace(/[^\S\t\n]+/g, (ws) => (ws.length >= 2 ? '  ' : ' ')) // keep double spaces for the letter-spacing pass
    .replace(/ *\t[\t ]*/g, '\t')
    .trim();
}

/** Drops leading/trailing blank lines and collapses runs of blank lines into one. */
function collapseBlankLines(lines: readonly string[]): string[] {
  const out: string[] = [];
  for (const line of lines) {
    if (line.length === 0 && (out.length === 0 || out[out.length - 1] === '')) continue;
    out.push(line);
  }
  while (out[out.length - 1] === '') out.pop();
  return out;
}

/**
 * Cleans extracted text: one visual line per line; a single blank line survives where the source had one
 * (paragraph or page break). Pure; used for every format. Order matters: characters first (bullets before
 * junk removal), then NFKC, then line-level fixes.
 */
export function cleanText(raw: string): string {
  const mapped = cleanCharacters(raw.replace(/\r\n?/g, '\n'));
  const lines = collapseBlankLines(
    resolveSoftHyphens(mapped.split('\n').map(tidySpaces))
      .map((l) => collapseLetterSpacing(l).replace(/ {2,}/g, ' '))
      .filter((l) => !isPageMarker(l)),
  );
  const first = lines[0];
  if (first !== undefined) lines.splice(0, 1, ...splitGluedNameTitle(first));
  return lines.join('\n');
}

import { matchHeading, isHeadingShaped } from './headings.js';
import type { Line } from './lines.js';
import { wordCount } from './prose.js';

/**
 * A heading too long for its column wraps onto a second line ("CERTIFICATIONS &" / "COURSES",
 * "EHRENAMTLICHER" / "TÄTIGKEITEN"). The two lines are set in the same style, one line step apart, aligned
 * alike (left, centred or right); joined, they name a section. They become one line (the first one's
 * facts), so the heading is found whole instead of as a heading plus a stray line, or not at all.
 */

const JOINER_END = /(?:&|\+|\/|,|-|\band|\bof|\bet|\bund|\by|\be)$/iu;
const MAX_PART_WORDS = 4;

function sameStyle(a: Line, b: Line): boolean {
  const fa = a.facts;
  const fb = b.facts;
  if (fa === null || fb === null || fa.page !== fb.page) return false;
  if (fa.font === null || fa.font !== fb.font || fa.size === null || fb.size === null) return false;
  return Math.abs(fa.size - fb.size) <= 0.25 && fa.caps === fb.caps;
}

/** One line step below, aligned like the first: left, centred or right. */
function wrapsUnder(a: Line, b: Line): boolean {
  const fa = a.facts;
  const fb = b.facts;
  if (fa?.y == null || fb?.y == null || fa.size === null || fa.x === null || fb.x === null) return false;
  const step = fb.y - fa.y;
  if (step <= 0 || step > 1.6 * fa.size) return false;
  if (Math.abs(fa.x - fb.x) <= 3) return true;
  if (fa.width === null || fb.width === null) return false;
  const centred = Math.abs(fa.x + fa.width / 2 - (fb.x + fb.width / 2)) <= 4;
  return centred || Math.abs(fa.x + fa.width - (fb.x + fb.width)) <= 3;
}

function joinable(a: Line, b: Line): boolean {
  if (a.bullet || b.bullet || !sameStyle(a, b) || !wrapsUnder(a, b)) return false;
  if (wordCount(a.text) > MAX_PART_WORDS || wordCount(b.text) > MAX_PART_WORDS) return false;
  if (!isHeadingShaped(b.text)) return false;
  const joined = `${a.text} ${b.text}`;
  const whole = matchHeading(joined);
  if (JOINER_END.test(a.text.trim())) return whole !== null || isHeadingShaped(joined);
  // Without a joining word, only when a part alone is not the whole story.
  return whole !== null && (matchHeading(a.text) === null || matchHeading(b.text) === null);
}

export function joinWrappedHeadings(lines: readonly Line[]): Line[] {
  const out: Line[] = [];
  for (let i = 0; i < lines.length; i += 1) {
    const a = lines[i];
    if (a === undefined) continue;
    const b = lines[i + 1];
    if (b !== undefined && joinable(a, b)) {
      out.push({ ...a, index: out.length, raw: `${a.raw} ${b.raw}`, text: `${a.text} ${b.text}` });
      i += 1;
      continue;
    }
    out.push(a.index === out.length ? a : { ...a, index: out.length });
  }
  return out;
}

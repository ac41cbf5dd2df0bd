/** Splitting a skills line into individual skills, as written. */

/** Strips a group label ("Languages: …"). */
export function stripLabel(line: string): string {
  const m = /^\s*[\p{L}][\p{L}\p{N} &/+.()-]{1,40}:\s*/u.exec(line);
  return m ? line.slice(m[0].length) : line;
}

/**
 * Splits on commas, semicolons, pipes and bullets at the top level (not inside parentheses), and on " / "
 * with spaces (so "CI/CD" and "TCP/IP" stay whole). Parenthesised details stay with their skill.
 */
export function splitSkills(line: string): string[] {
  const body = stripLabel(line);
  const out: string[] = [];
  let depth = 0;
  let cur = '';
  for (let i = 0; i < body.length; i += 1) {
    const ch = body[i] ?? '';
    if (ch === '(' || ch === '[') depth += 1;
    if ((ch === ')' || ch === ']') && depth > 0) depth -= 1;
    const slashSep = ch === '/' && body[i - 1] === ' ' && body[i + 1] === ' ';
    if (depth === 0 && (/[,;|•·]/.test(ch) || slashSep)) {
      out.push(cur);
      cur = '';
      continue;
    }
    cur += ch;
  }
  out.push(cur);
  return out
    .map((s) =>
      s
        .trim()
        .replace(/^(and|or)\s+/i, '')
        .replace(/[.]$/, '')
        .trim(),
    )
    .filter((s) => s.length > 0 && /[\p{L}\p{N}]/u.test(s));
}

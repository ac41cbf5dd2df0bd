/**
 * The card in words: the same facts as the picture, for alt text, captions and fallback text. Stays
 * within `max` characters (Telegram captions: 1024) by listing fewer items, never by cutting a fact in half.
 */
import type { Card, DeltaCard, ScoreCard } from './types.js';

function signed(n: number): string {
  return n > 0 ? `+${n}` : String(n);
}

function joinWithin(head: string, items: readonly string[], tail: string, max: number): string {
  for (let n = items.length; n >= 0; n -= 1) {
    const rest = items.length - n;
    const list = [...items.slice(0, n), ...(rest > 0 ? [`${rest} more`] : [])];
    const text = `${head}${list.join(', ')}${tail}`;
    if (text.length <= max) return text;
  }
  return `${head}${tail}`.slice(0, max);
}

function scoreParts(card: ScoreCard): string[] {
  const role = `Reviewed as ${card.role}${card.roleNote ? ` (${card.roleNote})` : ''}.`;
  const sections = card.sections.map((s) =>
    s.missing ? `${s.label} missing` : s.score === null ? `${s.label} not scored` : `${s.label} ${s.score}`,
  );
  const shown = card.pillars.filter((p) => p.shown).map((p) => p.label);
  const missing = card.pillars.filter((p) => !p.shown).map((p) => p.label);
  const pillars = card.pillars.length
    ? `What reviewers look for: shown ${shown.length ? shown.join(', ') : 'none'}; missing ${missing.length ? missing.join(', ') : 'none'}.`
    : '';
  const fixes = card.fixes.length
    ? `Top fixes: ${card.fixes.map((f, i) => `${i + 1}) ${f.text}${f.points === null ? '' : ` (about ${f.points} points)`}`).join('; ')}.`
    : 'No fixes needed.';
  return [`Resume score ${card.score}/100.`, role, `Sections: ${sections.join(', ')}.`, pillars, fixes];
}

function scoreText(card: ScoreCard, max: number): string {
  const full = scoreParts(card).filter(Boolean).join(' ');
  if (full.length <= max) return full;
  const [score = '', role = '', , pillars = '', fixes = ''] = scoreParts(card);
  const sections = card.sections.map((s) => (s.score === null ? `${s.label} —` : `${s.label} ${s.score}`));
  const tail = [pillars, fixes].filter(Boolean).join(' ');
  return joinWithin(`${score} ${role} Sections: `, sections, `. ${tail}`, max);
}

function deltaText(card: DeltaCard, max: number): string {
  const change = card.after - card.before;
  const head =
    `Re-check: score ${card.before} → ${card.after} (${change === 0 ? 'no change' : signed(change)}). ` +
    `Findings: ${card.fixed} fixed, ${card.stillOpen} still open, ${card.new} new. Sections: `;
  const rows = card.sections.map((s) =>
    s.before === null
      ? `${s.label} new${s.after === null ? '' : ` (${s.after})`}`
      : s.after === null
        ? `${s.label} not scored`
        : `${s.label} ${s.before} → ${s.after}`,
  );
  return joinWithin(head, rows.length ? rows : ['none'], '.', max);
}

/** The card's facts as one paragraph of plain text. */
export function cardAltText(card: Card, max = 1000): string {
  return card.kind === 'score' ? scoreText(card, max) : deltaText(card, max);
}

/** A one-line caption: the headline numbers only. */
export function cardCaption(card: Card): string {
  if (card.kind === 'delta') {
    const change = card.after - card.before;
    return `Before and after: ${card.before} → ${card.after} (${change === 0 ? 'no change' : signed(change)}), ${card.fixed} fixed, ${card.new} new`;
  }
  const shown = card.pillars.filter((p) => p.shown).length;
  const pillars = card.pillars.length ? `, ${shown} of ${card.pillars.length} role pillars shown` : '';
  return `Resume score ${card.score}/100 as ${card.role}${pillars}`;
}

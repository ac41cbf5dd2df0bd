/**
 * The summary: strengths with verbatim evidence, and the three fixes worth the most points. Fix texts are
 * ours; the ranking is the score breakdown's, so "top fix" and "what cost points" always agree.
 */
import type { Resume } from '../resume/types.js';
import { NOT_PROOF_RULES, OPENING_RULES, getRule } from '../rules/index.js';
import type { Finding } from '../rules/types.js';
import type { PillarCoverage } from '../roles/coverage.js';
import type { RoleProfile } from '../roles/types.js';
import type { ScoreBreakdown } from '../report/schema.js';
import { hasMetric } from '../text/metrics.js';
import { isTitleLike } from '../text/title-case.js';
import { isStrongOpening } from '../text/verbs/classify.js';
import { firstWord } from '../text/words.js';

/** "Automation and IaC" → "automation and IaC": only the capital that starts a sentence goes. */
function inSentence(label: string): string {
  return /^[A-Z][a-z]/.test(label) ? label.charAt(0).toLowerCase() + label.slice(1) : label;
}

function pillarText(coverage: readonly PillarCoverage[]): string {
  const missing = coverage.filter((c) => !c.covered).map((c) => inSentence(c.label));
  return `Add evidence of ${missing.join('; ')}: no bullet shows ${missing.length === 1 ? 'it' : 'them'} yet`;
}

/** Rules whose evidence is a line (or words) of the user's worth quoting in a top fix; not personal details. */
const QUOTED = new Set([
  'vague-duty',
  'unquantified-bullet',
  'weak-opening',
  'passive-voice',
  'first-person',
  'vague-claim',
  'tense-mismatch',
  'long-bullet',
  'vague-quantity',
  'wordy-phrase',
  'filler-word',
]);
const MAX_QUOTE_WORDS = 12;

/** A verbatim quote of the user's own line, cut at a word with "…" when long ("Responsible for the orders API"). */
export function quoteOf(evidence: string): string {
  const words = evidence.trim().split(/\s+/);
  return words.length <= MAX_QUOTE_WORDS ? words.join(' ') : `${words.slice(0, MAX_QUOTE_WORDS).join(' ')} …`;
}

/**
 * The fix with one of the user's own lines it is about: "… (e.g. "Responsible for the orders API")". In brackets, so
 * a short form (the score card) can drop it; a line with brackets of its own is not picked, and a line an earlier
 * fix already quoted is picked only when the rule has no other (three fixes quoting one line read as a glitch).
 */
function withQuote(text: string, rule: string, findings: readonly Finding[], used: Set<string>): string {
  const lines = findings.map((f) => f.evidence?.trim() ?? '').filter((e) => e && !/[()]/.test(e));
  const evidence = lines.find((e) => !used.has(e)) ?? lines[0];
  if (!QUOTED.has(rule) || !evidence || text.includes(evidence)) return text;
  used.add(evidence);
  return `${text} (e.g. "${quoteOf(evidence)}")`;
}

export interface TopFix {
  rule: string;
  text: string;
  points: number;
}

/** The fixes worth the most points, highest first (ties: rule id, for a stable order). */
export function topFixes(
  breakdown: ScoreBreakdown,
  findings: readonly Finding[],
  coverage: readonly PillarCoverage[],
  role: RoleProfile,
  limit = 3,
): TopFix[] {
  const candidates = breakdown.deductions
    .filter((d) => d.points > 0)
    .map((d) => ({ rule: d.rule, points: d.points, own: findings.filter((f) => f.rule === d.rule) }));
  if (breakdown.coverage && breakdown.coverage.points > 0) {
    candidates.push({ rule: 'missing-pillar', points: breakdown.coverage.points, own: [] });
  }
  const quoted = new Set<string>();
  return candidates
    .sort((a, b) => b.points - a.points || a.rule.localeCompare(b.rule))
    .slice(0, limit)
    .map(({ rule, points, own }) => {
      if (rule === 'missing-pillar' && own.length === 0) return { rule, text: pillarText(coverage), points };
      const text = getRule(rule)?.fix?.(own, role) ?? own[0]?.message ?? rule;
      return { rule, text: withQuote(text, rule, own, quoted), points };
    });
}

export function formatFix(fix: TopFix): string {
  return `${fix.text} (about ${Math.max(1, Math.round(fix.points))} points)`;
}

interface BulletRef {
  text: string;
  key: string;
}

function experienceBullets(resume: Resume): BulletRef[] {
  const out: BulletRef[] = [];
  resume.sections.forEach((s, si) => {
    if (s.kind !== 'experience' && s.kind !== 'projects') return;
    s.entries.forEach((e, ei) => {
      e.bullets.forEach((b, bi) => {
        out.push({ text: b, key: `${si}:${ei}:${bi}` });
      });
    });
  });
  return out;
}

function keysOf(findings: readonly Finding[], rules: ReadonlySet<string>): Set<string> {
  return new Set(
    findings.filter((f) => rules.has(f.rule)).map((f) => `${f.sectionIndex}:${f.entryIndex}:${f.bulletIndex}`),
  );
}

/** Strengths, each with a verbatim quote from the resume. At most `limit`. */
export function strengths(
  resume: Resume,
  findings: readonly Finding[],
  coverage: readonly PillarCoverage[],
  limit = 4,
): string[] {
  const out: string[] = [];
  const bullets = experienceBullets(resume);

  const bulletText = new Map(bullets.map((b) => [b.key, b.text]));
  const lineOf = (f: Finding): string | undefined =>
    bulletText.get(`${f.sectionIndex}:${f.entryIndex}:${f.bulletIndex}`);
  // A strength quotes a line that is itself strong: not one the review flags as a duty or unmeasured.
  const weakLines = new Set(findings.filter((f) => NOT_PROOF_RULES.has(f.rule)).map((f) => lineOf(f) ?? f.evidence));
  // Lines the review flags for anything (first person, tense …): quoted only when no clean line shows the same.
  const lineFindings = findings.filter((f) => getRule(f.rule)?.bullet !== undefined);
  const flaggedBullets = new Set(lineFindings.map(lineOf));
  const flaggedEvidence = lineFindings.flatMap((f) => (f.evidence ? [f.evidence] : []));
  const flagged = (line: string): boolean => flaggedBullets.has(line) || flaggedEvidence.some((e) => line.includes(e));

  // Only a line with a number is "measurable"; one the rule skipped (a sub-heading, an award) is not.
  const unquantified = keysOf(findings, new Set(['unquantified-bullet']));
  const quantified = bullets.filter((b) => !unquantified.has(b.key) && hasMetric(b.text));
  if (bullets.length > 0 && quantified.length > 0 && quantified.length / bullets.length >= 0.5) {
    const example = quantified.find((b) => !flagged(b.text)) ?? quantified.find((b) => !weakLines.has(b.text));
    out.push(
      `Results with numbers: ${quantified.length} of ${bullets.length} bullets are measurable, e.g. "${(example ?? quantified[0])?.text}"`,
    );
  }
  let pillarsShown = 0;
  for (const pillar of coverage.filter((c) => c.covered)) {
    const usable = pillar.evidence.filter(
      (e) =>
        !weakLines.has(e) && ![...weakLines].some((w) => w && e.includes(w)) && !out.some((s) => s.includes(`"${e}"`)),
    );
    const quote = usable.find((e) => !flagged(e)) ?? usable[0];
    if (!quote || pillarsShown >= 2) continue;
    out.push(`Shows ${inSentence(pillar.label)}: "${quote}"`);
    pillarsShown += 1;
  }

  // An example of an action verb opens with one: never a sub-heading or a title the rules let pass.
  const weakOpen = keysOf(findings, OPENING_RULES);
  const strong = bullets.filter(
    (b) => !weakOpen.has(b.key) && isStrongOpening(firstWord(b.text) ?? '') && !isTitleLike(b.text),
  );
  if (bullets.length >= 3 && strong.length / bullets.length >= 0.6) {
    const example = strong.find((b) => !out.some((s) => s.includes(b.text))) ?? strong[0];
    if (example) out.push(`Bullets open with action verbs, e.g. "${example.text}"`);
  }

  const { email, phone, links } = resume.contact;
  const link = links.find((l) => l.kind === 'linkedin' || l.kind === 'github' || l.kind === 'portfolio');
  if (email && phone && link && !findings.some((f) => f.rule === 'missing-contact')) {
    out.push(
      `Complete contact details: email, phone and ${link.kind === 'linkedin' ? 'LinkedIn' : link.kind === 'github' ? 'GitHub' : 'a portfolio'} ("${link.url}")`,
    );
  }

  const skillsIndex = resume.sections.findIndex((s) => s.kind === 'skills');
  const skills = resume.sections[skillsIndex];
  const grouped =
    skills?.items.find((i) => /^[^:]{2,30}:\s*\S/.test(i)) ?? skills?.lines.find((l) => /^[^:]{2,30}:\s*\S/.test(l));
  if (skills && grouped && !findings.some((f) => f.rule === 'skills-ungrouped' && f.sectionIndex === skillsIndex)) {
    out.push(`Skills grouped so they scan quickly: "${grouped}"`);
  }
  if (out.length < 2 && !findings.some((f) => f.rule === 'missing-section')) {
    const headings = resume.sections.map((s) => s.heading).filter((h): h is string => Boolean(h?.trim()));
    if (headings.length >= 3)
      out.push(`Every section a reviewer expects is there: ${headings.map((h) => `"${h}"`).join(', ')}`);
  }
  return out.slice(0, limit);
}

/**
 * The summary: strengths with verbatim evidence, and the three fixes worth the most points. Fix texts are
 * ours; the ranking is the score breakdown's, so "top fix" and "what cost points" always agree.
 */
import type { Resume } from '../resume/types.js';
import type { Finding } from '../rules/types.js';
import type { PillarCoverage } from '../roles/coverage.js';
import type { ScoreBreakdown } from '../report/schema.js';

const BULLET_RULES_AGAINST_OPENING: ReadonlySet<string> = new Set([
  'weak-opening',
  'vague-duty',
  'passive-voice',
  'first-person',
]);

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

function bulletsHit(findings: readonly Finding[]): number {
  return new Set(findings.map((f) => `${f.sectionIndex}:${f.entryIndex}:${f.bulletIndex}`)).size;
}

type FixText = (findings: readonly Finding[]) => string;

const FIX_TEXT: Readonly<Record<string, FixText>> = {
  'vague-duty': (f) =>
    `Turn duties into results: ${plural(bulletsHit(f), 'bullet')} say what you were responsible for, not what changed`,
  'unquantified-bullet': (f) =>
    `Put a number in ${plural(bulletsHit(f), 'bullet')}: latency, QPS, users, money or time saved — whatever the work moved`,
  'vague-claim': () => 'Replace self-praise ("passionate", "strong experience") with a line of proof',
  'skills-ungrouped': () => 'Group the skills list (languages, frameworks, storage, tools) so it scans in seconds',
  'missing-contact': (f) => f[0]?.message ?? 'Complete the contact line: email, phone and a professional link',
  'weak-opening': (f) => `Start ${plural(bulletsHit(f), 'bullet')} with a strong action verb`,
  'first-person': (f) => `Drop "I", "my" and "me" (${plural(f.length, 'place')})`,
  'passive-voice': (f) => `Say who did it: ${plural(f.length, 'line')} in the passive voice`,
  'long-bullet': (f) => `Trim ${plural(f.length, 'bullet')} to one or two lines (under about 35 words)`,
  'too-long': (f) => f[0]?.message ?? 'Cut the resume to the length reviewers expect',
  'tense-mismatch': () => 'Fix verb tenses: past roles in the past tense, the current role in the present',
  'inconsistent-dates': () => 'Use one date format everywhere and check that every end date follows its start',
  'repeated-verb': () => 'Vary the opening verbs: several bullets start with the same word',
  'skill-not-evidenced': (f) => {
    const names = f.map((x) => x.evidence).filter((e): e is string => Boolean(e));
    const shown = names.slice(0, 4).join(', ');
    return `Show ${plural(names.length || f.length, 'listed skill')} in a bullet or drop ${names.length === 1 ? 'it' : 'them'}${shown ? ` (${shown}${names.length > 4 ? ', …' : ''})` : ''}`;
  },
  'personal-details': () =>
    'Remove personal details reviewers should not see (date of birth, marital status, photo, ID numbers)',
};

function missingSectionText(findings: readonly Finding[]): string {
  const names = findings
    .map(
      (f) =>
        /\bNo ([A-Za-z ]{2,30}?) section\b/.exec(f.message)?.[1] ?? /headed "([^"]+)"/.exec(f.suggestion ?? '')?.[1],
    )
    .filter((n): n is string => Boolean(n));
  return names.length > 0
    ? `Add the missing section${names.length === 1 ? '' : 's'}: ${names.join(', ')}`
    : (findings[0]?.message ?? 'Add the missing sections');
}

/** "Automation and IaC" → "automation and IaC": only the capital that starts a sentence goes. */
function inSentence(label: string): string {
  return /^[A-Z][a-z]/.test(label) ? label.charAt(0).toLowerCase() + label.slice(1) : label;
}

function pillarText(coverage: readonly PillarCoverage[]): string {
  const missing = coverage.filter((c) => !c.covered).map((c) => inSentence(c.label));
  return `Add evidence of ${missing.join('; ')}: no bullet shows ${missing.length === 1 ? 'it' : 'them'} yet`;
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
  _resume: Resume,
  limit = 3,
): TopFix[] {
  const candidates: TopFix[] = breakdown.deductions
    .filter((d) => d.points > 0)
    .map((d) => {
      const own = findings.filter((f) => f.rule === d.rule);
      const text =
        d.rule === 'missing-section' ? missingSectionText(own) : (FIX_TEXT[d.rule]?.(own) ?? own[0]?.message ?? d.rule);
      return { rule: d.rule, text, points: d.points };
    });
  if (breakdown.coverage && breakdown.coverage.points > 0) {
    candidates.push({ rule: 'missing-pillar', text: pillarText(coverage), points: breakdown.coverage.points });
  }
  return candidates.sort((a, b) => b.points - a.points || a.rule.localeCompare(b.rule)).slice(0, limit);
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
    s.entries.forEach((e, ei) => e.bullets.forEach((b, bi) => out.push({ text: b, key: `${si}:${ei}:${bi}` })));
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

  const unquantified = keysOf(findings, new Set(['unquantified-bullet']));
  const quantified = bullets.filter((b) => !unquantified.has(b.key));
  if (bullets.length > 0 && quantified.length > 0 && quantified.length / bullets.length >= 0.5) {
    out.push(
      `Results with numbers: ${quantified.length} of ${bullets.length} bullets are measurable, e.g. "${quantified[0]?.text}"`,
    );
  }

  // A strength quotes a line that is itself strong: not one the review flags as a duty or unmeasured.
  const weakLines = new Set(
    findings
      .filter((f) => f.rule === 'vague-duty' || f.rule === 'unquantified-bullet' || f.rule === 'vague-claim')
      .map(
        (f) => bullets.find((b) => b.key === `${f.sectionIndex}:${f.entryIndex}:${f.bulletIndex}`)?.text ?? f.evidence,
      ),
  );
  let pillarsShown = 0;
  for (const pillar of coverage.filter((c) => c.covered)) {
    const quote = pillar.evidence.find(
      (e) =>
        !weakLines.has(e) && ![...weakLines].some((w) => w && e.includes(w)) && !out.some((s) => s.includes(`"${e}"`)),
    );
    if (!quote || pillarsShown >= 2) continue;
    out.push(`Shows ${inSentence(pillar.label)}: "${quote}"`);
    pillarsShown += 1;
  }

  const weakOpen = keysOf(findings, BULLET_RULES_AGAINST_OPENING);
  const strong = bullets.filter((b) => !weakOpen.has(b.key));
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

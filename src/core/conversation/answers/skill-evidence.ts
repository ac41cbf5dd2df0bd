/**
 * Where each listed skill is shown in use: the first line outside the skills list that names it — a bullet,
 * a project or teaching line, the summary — with the section it is in, so the answer can say where.
 */
import { hasTerm } from '../../text/terms.js';
import { sectionLines } from './outline.js';
import { type ReportView, sectionName } from './view.js';

export interface SkillEvidence {
  skill: string;
  /** The user's line that uses it, verbatim. */
  line: string;
  /** The section it is in, as the user headed it. */
  where: string;
}

/** The skills of a skills line: after its "Label:", split at commas and semicolons, asides dropped. */
export function skillsOfLine(line: string): string[] {
  const body = line.replace(/^[^:]{2,30}:\s*/, '').replace(/\([^)]*\)/g, ' ');
  return body
    .split(/[,;•|]/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0 && s.length <= 40);
}

/** Short skills that are also words ("R", "Go", "C") match only in their own letter case. */
const caseSensitive = (skill: string) => skill.length <= 2 || /^[A-Z][a-z]?$/.test(skill);

export function skillEvidence(report: ReportView): SkillEvidence[] {
  const skills = report.sections
    .filter((s) => s.kind === 'skills')
    .flatMap((s) => sectionLines(s).flatMap(skillsOfLine));
  const elsewhere = report.sections
    .filter((s) => s.kind !== 'skills' && s.kind !== 'contact')
    .flatMap((s) => {
      // Bullets first (the parser's clean lines), then the section's own lines (a project written as a line).
      const bullets = (s.entries ?? []).flatMap((e) => e.bullets ?? []);
      const own = (s.lines ?? []).filter((l) => !bullets.some((b) => l.endsWith(b)));
      const lines = [...bullets, ...own];
      return [...new Set(lines)].map((line) => ({ line, where: sectionName(s) }));
    });
  const out: SkillEvidence[] = [];
  for (const skill of new Set(skills)) {
    const hit = elsewhere.find(({ line }) => hasTerm(line, skill, { caseSensitive: caseSensitive(skill) }));
    if (hit) out.push({ skill, ...hit });
  }
  return out;
}

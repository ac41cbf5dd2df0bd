/**
 * The report as addressable parts: every section, entry and bullet with where it is, so a question can
 * point at one ("my job at X", "the second bullet", a pasted line) and an answer can quote it.
 */
import type { EntryView, FindingView, ReportView, SectionView } from './view.js';

export interface BulletRef {
  section: number;
  entry: number;
  bullet: number;
  text: string;
}

export interface EntryRef {
  section: number;
  entry: number;
  value: EntryView;
}

/** Kinds whose entries are jobs or things the user did (bullets live here). */
export const WORK_KINDS: readonly string[] = ['experience', 'projects', 'volunteering', 'leadership'];

export function entriesOf(report: ReportView, kinds: readonly string[] = WORK_KINDS): EntryRef[] {
  const out: EntryRef[] = [];
  report.sections.forEach((s, section) => {
    if (!kinds.includes(s.kind)) return;
    for (const [entry, value] of (s.entries ?? []).entries()) out.push({ section, entry, value });
  });
  return out;
}

export function bulletsOf(report: ReportView, where?: { section?: number; entry?: number }): BulletRef[] {
  const out: BulletRef[] = [];
  report.sections.forEach((s, section) => {
    if (where?.section !== undefined && where.section !== section) return;
    (s.entries ?? []).forEach((e, entry) => {
      if (where?.entry !== undefined && where.entry !== entry) return;
      for (const [bullet, text] of (e.bullets ?? []).entries()) out.push({ section, entry, bullet, text });
    });
  });
  return out;
}

const GLYPH = /^\s*[•*·▪‣◦–—-]\s+/;

/** A line that opens with a bullet mark (a bullet the parser left as a plain line). */
export const BULLET_MARKED = /^\s*[•*\-–—·]/;

/**
 * What the user did, one line each: every bullet, plus the bullet-marked lines no entry holds (a job the
 * parser could not split from its section still has its achievement lines), glyph removed.
 */
export function workLines(report: ReportView): string[] {
  const bullets = bulletsOf(report).map((b) => b.text);
  const seen = new Set(bullets);
  const loose = report.sections
    .filter((s) => s.kind !== 'contact')
    .flatMap((s) => s.lines ?? [])
    .filter((l) => GLYPH.test(l))
    .map((l) => l.replace(GLYPH, '').trim())
    .filter((l) => l.length > 0 && !seen.has(l));
  return [...bullets, ...new Set(loose)];
}

/** "Charge Nurse, Northwestern Memorial Hospital" (whichever parts the entry has). */
export function entryLabel(e: EntryView): string {
  const parts = [e.title, e.organization].filter((p): p is string => !!p && p.trim().length > 0);
  return parts.length > 0 ? parts.join(', ') : 'this entry';
}

/** The section's own text lines: items for list sections, else its body lines (never entry bullets twice). */
export function sectionLines(s: SectionView): string[] {
  if ((s.items ?? []).length > 0) return s.items ?? [];
  const bullets = (s.entries ?? []).flatMap((e) => e.bullets ?? []);
  // An entry the parser found no bullets under (a one-line volunteering role) still has its line.
  return bullets.length > 0 ? bullets : (s.lines ?? []);
}

/** The findings that quote this bullet (by position when the report has it, else by evidence). */
export function findingsOnBullet(report: ReportView, ref: BulletRef): FindingView[] {
  const section = report.sections[ref.section];
  if (!section) return [];
  return section.findings.filter((f) =>
    f.entryIndex !== undefined && f.bulletIndex !== undefined
      ? f.entryIndex === ref.entry && f.bulletIndex === ref.bullet
      : f.evidence === ref.text,
  );
}

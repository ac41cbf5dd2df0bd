/**
 * Card data from a report (and from the before/after of two reports). Only the report is read, so a card
 * can be made again from a stored review. The user's name never reaches a card: a section heading that
 * contains it is replaced by the section kind's name, and all other text has it blanked out.
 */
import { sectionLabel } from '../reply/labels.js';
import type { Report } from '../report/schema.js';
import { SECTION_KINDS, type SectionKind } from '../resume/types.js';
import type { ReviewDelta } from '../review/delta.js';
import { getRoleProfile, isRoleId } from '../roles/registry.js';

import type { DeltaCard, ScoreCard } from './types.js';

const ROLE_NOTES: Readonly<Record<Report['role']['source'], string>> = {
  detected: 'detected',
  requested: 'your choice',
  default: 'general checks',
};

function nameParts(report: Report): string[] {
  const name = report.contact.name ?? '';
  return name
    .split(/[^\p{L}\p{N}'-]+/u)
    .map((p) => p.trim())
    .filter((p) => p.length >= 2);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function mentionsName(text: string, parts: readonly string[]): boolean {
  return parts.some((p) => new RegExp(`(^|[^\\p{L}])${escapeRegExp(p)}($|[^\\p{L}])`, 'iu').test(text));
}

function blankName(text: string, parts: readonly string[]): string {
  let out = text;
  for (const p of parts) out = out.replace(new RegExp(`(^|[^\\p{L}])${escapeRegExp(p)}(?=$|[^\\p{L}])`, 'giu'), '$1…');
  return out;
}

function asKind(kind: string): SectionKind {
  return (SECTION_KINDS as readonly string[]).includes(kind) ? (kind as SectionKind) : 'other';
}

function labelOf(kind: SectionKind, heading: string | null, parts: readonly string[]): string {
  const label = sectionLabel(kind, heading);
  return mentionsName(label, parts) ? sectionLabel(kind) : label;
}

const POINTS = /\s*\(about (\d+) points?\)\s*$/;

/**
 * A top fix in short form: "Turn duties into results: 5 bullets say …" → "Turn duties into results";
 * a parenthetical aside goes too. The points it is worth are kept apart.
 */
export function shortFix(fix: string): { text: string; points: number | null } {
  const points = POINTS.exec(fix);
  let text = fix.replace(POINTS, '');
  const colon = text.indexOf(': ');
  if (colon >= 12) text = text.slice(0, colon);
  text = text
    .replace(/\s*\([^)]*\)/g, '')
    .replace(/\s{2,}/g, ' ')
    .trim();
  return { text, points: points?.[1] ? Number(points[1]) : null };
}

/** Expected sections of the role that the resume lacks (contact details are not a section bar). */
function missingSections(report: Report): SectionKind[] {
  if (!isRoleId(report.role.id)) return [];
  const present = new Set(report.sections.map((s) => s.kind));
  return getRoleProfile(report.role.id).expectedSections.filter((k) => k !== 'contact' && !present.has(k));
}

export function scoreCardOf(report: Report): ScoreCard {
  const parts = nameParts(report);
  const role = report.role.label ?? report.role.id;
  return {
    kind: 'score',
    score: report.score,
    role: blankName(role, parts),
    roleNote: ROLE_NOTES[report.role.source],
    sections: [
      ...report.sections.map((s) => ({
        label: labelOf(s.kind, s.heading, parts),
        kindLabel: sectionLabel(s.kind),
        score: s.score ?? null,
        missing: false,
      })),
      ...missingSections(report).map((kind) => ({
        label: sectionLabel(kind),
        kindLabel: sectionLabel(kind),
        score: null,
        missing: true,
      })),
    ],
    pillars: report.coverage.map((c) => ({ label: blankName(c.label ?? c.id, parts), shown: c.covered })),
    fixes: (report.summary?.topFixes ?? []).slice(0, 3).map((f) => {
      const short = shortFix(f);
      return { ...short, text: blankName(short.text, parts) };
    }),
  };
}

/** The before/after card of a re-check; `next` is the new report (for the name to keep off the card). */
export function deltaCardOf(delta: ReviewDelta, next: Report | null = null): DeltaCard {
  const parts = next ? nameParts(next) : [];
  return {
    kind: 'delta',
    before: delta.scoreBefore,
    after: delta.scoreAfter,
    sections: delta.sections.map((s) => {
      const kind = asKind(s.kind);
      return {
        label: labelOf(kind, s.heading, parts),
        kindLabel: sectionLabel(kind),
        before: s.before,
        after: s.after,
      };
    }),
    fixed: delta.fixed.length,
    stillOpen: delta.stillOpen.length,
    new: delta.new.length,
  };
}

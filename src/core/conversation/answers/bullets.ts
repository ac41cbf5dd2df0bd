/**
 * Paged answers over many bullets: how to quantify them, how to make them stronger. A page shows a few;
 * the cursor remembers what was shown so "more" / "and the next ones?" continues where this stopped.
 */
import type { Block, ReplyMessage } from '../../reply/types.js';
import { type BulletRef, bulletsOf, entryLabel, findingsOnBullet } from './outline.js';
import { hasNumber, rewriteOf, WEAK_BULLET_RULES, whereToFind } from './rewrites.js';
import { answer, findingBlock, sectionName, type ReportView } from './view.js';

export const PAGE = 3;

const sentence = (text: string) => text.replace(/[.\s]*$/, '.');

export interface Paged {
  message: ReplyMessage;
  /** Lines shown by this and earlier pages. */
  shown: string[];
  more: boolean;
}

function sectionsToScan(report: ReportView, focus: number | null): number[] {
  if (focus !== null && (report.sections[focus]?.entries?.length ?? 0) > 0) return [focus];
  const work = report.sections
    .map((s, i) => ({ s, i }))
    .filter(
      ({ s }) =>
        ['experience', 'projects', 'volunteering', 'leadership'].includes(s.kind) && (s.entries ?? []).length > 0,
    )
    .map(({ i }) => i);
  return work;
}

interface Candidate {
  ref: BulletRef;
  rank: number;
  note: string;
}

/** Lines without a number first, then lines with other weak-bullet findings. */
function candidates(report: ReportView, scanned: readonly number[], mode: 'quantify' | 'improve'): Candidate[] {
  const out: Candidate[] = [];
  for (const section of scanned) {
    for (const ref of bulletsOf(report, { section })) {
      const findings = findingsOnBullet(report, ref);
      const weak = findings.filter((f) => WEAK_BULLET_RULES.has(f.rule));
      const unquantified = findings.some((f) => f.rule === 'unquantified-bullet') || !hasNumber(ref.text);
      if (mode === 'quantify' && unquantified) out.push({ ref, rank: 0, note: 'No measurable result yet.' });
      else if (weak.length > 0) out.push({ ref, rank: mode === 'quantify' ? 1 : 0, note: weak[0]!.message });
    }
  }
  return out.sort((a, b) => a.rank - b.rank);
}

function where(report: ReportView, scanned: readonly number[]): string {
  return scanned.map((i) => sectionName(report.sections[i]!)).join(' and ') || 'your resume';
}

export function pagedBullets(
  report: ReportView,
  focus: number | null,
  mode: 'quantify' | 'improve',
  alreadyShown: readonly string[] = [],
): Paged {
  const scanned = sectionsToScan(report, focus);
  const title = mode === 'quantify' ? 'Quantifying your work' : `${where(report, scanned)}: making it stronger`;
  if (scanned.length === 0) {
    return {
      message: answer(title, [
        {
          type: 'paragraph',
          text: 'I could not find experience or project bullets in your resume to work on. Add a section with what you did (one line per achievement) and ask me again.',
        },
      ]),
      shown: [...alreadyShown],
      more: false,
    };
  }
  const all = candidates(report, scanned, mode);
  const seen = new Set(alreadyShown);
  const rest = all.filter((c) => !seen.has(c.ref.text));
  const page = rest.slice(0, PAGE);
  const blocks: Block[] = [];
  if (all.length === 0) {
    blocks.push({
      type: 'paragraph',
      text:
        mode === 'quantify'
          ? `Every bullet in ${where(report, scanned)} already carries a number. Check that each says what changed (before → after), at what scale and over what period.`
          : `I found nothing weak in ${where(report, scanned)}. To push it further, lead each line with the result, then how you got it.`,
    });
    const best = bulletsOf(report, { section: scanned[0]! }).find((b) => hasNumber(b.text));
    if (best) blocks.push({ type: 'quote', text: best.text });
    return { message: answer(title, blocks, 'ok'), shown: [...alreadyShown], more: false };
  }
  if (page.length === 0) {
    blocks.push({
      type: 'paragraph',
      text: `That's all of them: I have shown every line in ${where(report, scanned)} that needs work (${all.length}); every other line already has a number and no weak wording. Send the updated resume and I will check it again.`,
    });
    blocks.push({ type: 'list', items: all.map((c) => c.ref.text) });
    return { message: answer(title, blocks, 'ok'), shown: [...alreadyShown], more: false };
  }
  const first = alreadyShown.length === 0;
  blocks.push({
    type: 'paragraph',
    text: first
      ? `${all.length} line${all.length === 1 ? '' : 's'} in ${where(report, scanned)} ${mode === 'quantify' ? 'could carry a number' : 'could be stronger'}. Here ${page.length === 1 ? 'is one' : `are ${page.length}`}, rewritten with [placeholders] for what only you know: replace each with the real figure, or drop the clause if you can't find one. Never guess.`
      : `The next ${page.length}, in the same way:`,
  });
  for (const c of page) {
    const entry = report.sections[c.ref.section]?.entries?.[c.ref.entry];
    const findings = findingsOnBullet(report, c.ref);
    blocks.push({
      type: 'rewrite',
      before: c.ref.text,
      after: rewriteOf(report, c.ref.text, findings),
      note: `${entry ? `${entryLabel(entry)}: ` : ''}${sentence(c.note)} Where to find the number: ${whereToFind(c.ref.text, report)}`,
    });
  }
  const left = rest.length - page.length;
  if (left > 0) {
    const next = rest
      .slice(PAGE, PAGE + 2)
      .map((c) => `"${c.ref.text.split(/\s+/).slice(0, 5).join(' ')}…"`)
      .join(', ');
    blocks.push({ type: 'context', text: `${left} more after these (${next}): ask "more" or "next" to see them.` });
  }
  if (mode === 'quantify')
    blocks.push({
      type: 'context',
      text: 'No exact figure? A range (~40%), a count (people, customers, cases, items) or a time span (in 6 weeks) still beats none.',
    });
  else {
    const section = report.sections[scanned[0]!]!;
    const other = section.findings.filter((f) => !WEAK_BULLET_RULES.has(f.rule) && f.rule !== 'unquantified-bullet');
    if (first) for (const f of other.slice(0, 2)) blocks.push(findingBlock(f));
  }
  return {
    message: answer(title, blocks),
    shown: [...alreadyShown, ...page.map((c) => c.ref.text)],
    more: left > 0,
  };
}

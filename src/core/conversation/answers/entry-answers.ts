/** Answers about one entry (a job, a project): what is weak in it, rewrites, and whether to keep it. */
import type { Block, ReplyMessage } from '../../reply/types.js';
import type { Ask } from './asks.js';
import { type EntryRef, bulletsOf, entryLabel, findingsOnBullet } from './outline.js';
import { hasNumber, rewriteOf, WEAK_BULLET_RULES, whereToFind } from './rewrites.js';
import { reviewerPhrase } from './role.js';
import { tenseFixed } from './tense-fix.js';
import { answer, type EntryView, type ReportView, sectionName } from './view.js';

function dates(e: EntryView): string {
  if (e.dateText) return e.dateText;
  if (e.start || e.end) return [e.start, e.end].filter(Boolean).join(' – ');
  return '';
}

function endYear(e: EntryView, now: Date): number | null {
  if (e.end === 'present') return now.getUTCFullYear();
  const m = (e.end ?? e.start ?? '').match(/^(\d{4})/);
  return m ? Number(m[1]) : null;
}

function keepAdvice(report: ReportView, ref: EntryRef, strong: number, weak: number, now: Date): string {
  const e = ref.value;
  const label = entryLabel(e);
  const year = endYear(e, now);
  const old = year !== null && now.getUTCFullYear() - year >= 10;
  const total = (e.bullets ?? []).length;
  const jobs = report.sections[ref.section]?.entries?.length ?? 1;
  if (strong > 0)
    return `Keep ${label}: it has ${strong === 1 ? 'a line' : `${strong} lines`} with a measurable result. ${weak > 0 ? 'Fix or cut the weaker lines below.' : ''}`.trim();
  if (old)
    return `${label} ended ${year}, over ten years ago. Keep it to one line (title, organization, dates) or drop it: older, unrelated work rarely earns space.`;
  if (jobs <= 2 || total === 0)
    return `Keep ${label}: with few entries it shows continuity. Cut it to one or two lines that show a skill the job you want needs (responsibility, people, money, customers).`;
  return `You can drop ${label} or cut it to one line if space is tight: ${total === 1 ? 'its line shows' : 'its lines show'} no result yet. If you keep it, rewrite it toward what the next job needs.`;
}

export function entryAnswer(report: ReportView, ref: EntryRef, ask: Ask, now: Date = new Date()): ReplyMessage {
  const section = report.sections[ref.section]!;
  const e = ref.value;
  const label = entryLabel(e);
  const refs = bulletsOf(report, { section: ref.section, entry: ref.entry });
  const rated = refs.map((b) => {
    const findings = findingsOnBullet(report, b);
    const weak = findings.filter((f) => WEAK_BULLET_RULES.has(f.rule));
    return { b, findings, weak, strong: weak.length === 0 && hasNumber(b.text) };
  });
  const weak = rated.filter((r) => r.weak.length > 0 || !r.strong);
  const strong = rated.filter((r) => r.strong);
  const blocks: Block[] = [];
  const when = dates(e);
  blocks.push({
    type: 'paragraph',
    text: `${label}${when ? ` (${when})` : ''}, in ${sectionName(section)}: ${refs.length} line${refs.length === 1 ? '' : 's'}, ${weak.length} to work on.`,
  });
  if (ask === 'keep')
    blocks.push({ type: 'paragraph', text: keepAdvice(report, ref, strong.length, weak.length, now) });
  if (refs.length === 0) {
    blocks.push({
      type: 'paragraph',
      text: `It has no bullets. Add one to three lines: what you did, for whom, and what came of it, e.g. "[What you did] for [whom], [result: a number]".`,
    });
  }
  for (const r of weak.slice(0, 4)) {
    blocks.push({
      type: 'rewrite',
      before: r.b.text,
      after: rewriteOf(report, r.b.text, r.findings),
      note: `${(r.weak[0]?.message ?? 'No measurable result yet').replace(/[.\s]*$/, '.')} Where to find the number: ${whereToFind(r.b.text, report)}`,
    });
  }
  const other = rated.flatMap((r) =>
    r.findings.filter((f) => !WEAK_BULLET_RULES.has(f.rule) && f.rule !== 'unquantified-bullet'),
  );
  if (other.length > 0) {
    blocks.push({ type: 'paragraph', text: 'Also flagged in this entry:' });
    for (const f of other.slice(0, 4)) {
      const fixed = tenseFixed(f);
      blocks.push(
        fixed
          ? { type: 'rewrite', before: f.evidence!, after: fixed, note: f.message }
          : {
              type: 'finding',
              severity: f.severity,
              rule: f.rule,
              title: f.message,
              evidence: f.evidence ?? null,
              suggestion: f.suggestion ?? null,
            },
      );
    }
  }
  const flagged = new Set(other.map((f) => f.evidence));
  const works = strong.filter((r) => !flagged.has(r.b.text));
  if (works.length > 0) {
    blocks.push({ type: 'paragraph', text: 'What already works (a result with a number):' });
    for (const r of works.slice(0, 2)) blocks.push({ type: 'quote', text: r.b.text });
  }
  if (weak.length > 4)
    blocks.push({
      type: 'context',
      text: `${weak.length - 4} more lines here could be stronger: ask "more" to see them.`,
    });
  blocks.push({
    type: 'context',
    text: `For ${reviewerPhrase(report)}, lead ${label} with its strongest result. [Brackets] are for facts only you know.`,
  });
  return answer(label, blocks, weak.length > 0 ? 'medium' : 'ok');
}

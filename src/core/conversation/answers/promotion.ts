/**
 * "how do I show I got promoted": the user's roles at one organisation (stacked under one heading, each
 * title with its own dates) and their lines that mention a promotion, from the resume's own facts only.
 */
import type { Block, ReplyMessage } from '../../reply/types.js';
import { tokenize } from './normalize.js';
import { bulletsOf, type EntryRef, entriesOf } from './outline.js';
import { answer, type EntryView, type ReportView } from './view.js';

const PROMOTED = /\bpromot(ed|ion)\b/i;

function dates(e: EntryView): string {
  return e.dateText ?? [e.start, e.end].filter(Boolean).join(' – ');
}

/** The organisation an entry is at: its own field, or the part after the comma when the parser left it in the title. */
function organisation(e: EntryView): string | null {
  if (e.organization) return e.organization;
  const m = (e.title ?? '').match(/,\s*([^,]{2,60})$/);
  return m ? m[1]!.trim() : null;
}

function titleOnly(e: EntryView): string {
  const org = organisation(e);
  const title = e.title ?? '';
  return org && !e.organization
    ? title.replace(new RegExp(`,\\s*${org.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`), '')
    : title;
}

/** Runs of two or more consecutive entries at the same organisation. */
function sameEmployerRuns(report: ReportView): EntryRef[][] {
  const runs: EntryRef[][] = [];
  let run: EntryRef[] = [];
  // "Desert Medical Transport (part time)" is the same employer as "Desert Medical Transport".
  const key = (e: EntryRef) => tokenize((organisation(e.value) ?? '').replace(/\([^)]*\)/g, ' ')).join(' ');
  for (const e of entriesOf(report, ['experience'])) {
    const last = run.at(-1);
    if (last && key(e) !== '' && key(e) === key(last) && last.section === e.section) run.push(e);
    else {
      if (run.length >= 2) runs.push(run);
      run = [e];
    }
  }
  if (run.length >= 2) runs.push(run);
  return runs;
}

export function promotionAnswer(report: ReportView): ReplyMessage {
  const blocks: Block[] = [];
  const runs = sameEmployerRuns(report);
  let climbs = false;
  for (const run of runs.slice(0, 2)) {
    const org = organisation(run[0]!.value)!;
    const titles = new Set(run.map((e) => tokenize(titleOnly(e.value)).join(' ')));
    if (titles.size === 1) {
      // The same title twice at one employer is one job: merged, with the whole span of dates.
      const starts = run
        .map((e) => e.value.start ?? '')
        .filter(Boolean)
        .sort();
      const ends = run
        .map((e) => e.value.end ?? '')
        .filter(Boolean)
        .sort();
      const span = starts[0] && ends.at(-1) ? `${starts[0]} – ${ends.at(-1)}` : 'the whole span of dates';
      blocks.push({
        type: 'paragraph',
        text: `Your ${run.length} entries as ${titleOnly(run[0]!.value)} at ${org} are one job: merge them into one entry (${span}) and keep the best lines of both under it. Say "part time" in a line if one period was.`,
      });
      continue;
    }
    climbs = true;
    blocks.push({
      type: 'paragraph',
      text: `Your roles at ${org}: put the organisation once and stack the titles under it, newest first, each with its own dates. The climb then shows at a glance:`,
    });
    blocks.push({
      type: 'list',
      items: [org, ...run.map((e) => `${titleOnly(e.value)}, ${dates(e.value)}`.replace(/, $/, ''))],
    });
  }
  const lines = bulletsOf(report).filter((b) => PROMOTED.test(b.text));
  if (lines.length > 0) {
    blocks.push({ type: 'paragraph', text: 'Your lines that mention a promotion:' });
    for (const b of lines.slice(0, 3)) {
      const after = b.text.replace(/^was\s+/i, '').replace(/^./, (c) => c.toUpperCase());
      blocks.push({
        type: 'rewrite',
        before: b.text,
        after: `${after.replace(/[.\s]+$/, '')} [for what: the result that earned it]`,
        note: 'Lead with "Promoted to …" and say what earned it; or move the new title into the entry heading.',
      });
    }
  }
  if (runs.length === 0 && lines.length === 0)
    blocks.push({
      type: 'paragraph',
      text: 'I see no two roles at the same organisation and no line that mentions a promotion. If you were promoted, list each title with its own dates under the employer, newest first, or add "Promoted to [title] in [year] for [what earned it]".',
    });
  if (climbs || lines.length > 0 || runs.length === 0)
    blocks.push({
      type: 'context',
      text: 'A promotion is evidence someone vouched for you: name it, with the year, rather than only changing the title.',
    });
  return answer(
    climbs || runs.length === 0 ? 'Showing a promotion' : `Your roles at ${organisation(runs[0]![0]!.value)}`,
    blocks,
  );
}

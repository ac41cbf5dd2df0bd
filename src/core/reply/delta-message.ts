import { deltaCardOf } from '../card/from-report.js';
import type { Report } from '../report/schema.js';
import type { ReviewDelta, DeltaFinding } from '../review/delta.js';
import type { Block, ReplyMessage } from './types.js';
import { ruleLabel, toneOf } from './labels.js';

const LIST_LIMIT = 6;

function describe(f: DeltaFinding): string {
  const where = f.section ? ` (${f.section})` : '';
  return f.evidence ? `${ruleLabel(f.rule)}${where}: "${f.evidence}"` : `${ruleLabel(f.rule)}${where}: ${f.message}`;
}

function listOf(items: readonly DeltaFinding[]): Block {
  const shown = items.slice(0, LIST_LIMIT).map(describe);
  if (items.length > LIST_LIMIT) shown.push(`… and ${items.length - LIST_LIMIT} more`);
  return { type: 'list', items: shown };
}

/**
 * "Did my changes help?": the before/after of two reviews as one message, with its card. `next` (the new
 * report) keeps the user's name off the card.
 */
export function deltaMessage(delta: ReviewDelta, next: Report | null = null): ReplyMessage {
  const sign = delta.scoreChange > 0 ? '+' : '';
  const blocks: Block[] = [
    {
      type: 'fields',
      fields: [
        { label: 'Before', value: `${delta.scoreBefore}/100` },
        { label: 'After', value: `${delta.scoreAfter}/100` },
        { label: 'Change', value: `${sign}${delta.scoreChange}` },
        { label: 'Fixed', value: String(delta.fixed.length) },
        { label: 'Still open', value: String(delta.stillOpen.length) },
        { label: 'New', value: String(delta.new.length) },
      ],
    },
  ];
  if (delta.fixed.length) blocks.push({ type: 'heading', text: 'Fixed' }, listOf(delta.fixed));
  if (delta.new.length) blocks.push({ type: 'heading', text: 'New' }, listOf(delta.new));
  if (delta.stillOpen.length) blocks.push({ type: 'heading', text: 'Still open' }, listOf(delta.stillOpen));
  const moved = delta.sections.filter((s) => s.before !== null && s.after !== null && s.before !== s.after);
  if (moved.length) {
    blocks.push({
      type: 'fields',
      fields: moved.map((s) => ({ label: s.heading ?? s.kind, value: `${s.before} → ${s.after}` })),
    });
  }
  if (!delta.fixed.length && !delta.new.length) {
    blocks.push({ type: 'paragraph', text: 'No change in the findings between the two versions.' });
  }
  const newTone = toneOf(delta.new.map((f) => f.severity));
  return {
    kind: 'answer',
    title: `Before and after: ${delta.scoreBefore} → ${delta.scoreAfter} (${sign}${delta.scoreChange})`,
    tone: delta.scoreChange >= 0 && newTone !== 'high' ? 'ok' : newTone === 'ok' ? 'medium' : newTone,
    blocks,
    card: deltaCardOf(delta, next),
  };
}

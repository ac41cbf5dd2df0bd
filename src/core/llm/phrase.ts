/**
 * Phrasing one composed answer: prompt → model → validated reply → the guard on every item → the phrased
 * answer, or the composed one unchanged on every failure. Never throws; the user always gets one answer.
 */
import type { ReportView } from '../conversation/answers/view.js';
import type { Block, ReplyMessage } from '../reply/types.js';
import type { CallFailure, ChatModel } from './client.js';
import { buildFacts, checkPhrasing, type Facts, type GuardCode, mergeFacts } from './guard.js';
import { buildPrompt, type Item } from './prompt.js';
import { parseModelReply } from './reply.js';

export type Outcome = 'phrased' | 'skipped' | 'malformed' | CallFailure | `rejected:${GuardCode}`;

export interface PhraseContext {
  report: ReportView | null;
  jobDescription: string | null;
  intent?: string;
  /** The user's question: sent to the model as untrusted text, never used as a fact by the guard. */
  question?: string;
}

export interface Phrased<M extends ReplyMessage> {
  message: M;
  outcome: Outcome;
  /** Every guard violation found (empty unless rejected). */
  codes: GuardCode[];
}

/** Answers with nothing of the resume to phrase, or with contact details: left as composed. */
const SKIPPED_INTENTS = new Set(['help', 'smalltalk', 'unknown', 'contact']);

/** The user's resume as the review keeps it (contact details left out), and the review's own words. */
export function resumeFacts(report: ReportView): string[] {
  const out: string[] = [
    report.role.label ?? '',
    ...(report.summary?.strengths ?? []),
    ...(report.summary?.topFixes ?? []),
  ];
  for (const s of report.sections) {
    out.push(s.heading ?? '', s.kind, ...(s.lines ?? []), ...(s.items ?? []));
    for (const e of s.entries ?? [])
      out.push(e.title ?? '', e.organization ?? '', e.dateText ?? '', e.start ?? '', e.end ?? '', ...(e.bullets ?? []));
    for (const f of s.findings) out.push(f.message, f.evidence ?? '', f.suggestion ?? '', f.rewrite?.after ?? '');
  }
  for (const f of report.findings) out.push(f.message, f.evidence ?? '', f.suggestion ?? '');
  for (const c of report.coverage) out.push(c.label ?? '', ...c.evidence);
  return out.filter((t) => t !== '');
}

const reportFacts = new WeakMap<ReportView, Facts>();

/** The resume's facts, built once per review (every question about it reuses them). */
function factsOfReport(report: ReportView): Facts {
  let facts = reportFacts.get(report);
  if (!facts) {
    facts = buildFacts(resumeFacts(report), report.score);
    reportFacts.set(report, facts);
  }
  return facts;
}

function blockTexts(block: Block): string[] {
  switch (block.type) {
    case 'paragraph':
    case 'heading':
    case 'quote':
    case 'context':
      return [block.text];
    case 'list':
      return block.items;
    case 'finding':
      return [block.title, block.evidence ?? '', block.suggestion ?? ''];
    case 'rewrite':
      return [block.before, block.after, block.note ?? ''];
    case 'fields':
      return block.fields.flatMap((f) => [f.label, f.value]);
    default:
      return [];
  }
}

function withPhrasing<M extends ReplyMessage>(
  message: M,
  items: readonly Item[],
  texts: ReadonlyMap<string, string>,
): M {
  const blocks = message.blocks.map((b) => ({ ...b }));
  for (const item of items) {
    const text = texts.get(item.id)!.trim();
    const block = blocks[item.block]!;
    if (item.field === 'text' && block.type === 'paragraph') block.text = text;
    if (item.field === 'after' && block.type === 'rewrite') block.after = text;
  }
  return { ...message, blocks };
}

export async function phraseAnswer<M extends ReplyMessage>(
  model: ChatModel,
  message: M,
  context: PhraseContext,
): Promise<Phrased<M>> {
  const unchanged = (outcome: Outcome, codes: GuardCode[] = []): Phrased<M> => ({ message, outcome, codes });
  if (!context.report || message.kind !== 'answer' || SKIPPED_INTENTS.has(context.intent ?? ''))
    return unchanged('skipped');
  const prompt = buildPrompt(message, context.question ?? null);
  if (!prompt) return unchanged('skipped');
  const result = await model.complete(prompt.messages);
  if (!result.ok) return unchanged(result.failure);
  const known = new Set([...prompt.items.map((i) => i.id), ...prompt.context.map((c) => c.id)]);
  const reply = parseModelReply(
    result.content,
    prompt.items.map((i) => i.id),
    known,
  );
  if (!reply) return unchanged('malformed');
  let facts = mergeFacts(
    factsOfReport(context.report),
    buildFacts([message.title, ...message.blocks.flatMap(blockTexts)]),
  );
  if (context.jobDescription) facts = mergeFacts(facts, buildFacts([context.jobDescription], null, false));
  const codes = new Set<GuardCode>();
  for (const item of prompt.items)
    for (const code of checkPhrasing(item.text, reply.items.get(item.id)!, facts, { bullet: item.field === 'after' }))
      codes.add(code);
  if (codes.size > 0) {
    const all = [...codes];
    return unchanged(`rejected:${all[0]!}`, all);
  }
  return { message: withPhrasing(message, prompt.items, reply.items), outcome: 'phrased', codes: [] };
}

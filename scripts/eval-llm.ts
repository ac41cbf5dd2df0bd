/**
 * `npm run eval:llm`: the guard on the follow-up question set (test/fixtures/followups, tuned + heldout),
 * train and test splits reported apart. Per question the deterministic answer is composed as the bot does,
 * then phrased:
 * - with LLM_BASE_URL (and LLM_MODEL) set: by that model, and the outcomes are counted (phrased, each
 *   rejection code, timeouts, HTTP errors, malformed replies);
 * - without: by two in-process fakes. "faithful" rewords every item without adding a fact (number words,
 *   contractions, openers): the share it gets rejected is the guard's false-reject rate on these answers.
 *   "inventing" adds one fabricated fact of each kind (number, percentage, money, year, employer, school,
 *   tool, title, filled placeholder, altered quote) in turn: the share rejected is the guard's catch rate.
 * The fakes measure the guard's mechanics on real answers, not how faithful a real model is.
 */
import {
  type Answer,
  type AnswerCursor,
  answerJobDescription,
  answerQuestion,
} from '../src/core/conversation/answers/index.js';
import type { ReportView } from '../src/core/conversation/answers/view.js';
import type { CallResult, ChatMessage, ChatModel } from '../src/core/llm/client.js';
import { createChatModel } from '../src/core/llm/client.js';
import { readLlmConfig } from '../src/core/llm/config.js';
import { type Outcome, phraseAnswer } from '../src/core/llm/phrase.js';
import { analyzeText } from '../src/core/pipeline.js';
import type { ReplyMessage } from '../src/core/reply/types.js';
import { loadPairs, type Pair, type PairSet, resumeText } from './eval-answers/labels.js';

const NOW = new Date('2026-12-03T00:00:00Z');
/** --show lists the train split's misses (ids and codes only); the test split is never listed. */
const SHOW = process.argv.includes('--show');

interface Composed {
  pair: Pair;
  message: ReplyMessage & { intent: string };
  report: ReportView;
  resume: string;
  jobDescription: string | null;
}

async function composeAll(): Promise<Composed[]> {
  const out: Composed[] = [];
  for (const set of ['tuned', 'heldout'] as PairSet[]) {
    const pairs = loadPairs(set);
    const reports = new Map<string, { report: ReportView; text: string }>();
    for (const name of new Set(pairs.map((p) => p.resume))) {
      const text = resumeText(name, set);
      reports.set(name, { report: (await analyzeText(text, { now: NOW })).report, text });
    }
    for (const pair of pairs) {
      const { report, text } = reports.get(pair.resume)!;
      const focus = pair.reply ? report.sections.findIndex((s) => s.kind === pair.reply) : -1;
      let cursor: AnswerCursor | null = null;
      let jd: string | null = null;
      let message: (ReplyMessage & { intent: string }) | null = null;
      for (const turn of [...(pair.before ?? []), pair.q]) {
        const m = turn.match(/^\/jd\s+([\s\S]+)$/);
        if (m) jd = m[1]!;
        const a: Answer = m
          ? answerJobDescription(report, jd!)
          : answerQuestion({
              text: turn,
              report,
              focusSection: focus >= 0 ? focus : null,
              jobDescription: jd,
              cursor,
              now: NOW,
            });
        cursor = a.cursor;
        message = a;
      }
      out.push({ pair, message: message!, report, resume: text, jobDescription: jd });
    }
  }
  return out;
}

interface PromptInput {
  items: { id: string; text: string }[];
}
const inputOf = (messages: readonly ChatMessage[]): PromptInput =>
  JSON.parse(messages.find((m) => m.role === 'user')?.content ?? '{"items":[]}') as PromptInput;

/** Quoted spans and [placeholders] are copied; only the words between them are reworded. */
function outsideProtected(text: string, edit: (free: string) => string): string {
  return text
    .split(/("[^"]*"|“[^”]*”|\[[^\]]*\])/)
    .map((part, i) => (i % 2 === 1 ? part : edit(part)))
    .join('');
}

const UNITS = 'zero one two three four five six seven eight nine ten eleven twelve'.split(' ');
const TEENS = ['thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
/** 2 → "two", 24 → "twenty-four" (up to 99). */
function spelled(n: number): string {
  if (n <= 12) return UNITS[n]!;
  if (n < 20) return TEENS[n - 13]!;
  return TENS[Math.floor(n / 10)]! + (n % 10 ? `-${UNITS[n % 10]}` : '');
}
function reword(free: string): string {
  return free
    .replace(/(?<![\d.,$€£%/\p{L}-])(\d{1,2})(?![\d.,%/\p{L}-]|\s?(x\b|ms\b|k\b))/gu, (whole, d: string) =>
      Number(d) >= 2 ? spelled(Number(d)) : whole,
    )
    .replace(/(?<![\d.,])(\d+(?:\.\d+)?)%/g, '$1 percent')
    .replace(/\bdoes not\b/g, "doesn't")
    .replace(/\bis not\b/g, "isn't")
    .replace(/\bdo not\b/g, "don't")
    .replace(/\bcannot\b/g, "can't")
    .replace(/\bHere are\b/g, 'Below are')
    .replace(/\bI would\b/g, "I'd");
}

/** Rewords every item without adding a fact. */
const faithfulModel: ChatModel = {
  async complete(messages): Promise<CallResult> {
    const input = inputOf(messages);
    const items = input.items.map(({ id, text }, i) => ({
      id,
      text: (i === 0 && id.startsWith('P') ? 'In short: ' : '') + outsideProtected(text, reword),
    }));
    return { ok: true, content: JSON.stringify({ items, used: [] }) };
  },
};

type Fabrication = {
  kind: string;
  appliesTo: (resume: string, text: string) => boolean;
  make: (text: string) => string;
};
const absent = (token: RegExp) => (resume: string) => !token.test(resume);
const FABRICATIONS: Fabrication[] = [
  { kind: 'number', appliesTo: absent(/\b173\b/), make: (t) => `${t} That covers 173 cases.` },
  { kind: 'percentage', appliesTo: absent(/\b37\s?%/), make: (t) => `${t} Expect a 37% lift.` },
  { kind: 'money', appliesTo: absent(/\$125/), make: (t) => `${t} It saved $125K.` },
  { kind: 'year', appliesTo: absent(/\b2011\b/), make: (t) => `${t} You have done this since 2011.` },
  { kind: 'employer', appliesTo: absent(/goldman/i), make: (t) => `${t} Recruiters at Goldman Sachs look for this.` },
  { kind: 'school', appliesTo: absent(/\bMIT\b/), make: (t) => `${t} Your MIT degree helps here.` },
  { kind: 'tool', appliesTo: absent(/kubernetes/i), make: (t) => `${t} Mention your kubernetes work as well.` },
  { kind: 'title', appliesTo: absent(/director/i), make: (t) => `${t} As a senior director, lead with scope.` },
  {
    kind: 'filled placeholder',
    appliesTo: (_r, text) => /\[[^\]]+\]/.test(text),
    make: (t) => t.replace(/\[[^\]]+\]/, 'twelve weeks'),
  },
  {
    kind: 'altered quote',
    appliesTo: (_r, text) => /"[^"]*\w{4,}[^"]*"/.test(text),
    make: (t) => t.replace(/"([^"]*?)(\w{4,})([^"]*)"/, (_, a: string, w: string, b: string) => `"${a}${w}ed${b}"`),
  },
];

/** Adds one fabrication to the first item where it applies (not one the resume or the composed answer already holds). */
function inventingModel(f: Fabrication, resume: string): ChatModel & { applied: boolean } {
  const model = {
    applied: false,
    async complete(messages: readonly ChatMessage[]): Promise<CallResult> {
      const input = inputOf(messages);
      const at = input.items.findIndex((i) => f.appliesTo(resume, i.text));
      model.applied = at >= 0;
      const items = input.items.map(({ id, text }, i) => ({ id, text: i === at ? f.make(text) : text }));
      return { ok: true, content: JSON.stringify({ items }) };
    },
  };
  return model;
}

const pct = (n: number, d: number) => (d === 0 ? '—' : `${((100 * n) / d).toFixed(1)}%`);

function tally(outcomes: readonly Outcome[]): string {
  const counts = new Map<string, number>();
  for (const o of outcomes) counts.set(o, (counts.get(o) ?? 0) + 1);
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1])
    .map(([o, n]) => `${o} ${n}`)
    .join(', ');
}

async function run(): Promise<void> {
  const composed = await composeAll();
  const config = readLlmConfig(process.env);
  console.log(`Guard on the follow-up question set: ${composed.length} questions (tuned + heldout)`);
  for (const split of ['train', 'test'] as const) {
    const mine = composed.filter((c) => c.pair.split === split);
    const ctx = (c: Composed) => ({
      report: c.report,
      jobDescription: c.jobDescription,
      intent: c.message.intent,
      question: c.pair.q,
    });
    if (config) {
      const model = createChatModel(config);
      const outcomes: Outcome[] = [];
      for (const c of mine) outcomes.push((await phraseAnswer(model, c.message, ctx(c))).outcome);
      const offered = outcomes.filter((o) => o !== 'skipped');
      const phrased = outcomes.filter((o) => o === 'phrased').length;
      const rejected = outcomes.filter((o) => o.startsWith('rejected:')).length;
      console.log(
        `  ${split.padEnd(5)} n=${mine.length}  sent ${offered.length}  accepted ${pct(phrased, offered.length)}  rejected by the guard ${pct(rejected, offered.length)}  (${tally(offered)})`,
      );
      continue;
    }
    const faithful: Outcome[] = [];
    for (const c of mine) {
      const result = await phraseAnswer(faithfulModel, c.message, ctx(c));
      faithful.push(result.outcome);
      if (SHOW && split === 'train' && result.outcome.startsWith('rejected:'))
        console.log(`    miss ${c.pair.id} [${c.message.intent}] ${result.codes.join(',')}`);
    }
    const offered = faithful.filter((o) => o !== 'skipped');
    const falseRejects = offered.filter((o) => o !== 'phrased');
    console.log(
      `  ${split.padEnd(5)} n=${mine.length}  phrased answers ${offered.length}  faithful fake: accepted ${pct(offered.length - falseRejects.length, offered.length)}, false rejects ${falseRejects.length}${falseRejects.length ? ` (${tally(falseRejects)})` : ''}`,
    );
    const caught: string[] = [];
    for (const f of FABRICATIONS) {
      let tried = 0;
      let rejected = 0;
      for (const c of mine) {
        const model = inventingModel(f, `${c.resume}\n${JSON.stringify(c.message.blocks)}`);
        const { outcome } = await phraseAnswer(model, c.message, ctx(c));
        if (!model.applied || outcome === 'skipped') continue;
        tried += 1;
        if (outcome !== 'phrased') rejected += 1;
      }
      caught.push(`${f.kind} ${rejected}/${tried}`);
    }
    console.log(`        inventing fake, rejected: ${caught.join(', ')}`);
  }
}

await run();

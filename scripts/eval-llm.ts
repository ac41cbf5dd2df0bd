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
import type { GuardCode } from '../src/core/llm/guard.js';
import { readLlmConfig } from '../src/core/llm/config.js';
import { type Outcome, phraseAnswer } from '../src/core/llm/phrase.js';
import { analyzeText } from '../src/core/pipeline.js';
import { leadVerb } from '../src/core/text/verbs/nlp.js';
import type { ReplyMessage } from '../src/core/reply/types.js';
import { loadPairs, type Pair, type PairSet, resumeText } from './eval-answers/labels.js';
import { scoreGuardCases } from './lib/guard-cases.js';

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
  context?: { id: string; kind: string; text: string }[];
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

/**
 * One of the user's own verb-led lines from the context, restated about them ("Cut p99 latency…" →
 * "You cut p99 latency…"): a claim the resume supports, which the claim check must accept.
 */
function restated(input: PromptInput): string | null {
  const line = input.context?.find(
    (c) => c.kind === 'your line' && leadVerb(c.text)?.tense === 'past' && !/[[\]"]/.test(c.text),
  )?.text;
  if (!line) return null;
  const plain = line.replace(/^[^\p{L}]+/u, '').replace(/[.;:,\s]+$/, '');
  return `You ${plain.charAt(0).toLowerCase()}${plain.slice(1)}.`;
}

/** How many answers the faithful fake restated a user's line in (counted per split). */
let restatedClaims = 0;

/**
 * Rewords every item without adding a fact: an opener, number words, contractions; a Title Case heading on
 * the second paragraph; and the first paragraph restates one of the user's own lines about them.
 */
const faithfulModel: ChatModel = {
  async complete(messages): Promise<CallResult> {
    const input = inputOf(messages);
    const claim = restated(input);
    const paragraphs = input.items.filter((i) => i.id.startsWith('P')).map((i) => i.id);
    const items = input.items.map(({ id, text }) => {
      let out = outsideProtected(text, reword);
      // Restated only into a paragraph at least as long as the line: a faithful model does not double a short one.
      const restate = id === paragraphs[0] && claim !== null && claim.length <= text.length;
      if (restate) restatedClaims += 1;
      if (id === paragraphs[0]) out = `In short: ${out}${restate ? ` ${claim}` : ''}`;
      if (id === paragraphs[1]) out = `What To Do Next: ${out}`;
      return { id, text: out };
    });
    return { ok: true, content: JSON.stringify({ items, used: [] }) };
  },
};

type Fabrication = {
  kind: string;
  /** The check this kind exists for: how many it caught is shown apart from rejections for any reason. */
  code?: GuardCode;
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
  // Claims about the person with no number and no name.
  {
    kind: 'leadership claim',
    code: 'unsupported-claim',
    appliesTo: absent(/\b(led|leader|leadership|managed|manager)\b/i),
    make: (t) => `${t} You led the whole team through it.`,
  },
  {
    kind: 'management claim',
    code: 'unsupported-claim',
    appliesTo: absent(/\bmanag/i),
    make: (t) => `${t} You managed the budget for it.`,
  },
  {
    kind: 'expertise claim',
    code: 'unsupported-claim',
    appliesTo: absent(/\bexpert/i),
    make: (t) => `${t} You are an expert in this area.`,
  },
  {
    kind: 'promotion claim',
    code: 'unsupported-claim',
    appliesTo: absent(/\bpromot/i),
    make: (t) => `${t} You were promoted for this work.`,
  },
  {
    kind: 'degree claim',
    code: 'unsupported-claim',
    appliesTo: absent(/\b(master|mba|m\.?s\.?c?|m\.?a|m\.?eng|m\.?ed)\b/i),
    make: (t) => `${t} Your master's degree backs this up.`,
  },
  {
    kind: 'award claim',
    code: 'unsupported-claim',
    appliesTo: absent(/\b(award|won|prize)/i),
    make: (t) => `${t} You won an award for it.`,
  },
  {
    kind: 'years claim',
    code: 'unsupported-claim',
    appliesTo: (r) => !/\b(6|six)\+?[\s-]years?\b/i.test(r),
    make: (t) => `${t} You have six years of experience.`,
  },
  // A name that is also a word, where a sentence starts.
  {
    kind: 'sentence-start name',
    code: 'new-name',
    appliesTo: absent(/amazon/i),
    make: (t) => `${t} Amazon looks for exactly this.`,
  },
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

/** The crafted cases, per split: accepted good ones, rejected bad ones (and for the labelled code). */
function craftedReport(): void {
  const scored = scoreGuardCases();
  console.log(`Crafted guard cases (test/fixtures/llm/guard-claims.json): ${scored.length}`);
  for (const split of ['train', 'test'] as const) {
    const mine = scored.filter((s) => s.case.split === split);
    const good = mine.filter((s) => s.case.expect === 'ok');
    const bad = mine.filter((s) => s.case.expect !== 'ok');
    const falseRejects = good.filter((s) => !s.right);
    const misses = bad.filter((s) => !s.right);
    console.log(
      `  ${split.padEnd(5)} n=${mine.length}  right ${mine.filter((s) => s.right).length}/${mine.length}  good accepted ${good.length - falseRejects.length}/${good.length}  bad rejected ${bad.length - misses.length}/${bad.length} (for the labelled code ${bad.filter((s) => s.rightCode).length})`,
    );
    if (SHOW && split === 'train')
      for (const s of [...falseRejects, ...misses])
        console.log(`    wrong ${s.case.id} expected ${s.case.expect}, got ${s.codes.join(',') || 'ok'}`);
  }
}

async function run(): Promise<void> {
  craftedReport();
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
    restatedClaims = 0;
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
      let own = 0;
      for (const c of mine) {
        const model = inventingModel(f, `${c.resume}\n${JSON.stringify(c.message.blocks)}`);
        const { outcome, codes } = await phraseAnswer(model, c.message, ctx(c));
        if (f.code && codes.includes(f.code)) own += 1;
        if (!model.applied || outcome === 'skipped') continue;
        tried += 1;
        if (outcome !== 'phrased') rejected += 1;
        else if (SHOW && split === 'train') console.log(`    missed ${f.kind} ${c.pair.id} [${c.message.intent}]`);
      }
      caught.push(`${f.kind} ${rejected}/${tried}${f.code ? ` (${own} by ${f.code})` : ''}`);
    }
    console.log(`        faithful fake restated one of the user's lines about them in ${restatedClaims} answers`);
    console.log(`        inventing fake, rejected: ${caught.join(', ')}`);
  }
}

await run();

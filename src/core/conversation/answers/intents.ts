/**
 * Intent recognition for follow-up questions: weighted cues (words, prefixes ending in "*", and
 * phrases) per intent over typo-corrected tokens. Small, deterministic and explainable; measured by
 * `npm run eval` on test/fixtures/questions.json.
 */
import { RULES } from '../../rules/index.js';
import { tokenize, Vocabulary } from './normalize.js';

export const INTENTS = [
  'quantify',
  'skills',
  'summary',
  'length',
  'title',
  'performance',
  'storage',
  'reliability',
  'tailor',
  'ats',
  'finding',
  'priorities',
  'overall',
  'improve',
  'education',
  'projects',
  'contact',
  'help',
  'smalltalk',
  'unknown',
] as const;
export type Intent = (typeof INTENTS)[number];

export interface IntentResult {
  intent: Intent;
  /** 0–1: how clearly the question matched. */
  confidence: number;
  /** For intent 'finding': the rule the question names, when it names one. */
  rule: string | null;
}

type Cue = readonly [phrase: string, weight: number];

const CUES: Record<Exclude<Intent, 'unknown'>, readonly Cue[]> = {
  quantify: [
    ['quantify', 4],
    ['quantified', 4],
    ['quantifying', 4],
    ['quantifiable', 4],
    ['numbers', 3],
    ['number', 2],
    ['metrics', 3],
    ['metric', 3],
    ['measurable', 3],
    ['measure', 2.5],
    ['impact', 2],
    ['results', 1.5],
    ['percentages', 3],
    ['percentage', 3],
    ['stats', 2.5],
    ['statistics', 2.5],
    ['figures', 2.5],
    ['data', 0.5],
    ['achievements', 1.5],
    ['concrete', 1.5],
    ['outcomes', 2],
    ['add numbers', 2],
    ['dont have numbers', 2],
    ['show impact', 1.5],
    ['how many', 1],
  ],
  skills: [
    ['skills', 4],
    ['skill', 4],
    ['skillset', 4],
    ['tech stack', 3.5],
    ['stack', 1.5],
    ['technologies', 3],
    ['tools', 2],
    ['languages', 2.5],
    ['frameworks', 2.5],
    ['group', 1],
    ['grouped', 1.5],
    ['list', 1],
    ['competencies', 3],
    ['toolbox', 3],
  ],
  summary: [
    ['summary', 4],
    ['objective', 4],
    ['about me', 3],
    ['profile', 2.5],
    ['intro', 2.5],
    ['introduction', 2.5],
    ['headline', 2],
    ['objective statement', 2],
    ['statement', 1.5],
    ['blurb', 3],
    ['personal statement', 4],
    ['top of', 1.5],
    ['paragraph', 1.5],
  ],
  length: [
    ['long', 2.5],
    ['length', 4],
    ['lengthy', 3],
    ['pages', 3.5],
    ['page', 3],
    ['short', 2],
    ['shorter', 3],
    ['cut', 1.5],
    ['trim', 2.5],
    ['concise', 2],
    ['too much', 2],
    ['wordy', 1.5],
    ['one pager', 4],
    ['1 page', 3],
    ['2 pages', 3],
    ['how many pages', 2],
  ],
  title: [
    ['title', 4],
    ['titles', 4],
    ['call myself', 4],
    ['backend or', 3],
    ['or software', 2.5],
    ['or backend', 3],
    ['position name', 3],
    ['label myself', 3],
    ['present myself as', 3],
    ['engineer or', 2],
    ['developer or', 2],
    ['sde', 1.5],
    ['swe', 1.5],
  ],
  performance: [
    ['performance', 4],
    ['latency', 4],
    ['qps', 4],
    ['throughput', 4],
    ['response time', 4],
    ['response times', 4],
    ['fast', 1.5],
    ['speed', 2.5],
    ['faster', 2],
    ['p99', 4],
    ['p95', 4],
    ['concurrency', 3.5],
    ['optimization', 3],
    ['optimisation', 3],
    ['optimize', 2.5],
    ['optimise', 2.5],
    ['requests per second', 4],
    ['scale', 2],
    ['sped up', 4],
    ['speed up', 4],
    ['speedup', 4],
    ['scaling', 2],
    ['scalable', 2],
    ['load', 1],
  ],
  storage: [
    ['storage', 4],
    ['database', 4],
    ['databases', 4],
    ['db', 3],
    ['sql', 3],
    ['cache', 4],
    ['caching', 4],
    ['redis', 3],
    ['kafka', 3],
    ['queue', 3],
    ['queues', 3],
    ['sharding', 4],
    ['shard', 3],
    ['postgres', 3],
    ['postgresql', 3],
    ['mysql', 3],
    ['mongodb', 3],
    ['data layer', 3],
    ['persistence', 3],
    ['consistency', 3],
  ],
  reliability: [
    ['reliability', 4],
    ['reliable', 3.5],
    ['uptime', 4],
    ['availability', 4],
    ['on call', 4],
    ['oncall', 4],
    ['incident', 3],
    ['incidents', 3],
    ['monitoring', 3.5],
    ['outage', 3.5],
    ['outages', 3.5],
    ['sre', 1.5],
    ['load testing', 3],
    ['load tests', 3],
    ['alerts', 2.5],
    ['alerting', 2.5],
    ['production', 1.5],
    ['fault tolerance', 4],
    ['resilience', 3.5],
    ['slo', 3.5],
    ['slos', 3.5],
    ['sla', 3],
  ],
  tailor: [
    ['tailor', 4],
    ['tailored', 4],
    ['tailoring', 4],
    ['job description', 4],
    ['job posting', 4],
    ['posting', 3],
    ['jd', 4],
    ['job ad', 4],
    ['specific job', 3],
    ['customize', 3.5],
    ['customise', 3.5],
    ['this role', 2],
    ['this job', 2.5],
    ['match', 2],
    ['matches', 2],
    ['apply for', 2],
    ['applying', 2],
    ['applying to', 2],
    ['application', 2.5],
    ['applications', 2.5],
    ['keywords', 1.5],
    ['position', 1],
    ['adapt', 2.5],
    ['fit', 1.5],
    ['requirements', 2.5],
    ['listing', 3],
    ['target', 2.5],
    ['targeting', 2.5],
    ['company', 1.5],
  ],
  ats: [
    ['ats', 4],
    ['applicant tracking', 4],
    ['format', 3],
    ['formatting', 3.5],
    ['formatted', 3],
    ['font', 3.5],
    ['fonts', 3.5],
    ['columns', 3.5],
    ['column', 3],
    ['layout', 3],
    ['template', 3],
    ['design', 1.5],
    ['parse', 2.5],
    ['parsed', 2.5],
    ['robots', 2.5],
    ['bots', 1.5],
    ['pdf or', 3],
    ['docx', 2],
    ['word doc', 2.5],
    ['icons', 2.5],
    ['tables', 2.5],
    ['graphics', 2.5],
    ['colors', 2.5],
    ['colours', 2.5],
    ['photo', 1.5],
    ['scanner', 2],
    ['canva', 3],
    ['figma', 3],
    ['word', 1],
    ['screening software', 4],
    ['filters', 1.5],
  ],
  finding: [
    ['mean', 2],
    ['means', 2],
    ['meaning', 2.5],
    ['explain', 2.5],
    ['flagged', 3],
    ['flag', 2.5],
    ['flags', 2.5],
    ['why did you', 2],
    ['what is a', 1],
    ['whats a', 1],
    ['what does', 1.5],
    ['finding', 3],
    ['findings', 2.5],
    ['warning', 2],
    ['marked', 2],
    ['complain', 2],
    ['complaining', 2],
    ['issue', 1],
    ['wrong with', 1.5],
  ],
  priorities: [
    ['first', 2],
    ['fix first', 3],
    ['priority', 4],
    ['priorities', 4],
    ['prioritize', 4],
    ['prioritise', 4],
    ['most important', 3.5],
    ['where do i start', 4],
    ['where should i start', 4],
    ['start with', 3],
    ['biggest', 2.5],
    ['focus on', 3],
    ['top fixes', 3],
    ['top fix', 3],
    ['next step', 3],
    ['next steps', 3],
    ['most', 1],
    ['matters', 1.5],
    ['quick win', 3],
    ['quick wins', 3],
    ['begin', 2],
    ['what order', 3],
    ['which order', 3],
  ],
  overall: [
    ['good', 2],
    ['ok', 1.5],
    ['okay', 1.5],
    ['score', 3.5],
    ['rate', 2.5],
    ['rating', 3],
    ['how did i do', 4],
    ['how bad', 3],
    ['ready', 2.5],
    ['strong enough', 3.5],
    ['overall', 3],
    ['verdict', 3.5],
    ['honest', 1.5],
    ['chance', 2],
    ['chances', 2],
    ['interviews', 2],
    ['did my changes', 4],
    ['changes help', 3],
    ['better now', 3],
    ['improved', 2],
    ['decent', 3],
    ['any good', 3],
    ['hireable', 3],
    ['grade', 3],
    ['competitive', 2.5],
    ['impression', 2],
    ['stand out', 2],
    ['thoughts', 1.5],
    ['hire', 2.5],
    ['hire me', 3],
  ],
  improve: [
    ['improve', 3],
    ['better', 2],
    ['rewrite', 3.5],
    ['reword', 3.5],
    ['rephrase', 3.5],
    ['this section', 2.5],
    ['this part', 2],
    ['this bullet', 2.5],
    ['these bullets', 1.5],
    ['bullet', 2],
    ['bullets', 2],
    ['fix this', 2.5],
    ['stronger', 2.5],
    ['weak', 1.5],
    ['polish', 2.5],
    ['wording', 2.5],
    ['action verb', 3],
    ['action verbs', 3],
    ['verbs', 2],
    ['sound', 1],
    ['experience section', 2.5],
    ['describe', 1.5],
  ],
  education: [
    ['education', 4],
    ['degree', 3.5],
    ['gpa', 4],
    ['coursework', 4],
    ['courses', 3],
    ['university', 3],
    ['college', 3],
    ['graduation', 3],
    ['graduate', 2],
    ['bootcamp', 3.5],
    ['school', 2.5],
    ['major', 2],
  ],
  projects: [
    ['projects', 4],
    ['project', 3.5],
    ['side project', 4],
    ['side projects', 4],
    ['personal project', 4],
    ['portfolio', 2.5],
    ['open source', 3.5],
    ['hackathon', 3],
    ['github', 1.5],
  ],
  contact: [
    ['contact', 4],
    ['email', 3],
    ['phone', 3.5],
    ['linkedin', 3.5],
    ['address', 3],
    ['location', 2.5],
    ['header', 2],
    ['links', 2],
    ['link', 2],
    ['github link', 3],
    ['personal details', 3],
    ['date of birth', 4],
  ],
  help: [
    ['help', 2],
    ['what can you do', 4],
    ['what can you', 3],
    ['how does this work', 4],
    ['commands', 3.5],
    ['how do i use', 3.5],
    ['what do you do', 3.5],
    ['who are you', 3.5],
    ['what are you', 3],
    ['usage', 3],
    ['how to use', 3.5],
    ['features', 3],
  ],
  smalltalk: [
    ['thanks', 4],
    ['thank you', 4],
    ['thank', 3],
    ['thx', 4],
    ['ty', 3],
    ['hi', 3],
    ['hello', 3.5],
    ['hey', 3],
    ['cool', 2],
    ['great', 1.5],
    ['awesome', 2.5],
    ['nice', 2],
    ['cheers', 3.5],
    ['appreciate', 3],
    ['good morning', 4],
    ['bye', 3.5],
    ['perfect', 2],
  ],
};

/** Topics we clearly do not cover: these push a question to 'unknown' rather than a lucky keyword match. */
const OUT_OF_SCOPE: readonly Cue[] = [
  ['weather', 5],
  ['joke', 5],
  ['cover letter', 5],
  ['salary', 5],
  ['negotiate', 5],
  ['negotiation', 5],
  ['interview questions', 5],
  ['visa', 5],
  ['recipe', 5],
  ['stock', 4],
  ['homework', 5],
  ['poem', 5],
  ['translate', 5],
  ['leetcode', 5],
  ['movie', 5],
  ['football', 5],
  ['bitcoin', 5],
  ['dating', 5],
];

/** Rule names people use (each rule's `askedAs`), mapped to the rule ids of the report contract. */
export const RULE_NAMES: readonly (readonly [phrase: string, rule: string])[] = RULES.flatMap((r) =>
  r.askedAs.map((phrase) => [phrase, r.id] as const),
);

interface CompiledCue {
  words: string[];
  weight: number;
}

function compile(cues: readonly Cue[]): CompiledCue[] {
  return cues.map(([phrase, weight]) => ({ words: phrase.split(' '), weight }));
}

const COMPILED = Object.fromEntries(Object.entries(CUES).map(([intent, cues]) => [intent, compile(cues)])) as Record<
  Exclude<Intent, 'unknown'>,
  CompiledCue[]
>;
const COMPILED_OUT = compile(OUT_OF_SCOPE);
const COMPILED_RULES = RULE_NAMES.map(([phrase, rule]) => ({ words: phrase.split(' '), rule }));

const VOCABULARY = new Vocabulary([
  ...Object.values(COMPILED).flatMap((cues) => cues.flatMap((c) => c.words)),
  ...COMPILED_OUT.flatMap((c) => c.words),
  ...COMPILED_RULES.flatMap((c) => c.words),
  // common words that must not be "corrected" into cue words
  'resume',
  'should',
  'would',
  'could',
  'about',
  'there',
  'their',
  'these',
  'those',
  'where',
  'which',
  'while',
  'mine',
  'make',
  'more',
  'less',
  'put',
  'add',
  'show',
  'write',
  'does',
  'with',
  'what',
  'that',
  'this',
  'have',
  'need',
  'want',
  'like',
  'look',
  'looks',
  'much',
  'many',
  'into',
  'from',
  'they',
  'them',
  'your',
  'also',
  'section',
  'sections',
  'engineer',
  'developer',
  'backend',
  'software',
  'frontend',
  'fullstack',
  'work',
  'role',
  'roles',
  'jobs',
  'lines',
  'line',
  'items',
  'thing',
  'things',
  'someone',
  'people',
  'recruiter',
  'recruiters',
  'hiring',
  'manager',
  'company',
  'companies',
  'experience',
  'experiences',
  'resumes',
  'cv',
  'doing',
  'done',
  'know',
  'tell',
  'think',
  'feel',
  'mean',
  'keep',
  'take',
  'give',
  'after',
  'before',
  'again',
  'maybe',
]);

function matches(tokens: readonly string[], words: readonly string[]): boolean {
  outer: for (let i = 0; i + words.length <= tokens.length; i++) {
    for (let j = 0; j < words.length; j++) if (tokens[i + j] !== words[j]) continue outer;
    return true;
  }
  return false;
}

function score(tokens: readonly string[], cues: readonly CompiledCue[]): number {
  let total = 0;
  for (const cue of cues) if (matches(tokens, cue.words)) total += cue.weight;
  return total;
}

/** The rule a question names ("what does passive voice mean?" → passive-voice), if any. */
export function ruleNamedIn(text: string): string | null {
  return ruleIn(text, correctedTokens(text));
}

function correctedTokens(text: string): string[] {
  return tokenize(text).map((t) => VOCABULARY.correct(t));
}

function ruleIn(text: string, tokens: readonly string[]): string | null {
  const id = text
    .toLowerCase()
    .match(/\b[a-z]+(?:-[a-z]+)+\b/g)
    ?.find((w) => RULE_NAMES.some(([, rule]) => rule === w));
  if (id) return id;
  let best: { rule: string; length: number } | null = null;
  for (const cue of COMPILED_RULES) {
    if (matches(tokens, cue.words) && (!best || cue.words.length > best.length))
      best = { rule: cue.rule, length: cue.words.length };
  }
  return best?.rule ?? null;
}

const MIN_SCORE = 2;

export function classifyIntent(text: string): IntentResult {
  const tokens = correctedTokens(text);
  const rule = ruleIn(text, tokens);
  if (tokens.length === 0) return { intent: 'unknown', confidence: 0, rule: null };

  const outOfScope = score(tokens, COMPILED_OUT);
  let bestIntent: Intent = 'unknown';
  let best = 0;
  let second = 0;
  for (const intent of Object.keys(COMPILED) as Exclude<Intent, 'unknown'>[]) {
    let s = score(tokens, COMPILED[intent]);
    // Naming a rule is the strongest sign that the user asks what a finding means.
    if (intent === 'finding' && rule) s += 3;
    if (s > best) {
      second = best;
      best = s;
      bestIntent = intent;
    } else if (s > second) {
      second = s;
    }
  }
  if (outOfScope >= best || best < MIN_SCORE) {
    return { intent: 'unknown', confidence: Math.min(1, Math.max(outOfScope, MIN_SCORE - best) / 5), rule: null };
  }
  const confidence = Math.min(1, (best - second / 2) / 6);
  return {
    intent: bestIntent,
    confidence: Math.round(confidence * 100) / 100,
    rule: bestIntent === 'finding' ? rule : null,
  };
}

/**
 * Action verbs: which opening words are strong, weak, or not verbs at all, and their tense. A broad list of
 * base forms plus a morphological fallback (any past-tense "-ed" word not known to be weak or adjectival counts
 * as a strong past-tense verb, so "Sharded", "Instrumented" and "Containerized" pass).
 */

const STRONG_BASES = `
accelerate accomplish achieve acquire adapt add address administer adopt advance advise advocate align allocate
analyse analyze anchor apply appoint architect archive arrange assemble assess audit author authorize automate
balance benchmark bootstrap boost broker budget build calibrate capture catalog catalogue centralize champion
chair clarify classify clean close coach code codify collaborate collect combine commission communicate compile
complete compose compute conceive conceptualize conduct configure consolidate construct consult containerize
contribute convert coordinate co-author correct craft create curate customize cut debug decommission decompose
decouple decrease deduplicate define delegate deliver demonstrate deploy deprecate derive design detect determine
develop devise diagnose digitize direct discover dispatch distribute document double drive draft earn edit educate
eliminate embed empower enable encrypt engineer enhance enforce establish estimate evaluate evangelize examine
execute expand expedite experiment explore export expose extend extract fabricate facilitate factor fix forecast
forge formalize formulate found foster frame gain generate govern grow guide halve harden head hire host identify
ideate illustrate implement import improve increase incubate index influence initiate inject innovate inspect
install instrument integrate interview introduce invent investigate issue iterate judge launch lead leverage license
lift load localize lower maintain manage map market master maximize measure mediate mentor merge migrate minimize
mobilize model moderate modernize modularize monitor motivate negotiate normalize onboard open operate optimise
optimize orchestrate organize originate outline outperform overhaul oversee own package pair parallelize partition
partner patent patch pilot pioneer plan port prepare present prevent prioritize process procure produce profile
program promote propose prototype provision publish purge quantify query raise rank rationalize reach rebuild
recommend reconcile recover recruit redesign reduce refactor refine reorganize replace replicate report
research resolve restore restructure revamp review revise rewrite roll rollout route run save scale schedule
scope score script secure segment select sell serve set shape shard ship shorten showcase simplify simulate slash
solve source spearhead specify speed split sponsor stabilize standardize start steer store streamline strengthen
structure supervise survey sustain synchronize synthesize systematize tackle target teach template test tighten
trace track train transform transition translate triage trim triple troubleshoot tune uncover unify unite update
upgrade validate verify version virtualize visualize win write
`;

/** Opening verbs that describe taking part rather than doing, or that say nothing. */
const WEAK_BASES = `
work help assist participate involve task handle do be have get use utilize utilise try attempt shadow observe
attend expose familiarize learn gain receive undergo perform
`;

/** Irregular past tenses → base. */
const IRREGULAR_PAST: Record<string, string> = {
  led: 'lead',
  built: 'build',
  rebuilt: 'rebuild',
  ran: 'run',
  wrote: 'write',
  rewrote: 'rewrite',
  drove: 'drive',
  grew: 'grow',
  won: 'win',
  made: 'make',
  cut: 'cut',
  set: 'set',
  brought: 'bring',
  began: 'begin',
  spun: 'spin',
  taught: 'teach',
  sold: 'sell',
  found: 'find',
  held: 'hold',
  kept: 'keep',
  oversaw: 'oversee',
  undertook: 'undertake',
  broke: 'break',
  chose: 'choose',
  drew: 'draw',
  fought: 'fight',
  gave: 'give',
  laid: 'lay',
  paid: 'pay',
  put: 'put',
  split: 'split',
  spoke: 'speak',
  stood: 'stand',
  struck: 'strike',
  swept: 'sweep',
  took: 'take',
  threw: 'throw',
  understood: 'understand',
  upheld: 'uphold',
  shrank: 'shrink',
  shrunk: 'shrink',
  sped: 'speed',
  did: 'do',
  was: 'be',
  were: 'be',
  had: 'have',
  got: 'get',
  learnt: 'learn',
  overcame: 'overcome',
  redrew: 'redraw',
  sent: 'send',
  met: 'meet',
  bought: 'buy',
  thought: 'think',
  fed: 'feed',
  forecast: 'forecast',
  broadcast: 'broadcast',
  shut: 'shut',
  hit: 'hit',
  quit: 'quit',
  beat: 'beat',
  sought: 'seek',
};
const EXTRA_STRONG = [
  'make',
  'spin',
  'begin',
  'bring',
  'hold',
  'keep',
  'undertake',
  'choose',
  'draw',
  'give',
  'lay',
  'pay',
  'put',
  'speak',
  'stand',
  'strike',
  'sweep',
  'take',
  'throw',
  'uphold',
  'shrink',
  'overcome',
  'redraw',
  'send',
  'meet',
  'buy',
  'broadcast',
  'shut',
  'hit',
  'beat',
  'seek',
  'find',
  'break',
  'fight',
  'sell',
];

/** Words ending in -ed that are adjectives (or not verbs) when they open a line. */
const NOT_VERBS = new Set(
  `
experienced dedicated motivated skilled talented seasoned interested based detailed red bed need speed seed feed
hundred kindred sacred naked wicked beloved learned advanced accomplished certified qualified licensed talented
self-motivated self-taught sophisticated varied assorted limited united registered distinguished esteemed
`
    .split(/\s+/)
    .filter(Boolean),
);

/** Last parts of hyphenated adjectives: "Detail-oriented", "Data-driven", "AI-powered". */
const ADJECTIVE_TAILS = new Set([
  'oriented',
  'driven',
  'based',
  'focused',
  'minded',
  'motivated',
  'related',
  'skilled',
  'powered',
  'enabled',
  'backed',
  'facing',
  'centered',
  'centred',
  'led',
  'owned',
  'funded',
  'certified',
  'aware',
]);

const PREFIXES = ['co', 're', 'cross', 'pre', 'de', 'un', 'over', 'under', 'auto', 'multi', 'self'];

const strong = new Set([...STRONG_BASES.split(/\s+/).filter(Boolean), ...EXTRA_STRONG]);
const weak = new Set(WEAK_BASES.split(/\s+/).filter(Boolean));

export type VerbForm = 'past' | 'present' | 'gerund';
export interface VerbInfo {
  base: string;
  form: VerbForm;
  /** strong: an action verb; weak: a verb that says little ("worked", "helped", "used"). */
  strength: 'strong' | 'weak';
  /** True when the base is in our lists (false: accepted by the -ed fallback only). */
  known: boolean;
}

function known(base: string): 'strong' | 'weak' | null {
  if (weak.has(base)) return 'weak';
  if (strong.has(base)) return 'strong';
  return null;
}

function pastCandidates(w: string): string[] {
  if (!w.endsWith('ed') || w.length < 4) return [];
  const stem = w.slice(0, -2);
  const c = [stem, w.slice(0, -1)];
  if (w.endsWith('ied')) c.push(`${w.slice(0, -3)}y`);
  if (/([bdgklmnprtz])\1ed$/.test(w)) c.push(w.slice(0, -3));
  return c;
}

function presentCandidates(w: string): string[] {
  const c = [w];
  if (w.endsWith('ies')) c.push(`${w.slice(0, -3)}y`);
  if (w.endsWith('es')) c.push(w.slice(0, -2));
  if (w.endsWith('s') && !w.endsWith('ss')) c.push(w.slice(0, -1));
  return c;
}

function gerundCandidates(w: string): string[] {
  if (!w.endsWith('ing') || w.length < 5) return [];
  const stem = w.slice(0, -3);
  const c = [stem, `${stem}e`];
  if (/([bdgklmnprtz])\1$/.test(stem)) c.push(stem.slice(0, -1));
  return c;
}

function classifySimple(w: string): VerbInfo | null {
  if (NOT_VERBS.has(w)) return null;
  const irregular = IRREGULAR_PAST[w];
  if (irregular) {
    const s = known(irregular) ?? 'strong';
    return { base: irregular, form: 'past', strength: s, known: true };
  }
  for (const b of pastCandidates(w)) {
    const s = known(b);
    if (s) return { base: b, form: 'past', strength: s, known: true };
  }
  for (const b of gerundCandidates(w)) {
    const s = known(b);
    if (s) return { base: b, form: 'gerund', strength: s, known: true };
  }
  for (const b of presentCandidates(w)) {
    const s = known(b);
    if (s) return { base: b, form: 'present', strength: s, known: true };
  }
  // Morphological fallback: an unknown past-tense word is taken as a strong verb ("Sharded", "Dockerized").
  if (w.length >= 5 && w.endsWith('ed') && !w.endsWith('eed')) {
    return { base: w.slice(0, -2), form: 'past', strength: 'strong', known: false };
  }
  return null;
}

/** Classifies one word (any case; hyphenated prefixes like "Co-led", "Re-architected" are handled). */
export function classifyVerb(word: string): VerbInfo | null {
  const w = word
    .toLowerCase()
    .replace(/[’']s$/, '')
    .replace(/[^a-z-]/g, '');
  if (w.length < 2) return null;
  if (w.includes('-')) {
    const parts = w.split('-').filter(Boolean);
    const last = parts[parts.length - 1] ?? '';
    const head = parts[0] ?? '';
    if (PREFIXES.includes(head) && parts.length === 2) return classifySimple(last);
    if (ADJECTIVE_TAILS.has(last)) return null;
    if (NOT_VERBS.has(w)) return null;
    return classifySimple(last);
  }
  return classifySimple(w);
}

/** True when the word, opening a bullet, is a strong action verb in any tense. */
export function isStrongOpening(word: string): boolean {
  const v = classifyVerb(word);
  return v !== null && v.strength === 'strong';
}

/**
 * Words that are both a verb and a noun (or adjective) at the start of a line ("Lead engineer for…",
 * "Design system…"): their base form counts as a present-tense verb only when an object follows.
 */
export const NOUN_VERBS = new Set([
  'lead',
  'design',
  'test',
  'support',
  'research',
  'plan',
  'model',
  'document',
  'architect',
  'host',
  'process',
  'program',
  'project',
  'report',
  'review',
  'schedule',
  'mentor',
  'partner',
  'profile',
  'budget',
  'score',
  'index',
  'map',
  'version',
  'template',
  'patch',
  'package',
  'pilot',
  'script',
  'query',
  'route',
  'store',
  'trace',
  'track',
  'target',
  'frame',
  'source',
  'set',
  'cut',
  'run',
  'open',
  'head',
  'chair',
  'lift',
  'load',
  'start',
  'release',
  'launch',
  'upgrade',
  'update',
  'transition',
  'structure',
  'export',
  'import',
  'issue',
  'license',
  'market',
  'master',
  'segment',
  'survey',
  'experiment',
  'audit',
  'code',
  'draft',
  'forecast',
  'interview',
  'rank',
  'double',
  'triple',
  'speed',
  'split',
  'shape',
  'scope',
  'secure',
  'work',
]);

/** Past and present forms are the same word: tense cannot be told from the word alone. */
export const SAME_PAST_PRESENT = new Set([
  'cut',
  'set',
  'put',
  'split',
  'hit',
  'shut',
  'quit',
  'forecast',
  'broadcast',
  'read',
]);

/** Words that, right after a noun-or-verb opening, show it is a noun phrase ("Lead engineer for…"). */
const NOUN_PHRASE_NEXT = new Set([
  'engineer',
  'engineers',
  'developer',
  'developers',
  'designer',
  'manager',
  'architect',
  'analyst',
  'lead',
  'contributor',
  'consultant',
  'intern',
  'role',
  'position',
  'member',
  'owner',
  'for',
  'on',
  'of',
  'at',
  'in',
  'system',
  'systems',
  'team',
  'work',
  'scientist',
  'researcher',
  'assistant',
  'specialist',
  'and',
  'with',
  'to',
  'from',
  'by',
  'as',
  'is',
  'was',
  'were',
  'are',
  'review',
  'reviews',
  'documents',
  'docs',
  'doc',
]);

const ROLE_NOUNS = new Set([
  'assistant',
  'engineer',
  'intern',
  'manager',
  'specialist',
  'analyst',
  'developer',
  'consultant',
  'associate',
  'lead',
  'representative',
  'coordinator',
  'officer',
  'director',
  'partner',
  'instructor',
  'tutor',
]);

export interface Opening {
  /** The opening word as written. */
  word: string;
  verb: VerbInfo | null;
}

/** "Search Ranking: Led …" — a short name before a colon; the statement starts after it. */
const LABEL_PREFIX = /^[^\p{L}\p{N}]*[\p{Lu}][^:.!?]{0,48}:\s+(?=[\p{L}])/u;

const openingMemo = new Map<string, Opening | null>();

/** The opening word of a line and, when it is used as a verb, what kind (memoised: three rules ask). */
export function openingOf(text: string): Opening | null {
  if (openingMemo.has(text)) return openingMemo.get(text) ?? null;
  const found = scanOpening(text);
  if (openingMemo.size >= 2000) openingMemo.clear();
  openingMemo.set(text, found);
  return found;
}

function scanOpening(text: string): Opening | null {
  const label = LABEL_PREFIX.exec(text);
  // Only a name: "Developed unpackers for packers: UPX, FSG" is a statement whose verb comes first.
  const labelWord = label ? (/[\p{L}][\p{L}'’-]*/u.exec(label[0])?.[0] ?? '') : '';
  const body =
    label && label[0].trim().split(/\s+/).length <= 6 && classifyVerb(labelWord) === null
      ? text.slice(label[0].length)
      : text;
  const m = /^[^\p{L}\p{N}]*([\p{L}\p{N}][\p{L}\p{N}'’-]*)(?:[\s,;:]+([\p{L}\p{N}][\p{L}\p{N}'’-]*))?/u.exec(body);
  if (!m?.[1]) return null;
  const word = m[1];
  const nextRaw = m[2] ?? '';
  const next = nextRaw.toLowerCase();
  // "MEETiNG 2020", "AWS": odd casing is a name, not a verb.
  if (/^.+\p{Lu}/u.test(word) && word !== word.toUpperCase()) return { word, verb: null };
  let verb = classifyVerb(word);
  const nounish = next === '' || NOUN_PHRASE_NEXT.has(next) || /^\p{Lu}/u.test(nextRaw);
  if (verb && verb.form === 'present' && NOUN_VERBS.has(verb.base) && verb.base === word.toLowerCase() && nounish)
    verb = null;
  // "Teaching Assistant", "Consulting Engineer": a gerund naming a role.
  if (verb && verb.form === 'gerund' && ROLE_NOUNS.has(next)) verb = null;
  return { word, verb };
}

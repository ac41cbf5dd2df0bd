/**
 * English verb grammar from compromise (a maintained NLP library): the tense of a line's leading verb,
 * conjugation, passive voice and who did it. What compromise cannot do is kept here, small and tested:
 * nominalisations ("Development of" → develop) and reading a bullet's first word as a verb (bullets have no
 * subject, so we give it one: "they <bullet>").
 */
import nlp from 'compromise';
import { classifyVerb } from './classify.js';
import { irregularPast, PAST_TO_BASE } from './irregular.js';

export type Tense = 'past' | 'present' | 'gerund';

export interface LeadVerb {
  /** The word as written. */
  word: string;
  /** Infinitive ("fix" for "fixing", "lead" for "led"). */
  base: string;
  tense: Tense;
  /** Present tense with -s ("Supports", "Manages"): third person. */
  third: boolean;
  /** compromise reads the line's first word as a verb even without a subject (not "Key contributor …"). */
  plain: boolean;
}

interface TermJson {
  text: string;
  tags?: string[];
}

function termsOf(text: string): TermJson[] {
  const json = nlp(text).json() as { terms?: TermJson[] }[];
  return json.flatMap((s) => s.terms ?? []);
}

const NOMINAL = /(?:ment|tion|sion|ance|ence|ship|ity|ness|ery)$/i;
const memo = new Map<string, LeadVerb | null>();

/** The verb a line opens with and its tense, or null when the line opens with something else. */
export function leadVerb(text: string): LeadVerb | null {
  const trimmed = text.replace(/^[^\p{L}]+/u, '');
  const key = trimmed.slice(0, 80);
  if (memo.has(key)) return memo.get(key) ?? null;
  const found = readLead(trimmed);
  if (memo.size > 4000) memo.clear();
  memo.set(key, found);
  return found;
}

function readLead(text: string): LeadVerb | null {
  const word = /^[\p{L}][\p{L}'’-]*/u.exec(text)?.[0];
  if (!word) return null;
  const lower = word.toLowerCase();
  // "Development of …", "Management of …": nouns, whatever a subject in front would make of them.
  if (NOMINAL.test(lower) && !/^(?:ment|tion)/.test(lower)) return null;
  const raw = termsOf(text)[0]?.tags ?? [];
  const [, lead, conj, second] = termsOf(`they ${lower}${text.slice(word.length)}`);
  const tags = lead?.tags ?? [];
  if (!tags.includes('Verb')) return null;
  // "Member of …", "Point of contact": compromise reads the bare line as a noun before "of".
  if (raw.includes('Noun') && !raw.includes('Verb') && /^\S+\s+of\b/i.test(text)) return null;
  // "Load and unload 20 trailers": a second verb joined to the first makes the first one a verb too.
  const coordinated = /^(?:and|or|&)$/i.test(conj?.text ?? '') && (second?.tags ?? []).includes('Verb');
  const plain = raw.includes('Verb') || coordinated;
  const irregularBase = PAST_TO_BASE.get(lower);
  if (irregularBase) return { word, base: irregularBase, tense: 'past', third: false, plain };
  const base = baseOf(lower);
  if (tags.includes('Gerund')) return { word, base, tense: 'gerund', third: false, plain };
  if (tags.includes('PastTense') || tags.includes('Participle'))
    return { word, base, tense: 'past', third: false, plain };
  const third = lower !== base && /s$/.test(lower);
  return { word, base, tense: 'present', third, plain };
}

/** The line opens with two verbs joined by "and"/"or" ("Load and unload …", not "Research and development …"). */
export function opensWithCoordinatedVerbs(text: string): boolean {
  const lead = leadVerb(text);
  return lead?.plain === true && /^[^\p{L}]*[\p{L}'’-]+\s+(?:and|or|&)\s/iu.test(text);
}

const baseMemo = new Map<string, string>();

/** The infinitive of a verb form ("fixing" → "fix", "supports" → "support", "led" → "lead"). */
export function baseOf(word: string): string {
  const lower = word.toLowerCase();
  const irregular = PAST_TO_BASE.get(lower);
  if (irregular) return irregular;
  const hit = baseMemo.get(lower);
  if (hit) return hit;
  const doc = nlp(`they ${lower}`);
  const verb = (doc.verbs().json() as { verb?: { infinitive?: string } }[])[0]?.verb?.infinitive;
  let base = verb?.split(/\s+/)[0] || lower;
  // compromise reads some gerunds as nouns ("closing", "cutting"): our verb lists know their base.
  if (base === lower && /(?:ing|ed|s)$/.test(lower)) base = classifyVerb(lower)?.base ?? base;
  // A gerund compromise does not know ("upselling", "rostering") comes back as its own infinitive: the base
  // is the candidate whose gerund is this word (upsell, manage, run).
  if (base === lower && lower.length > 5 && lower.endsWith('ing')) base = gerundBase(lower) ?? base;
  // "supporting" read as an adjective: the stem compromise knows as a verb (support, drive, run).
  if (base === lower && /[a-z]{2}ing$/.test(lower)) base = gerundStem(lower) ?? base;
  if (baseMemo.size > 4000) baseMemo.clear();
  baseMemo.set(lower, base);
  return base;
}

/** "upsell" → "upsold", "oversee" → "oversaw": a prefix before an irregular verb keeps it irregular. */
function prefixedIrregular(base: string): string | undefined {
  const m = /^(up|re|over|under|out|mis|co|pre)(\p{L}{3,})$/u.exec(base);
  const past = m ? irregularPast(m[2]!) : undefined;
  return m && past ? `${m[1]}${past}` : undefined;
}

function gerundBase(gerund: string): string | null {
  const stem = gerund.slice(0, -3);
  const undoubled = /([b-df-hj-np-tv-z])\1$/.test(stem) ? stem.slice(0, -1) : null;
  const fits = [stem, `${stem}e`, undoubled].filter(
    (c): c is string => c !== null && c.length >= 2 && conjugate(c).gerund === gerund,
  );
  // "changing" fits "chang" and "change": a verb compromise knows wins; else the plain stem ("upsell").
  const known = fits.find((c) =>
    ((nlp(c).json() as { terms?: { tags?: string[] }[] }[])[0]?.terms?.[0]?.tags ?? []).includes('Verb'),
  );
  return known ?? fits[0] ?? null;
}

export interface Conjugation {
  base: string;
  past: string;
  third: string;
  gerund: string;
}

const conjugationMemo = new Map<string, Readonly<Conjugation>>();

/**
 * All the forms a rewrite writes, from the infinitive. Memoised like baseOf: a compromise parse per call was
 * a third of a whole review's CPU time, and resumes reuse a few hundred verbs.
 */
export function conjugate(base: string): Readonly<Conjugation> {
  const lower = base.toLowerCase();
  const hit = conjugationMemo.get(lower);
  if (hit) return hit;
  const forms = (nlp(lower).verbs().conjugate() as Record<string, string>[])[0] ?? {};
  // compromise has no forms for a few words it reads as adjectives ("close"), and doubles their silent e.
  const stem = /[^e]e$/.test(lower) ? lower.slice(0, -1) : lower;
  // One syllable ending consonant-vowel-consonant doubles its last letter ("fit" → "fitted", not "fited").
  const doubled = /^[^aeiou]*[aeiou][b-df-hj-np-tvz]$/.test(lower) ? `${lower}${lower.slice(-1)}` : stem;
  const fix = (form: string | undefined, suffix: string): string =>
    form && form !== `${lower}${suffix}` ? form : `${doubled}${suffix}`;
  const conjugation = Object.freeze({
    base: lower,
    // compromise gives some regular verbs an unchanged past ("budget"); only the irregular table may.
    past:
      irregularPast(lower) ??
      prefixedIrregular(lower) ??
      fix(forms.PastTense === lower ? undefined : forms.PastTense, 'ed'),
    third: forms.PresentTense ?? `${lower}s`,
    gerund: fix(forms.Gerund, 'ing'),
  });
  if (conjugationMemo.size > 4000) conjugationMemo.clear();
  conjugationMemo.set(lower, conjugation);
  return conjugation;
}

/** The verb in the form a rewrite wants: past ("Fixed"), or present as a bullet writes it ("Fix"). */
export function inTense(word: string, tense: 'past' | 'present'): string {
  const forms = conjugate(baseOf(word));
  return tense === 'past' ? forms.past : forms.base;
}

/**
 * Nouns that name an action ("Development of REST APIs" → develop). compromise has no such mapping; this
 * list is the whole of it (tested), and anything else stays a noun.
 */
const NOMINALISATIONS: Readonly<Record<string, string>> = {
  administration: 'administer',
  allocation: 'allocate',
  analysis: 'analyse',
  collection: 'collect',
  configuration: 'configure',
  coordination: 'coordinate',
  creation: 'create',
  delivery: 'deliver',
  design: 'design',
  development: 'develop',
  documentation: 'document',
  evaluation: 'evaluate',
  execution: 'execute',
  facilitation: 'facilitate',
  implementation: 'implement',
  inspection: 'inspect',
  installation: 'install',
  integration: 'integrate',
  investigation: 'investigate',
  maintenance: 'maintain',
  management: 'manage',
  migration: 'migrate',
  negotiation: 'negotiate',
  organisation: 'organise',
  organization: 'organize',
  planning: 'plan',
  preparation: 'prepare',
  production: 'produce',
  reconciliation: 'reconcile',
  resolution: 'resolve',
  supervision: 'supervise',
  support: 'support',
  teaching: 'teach',
  training: 'train',
  mentoring: 'mentor',
  validation: 'validate',
  verification: 'verify',
};

/**
 * The verb a nominalisation names, or null ("development" → "develop"). Past the list: "-ing" nouns
 * ("processing" → process) and "-ment" nouns whose stem compromise knows as a verb ("replenishment" → replenish).
 */
export function verbOfNoun(noun: string): string | null {
  const lower = noun.toLowerCase();
  const listed = NOMINALISATIONS[lower];
  if (listed) return listed;
  if (/[a-z]{3}ing$/.test(lower)) {
    const base = baseOf(lower);
    return base !== lower && isBareVerb(base) ? base : null;
  }
  if (/[a-z]{4}ment$/.test(lower)) {
    const stem = lower.slice(0, -4);
    return isBareVerb(stem) ? stem : null;
  }
  return null;
}

function gerundStem(gerund: string): string | null {
  const stem = gerund.slice(0, -3);
  const candidates = [stem, `${stem}e`, /(\w)\1$/.test(stem) ? stem.slice(0, -1) : ''];
  return candidates.find((c) => c.length >= 2 && isBareVerb(c)) ?? null;
}

/** compromise reads the word on its own as a verb ("replenish", "drive"; not "prepar"). */
function isBareVerb(word: string): boolean {
  return (termsOf(word)[0]?.tags ?? []).includes('Verb');
}

/** compromise names the word a person ("champion", "supervisor"). */
export function isActor(word: string): boolean {
  return (termsOf(word)[0]?.tags ?? []).includes('Actor');
}

export interface PassiveSpan {
  /** The passive verb group as written ("are kept", "was designed"). */
  text: string;
  index: number;
  /** Who did it, when the line says ("by the ward manager"), else null. */
  agent: string | null;
}

/** Passive verb groups anywhere in a line, with their agent when a "by …" phrase follows. */
export function passiveSpans(line: string): PassiveSpan[] {
  const out: PassiveSpan[] = [];
  type VerbJson = { text: string; verb?: { grammar?: { form?: string } }; terms: { offset?: { start: number } }[] };
  const verbs = nlp(line).verbs().json({ offset: true }) as VerbJson[];
  for (const v of verbs) {
    if (!v.verb?.grammar?.form?.startsWith('passive')) continue;
    const index = v.terms[0]?.offset?.start ?? line.indexOf(v.text);
    const after = line.slice(index + v.text.length);
    const agent = /^\s*(?:[\p{L}-]+\s+){0,3}?by\s+([^,;.]+)/u.exec(after)?.[1]?.trim() ?? null;
    out.push({ text: line.slice(index, index + v.text.length), index, agent });
  }
  return out;
}

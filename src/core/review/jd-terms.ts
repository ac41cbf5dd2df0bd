/**
 * The terms a job description asks for, in every field: the technology dictionary (tech-terms.ts), the role
 * profiles' own vocabulary (every field's phrases: "cash handling", "wound care", "paid social"), and the
 * description's noun phrases and product names read by compromise ("care proceedings", "Westlaw"). The
 * dictionaries come first; a noun phrase adds only what they did not already name.
 */
import nlp from 'compromise';
import { ROLE_PROFILES } from '../roles/index.js';
import { hasTechTerm, TECH_TERMS, type TechTerm } from '../text/tech-terms.js';
import { compileMatcher, hasTerm, TextIndex } from '../text/terms.js';

/** A job term: matched like a tech term, or (a noun phrase) by all its content words on one resume line. */
export interface JobTerm extends TechTerm {
  /** A noun phrase's content words: the phrase counts as shown when one line has every one of them. */
  words?: readonly string[];
}

/** Words every posting uses that name no requirement ("experience", "team", "ability"). */
const GENERIC = new Set(
  (
    'experience experiences year years candidate candidates role roles position positions team teams ability ' +
    'abilities skill skills knowledge environment opportunity opportunities company business work job jobs ' +
    'applicant applicants requirement requirements responsibility responsibilities plus benefit benefits salary ' +
    'hour hours day days week weeks availability understanding background level levels degree people person ' +
    'individual individuals someone member members part time range variety type types way ways thing things ' +
    'record track standard standards need needs success growth culture mission value values passion ' +
    'communication attitude focus detail details self starter world area areas site sites customer customers ' +
    'patient patients client clients student students service services manager worker staff colleague colleagues ' +
    'weekend weekends evening evenings night nights flexible schedule'
  ).split(' '),
);

/** Leading words that grade a requirement rather than name it ("strong legal research" → "legal research"). */
const GRADING =
  /^(strong|excellent|good|great|proven|solid|demonstrable|demonstrated|relevant|current|valid|busy|fast|fast-paced|dynamic|friendly|passionate|new|various|other|key|high|basic|advanced|outstanding|exceptional|effective|previous|prior|some|any|all|our|your|their|its|a|an|the|this|that|these|those|hands-on|similar|related|full|must|minimum)$/i;

/** Capitalised words that start sentences or headings in postings, not product names. */
const NOT_NAMES = new Set(
  (
    'we you our your they the a an and or but in on at for to of with as is are be will must should can may ' +
    'requirements required responsibilities qualifications about role job description skills experience ' +
    'benefits preferred nice bonus plus must-have desirable essential key duties location salary hours ' +
    'monday tuesday wednesday thursday friday saturday sunday full part senior junior lead head'
  ).split(' '),
);

/** All-capital short forms match only in capitals ("POS", not "pos"); other names case-insensitively. */
const isCapsShortForm = (v: string) => /^[A-Z0-9]{2,5}$/.test(v);

/** Profile phrases worth matching in a posting: multi-word phrases and names (POS, Epic, HubSpot). */
const FIELD_TERMS: readonly JobTerm[] = (() => {
  const tech = new Set(TECH_TERMS.flatMap((t) => [t.name, ...t.aliases, ...(t.cs ?? [])].map((a) => a.toLowerCase())));
  const seen = new Set<string>();
  const out: JobTerm[] = [];
  for (const p of ROLE_PROFILES) {
    const phrases = [
      ...p.vocabulary,
      ...p.pillars.flatMap((x) => x.evidence),
      ...p.skillGroups.flatMap((g) => g.examples),
    ];
    for (const v of phrases) {
      const key = v.toLowerCase();
      if (seen.has(key) || tech.has(key) || v.length < 2) continue;
      const words = key.split(/\s+/);
      const named = /[A-Z]/.test(v);
      if (!named && words.length < 2) continue;
      seen.add(key);
      // All-capital short forms match only in capitals ("POS", not "pos"); other names case-insensitively.
      out.push(isCapsShortForm(v) ? { name: v, aliases: [], cs: [v] } : { name: v, aliases: [v] });
    }
  }
  return out;
})();

/** One compiled matcher for every profile phrase (a set lookup per word, not 1,400 regular expressions). */
const FIELD_MATCHER = compileMatcher(
  FIELD_TERMS.map((t) => t.name),
  { caseSensitive: isCapsShortForm },
);
const FIELD_BY_NAME = new Map(FIELD_TERMS.map((t) => [t.name, t]));

/** Every word of the profiles' job titles: "a Registered Nurse" names the job, not a product. */
const TITLE_WORDS = new Set(ROLE_PROFILES.flatMap((p) => p.titles.flatMap((t) => t.toLowerCase().split(/\s+/))));

/**
 * The part of a long posting the noun phrases are read from: its sentences richest in lists and
 * requirement words, up to this many characters (the tagger costs about 10 ms per 1,000 characters;
 * the dictionaries still read the whole text).
 */
const PARSE_CHARS = 900;
const REQUIREMENT_WORDS =
  /\b(experience|knowledge|skills?|required|requirements|must|proficien\w*|familiar\w*|qualif\w*|certif\w*|licen[cs]\w*|ability|you have|we need)\b/gi;

function densestPart(text: string): string {
  if (text.length <= PARSE_CHARS) return text;
  const sentences = text.split(/(?<=[.!?;])\s+|\n+/).filter((x) => x.trim().length > 0);
  const score = (x: string) => (x.match(/[,•]/g) ?? []).length + (x.match(REQUIREMENT_WORDS) ?? []).length;
  const ranked = sentences.map((x, i) => ({ x, i, s: score(x) })).sort((a, b) => b.s - a.s || a.i - b.i);
  const picked: { x: string; i: number }[] = [];
  let used = 0;
  for (const r of ranked) {
    if (used + r.x.length > PARSE_CHARS) continue;
    picked.push(r);
    used += r.x.length + 1;
  }
  return picked
    .sort((a, b) => a.i - b.i)
    .map((r) => r.x)
    .join('\n');
}

interface NlpTerm {
  text: string;
  pre?: string;
  post?: string;
  tags?: string[];
}

/** The words of one noun phrase, grading words and determiners dropped, punctuation stripped. */
function phraseWords(terms: readonly NlpTerm[]): string[] {
  const words = terms.map((t) => t.text.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}+#]+$/gu, '')).filter((w) => w.length > 0);
  while (words.length > 0 && GRADING.test(words[0]!)) words.shift();
  return words;
}

const content = (w: string): boolean => w.length >= 3 && !GENERIC.has(w.toLowerCase());

/** The last word of every profile's job titles ("nurse", "engineer", "associate"): a posting's title is no requirement. */
const TITLE_HEADS = new Set(ROLE_PROFILES.flatMap((p) => p.titles.map((t) => t.toLowerCase().split(/\s+/).at(-1)!)));

const BREAK = /[,;:.!?()•/]|\s[-–—]\s/;

/** A noun phrase's term, or null when it names no requirement (a title, grading words only, generic words). */
function phraseTerm(terms: readonly NlpTerm[]): JobTerm | null {
  const words = phraseWords(terms);
  while (words.length > 0 && GENERIC.has(words.at(-1)!.toLowerCase())) words.pop();
  if (words.length === 0 || words.length > 4 || !words.some(content)) return null;
  if (TITLE_HEADS.has(words.at(-1)!.toLowerCase())) return null;
  // One word left is a term only when the posting wrote more around it ("e-discovery experience").
  if (words.length === 1 && (terms.length < 2 || words[0]!.length < 6)) return null;
  const name = words.join(' ');
  return { name, aliases: [name], words: words.filter(content).map((w) => w.toLowerCase()) };
}

/** Tags a noun phrase is made of (compromise's tagger: "visual merchandising", "IV therapy", "RN licence"). */
const PHRASE_TAGS = new Set(['Noun', 'Adjective', 'Acronym', 'ProperNoun', 'RomanNumeral']);

const SETTING_TAGS = new Set(['Place', 'Person', 'Organization', 'Date', 'Month', 'WeekDay', 'Demonym']);
const NOT_PHRASE_TAGS = new Set(['Pronoun', 'Determiner', ...SETTING_TAGS]);

/**
 * Noun phrases and mid-sentence names (products, languages: "Westlaw", "Spanish") in the posting, from one
 * parse: runs of noun/adjective words, broken at punctuation (a list in a posting is one phrase per item).
 */
function nounTerms(text: string): JobTerm[] {
  const out: JobTerm[] = [];
  for (const sentence of nlp(densestPart(text)).json() as { terms: NlpTerm[] }[]) {
    let part: NlpTerm[] = [];
    const flush = () => {
      const term = part.length > 0 ? phraseTerm(part) : null;
      if (term) out.push(term);
      part = [];
    };
    sentence.terms.forEach((t, i) => {
      const tags = t.tags ?? [];
      const phrase = tags.some((x) => PHRASE_TAGS.has(x)) && !tags.some((x) => NOT_PHRASE_TAGS.has(x));
      if (phrase) part.push(t);
      else flush();
      if (BREAK.test(t.post ?? '')) flush();
      const w = t.text.replace(/^[^\p{L}]+|[^\p{L}\p{N}+#]+$/gu, '');
      const opener = i === 0 || BREAK.test(sentence.terms[i - 1]!.post ?? '') || /\n/.test(t.pre ?? '');
      // Places, people, companies and dates are the posting's setting, not what it asks for.
      const setting = tags.some((x) => SETTING_TAGS.has(x));
      const lower = w.toLowerCase();
      if (
        !opener &&
        !setting &&
        /^[A-Z][\p{L}\p{N}+#-]{2,}$/u.test(w) &&
        !NOT_NAMES.has(lower) &&
        !TITLE_WORDS.has(lower)
      )
        out.push({ name: w, aliases: [w] });
    });
    flush();
  }
  return out;
}

const cache = new Map<string, JobTerm[]>();

/** The terms a text (a job description, or one part of it) asks for, each once, dictionaries first. */
export function jobTermsIn(text: string): JobTerm[] {
  const hit = cache.get(text);
  if (hit) return hit;
  const chosen: JobTerm[] = [];
  const names: string[] = [];
  const covered = (name: string) => {
    const n = name.toLowerCase();
    return names.some((m) => m === n || hasTerm(n, m) || hasTerm(m, n));
  };
  const add = (t: JobTerm) => {
    if (covered(t.name)) return;
    chosen.push(t);
    names.push(t.name.toLowerCase());
  };
  const field = FIELD_MATCHER.matches(new TextIndex(text)).map((name) => FIELD_BY_NAME.get(name)!);
  // Longer field phrases first ("IV therapy" before the dictionary's "IV"), then the dictionary, then names.
  for (const t of field) if (/\s/.test(t.name)) add(t);
  for (const t of TECH_TERMS) if (hasJobTerm(text, t)) add(t);
  for (const t of field) if (!/\s/.test(t.name)) add(t);
  for (const t of nounTerms(text)) add(t);
  if (cache.size > 200) cache.clear();
  cache.set(text, chosen);
  return chosen;
}

/** True when the text shows the term: in one of its spellings, or (a noun phrase) all its content words on one line. */
export function hasJobTerm(text: string, term: JobTerm): boolean {
  if (hasTechTerm(text, term)) return true;
  const words = term.words;
  if (!words || words.length < 2) return false;
  return text.split(/\r?\n/).some((line) => words.every((w) => hasTerm(line, w, { inflect: true })));
}

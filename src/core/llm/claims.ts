/**
 * Claims about the person that carry no number and no name: "you led the team", "you managed a budget",
 * "you are an expert in…", "you were promoted", "your master's degree", "6 years of experience". The other
 * checks see nothing new in them; here each is held against the facts:
 * - a statement with "you" as its subject ("you <verb> …", "you have <verb>ed …", "you were <verb>ed …") is
 *   supported when one fact line holds that verb (every form: "led", "leading", "leadership" for lead) and
 *   every content word of its object ("the engineering team" → engineering, team). A condition, a question,
 *   advice ("you can…", "if you…") and verbs about the resume itself ("you wrote", "you list") claim nothing;
 * - leadership, seniority, expertise, degree, certification and award words in a claim (the statements
 *   above, "your …", "as a …", and a rewrite's whole text) must be in the facts as a word of their family
 *   (a master's degree needs "M.Ed."/"MBA"/"master" in the resume; "degree" needs an education section);
 * - "N years" must be a span of years the facts state.
 * Lemmas come from compromise through src/core/text/verbs (baseOf, conjugate).
 */
import { baseOf, conjugate } from '../text/verbs/nlp.js';
import { hasWordForm, wordsOf } from './names.js';

export interface ClaimFacts {
  words: ReadonlySet<string>;
  /** Each fact text's words (lower case): a verb and its object must meet in one of them. */
  lines: readonly ReadonlySet<string>[];
  /** Spans of years the facts state ("6 years", "10+ years"). */
  years: ReadonlySet<number>;
}

/** Word families whose members must be in the facts when a claim uses one. */
const FAMILIES: Record<string, string> = {};
function family(name: string, members: string): void {
  for (const m of members.split(/\s+/).filter(Boolean)) FAMILIES[m] = name;
}
// Leadership (the bare verb "lead" is left out: "lead with your strongest line" is advice).
family('lead', 'led leader leaders leadership');
family('manage', 'managed managing manager managers management');
family('supervise', 'supervised supervising supervisor supervisors supervision');
family('oversee', 'oversaw overseen overseeing oversight');
family('spearhead', 'spearhead spearheaded spearheading');
family('head', 'headed');
family('direct', 'directed directing');
family('found', 'founded founder founders cofounder cofounded');
family('chair', 'chaired chairing chairperson chairman chairwoman');
family('captain', 'captain captained');
family('promote', 'promoted promotion promotions');
family('mentor', 'mentor mentored mentoring mentorship');
// Seniority and expertise.
family('veteran', 'veteran veterans');
family('seasoned', 'seasoned');
family('expert', 'expert experts expertise');
family('proficient', 'proficient proficiency');
family('fluent', 'fluent fluency');
family('specialist', 'specialist specialists specialised specialized');
// Degrees: "degree" itself is supported by an education section (see below), a level only by itself.
family('degree', 'degree degrees diploma graduate graduated alumnus alumna');
family('bachelor', "bachelor bachelor's bachelors bs bsc ba bsn beng bba btech");
family('master', "master master's masters mba ms msc ma med meng mph msn mfa mpa mpp msw");
family('doctor', 'phd doctorate doctoral dphil edd');
family('honours', 'valedictorian summa magna laude honours honors honoured honored');
// Certifications and awards.
family('certify', 'certified certification certifications certificate certificates certify');
family('license', 'license licensed licence licenced licensure');
family('accredit', 'accredited accreditation chartered');
family('award', 'award awards awarded prize prizes winner winners won');
family('scholarship', 'scholarship scholarships fellowship fellowships');
family('recognition', 'recognised recognized recognition');
family('publish', 'published publication publications');
family('patent', 'patent patents patented');

/** Verbs about the resume, the conversation or thinking: "you wrote", "you list", "you know" claim nothing. */
const GENERIC = new Set(
  `be have do get go can will shall want need mean know think feel see look seem say tell ask write list mention
include name put give show describe call add keep try start let like find read send fill replace drop quantify
rewrite check expect hope sound take come stand appear wish choose pick apply target aim care spend miss lack
skip cover count paste upload review fix change improve update edit move use mark note notice state explain spell
cite quote highlight emphasise emphasize consider decide prefer follow learn understand remember forget wonder
guess believe agree recall imagine hear claim leave play bring turn cut`
    .split(/\s+/)
    .filter(Boolean),
);

/** Before "you", these make it an object ("helps you stand out", "for you"), not a subject. */
const OBJECT_BEFORE = new Set(
  `let lets help helps helped make makes made tell tells told give gives gave show shows showed ask asks asked get
gets got for to with at than thank thanks about on see sees saw hire hires hired want wants need needs expect
expects remind reminds like likes call calls keep keeps put puts leave leaves bring brings cost costs take takes
send sends guide guides push pushes set sets from of by into onto upon between behind around before after
against without within among lets tells`
    .split(/\s+/)
    .filter(Boolean),
);

/** A clause under one of these states no fact: "if you led it", "how you show it", "what you built". */
const CONDITIONAL = new Set('if unless whether once when whenever whatever what how why'.split(' '));
const MODAL = new Set(
  `can could should would will might may must shall need needs want wants don't didn't doesn't do does did not
never cannot can't won't wouldn't shouldn't couldn't 'd 'll d ll`
    .split(/\s+/)
    .filter(Boolean),
);
const BE = new Set(['are', 'were', 'was', 're', 'am', "'re", 'been']);
const HAVE = new Set(['have', 'has', 'had', 've', "'ve"]);
const ADVERB = new Set(
  'also already just still even often once recently previously actually clearly really then now both all truly'.split(
    ' ',
  ),
);
/** Where a claim's object ends. */
const BREAK = new Set(
  'and but or so which that who because while where when to than as if then since though although'.split(' '),
);
const STOP = new Set(
  `a an the this that these those it its them they their your yours you my our his her of in on at by for with from
into onto over under about across per via up out off down all any each every some more most much many few other
such same own just also very really well still even only both either not no as ever never again already now then
there here what how who whom whose one ones lot lots way ways thing things something`
    .split(/\s+/)
    .filter(Boolean),
);

interface Token {
  lower: string;
  /** A clause boundary before this token (punctuation, a line break). */
  breakBefore: boolean;
}

/** Words of one sentence, quoted spans and [placeholders] taken out (they are checked elsewhere). */
function tokensOf(sentence: string): Token[] {
  const plain = sentence.replace(/"[^"\n]*"|“[^”\n]*”|\[[^\]\n]*\]/g, ' , ');
  const out: Token[] = [];
  let pendingBreak = true;
  for (const m of plain.matchAll(/[\p{L}\p{N}][\p{L}\p{N}'’.+-]*|[,;:()—–\n]/gu)) {
    const raw = m[0].replace(/’/g, "'").replace(/\.+$/, '');
    if (/^[,;:()—–\n]$/.test(raw)) {
      pendingBreak = true;
      continue;
    }
    // "you're" → you + 're, "you've" → you + 've: the auxiliary matters.
    const split = /^(you)('re|'ve|'d|'ll)$/i.exec(raw);
    const parts = split ? [split[1]!, split[2]!] : [raw];
    for (const p of parts) {
      out.push({ lower: p.toLowerCase(), breakBefore: pendingBreak });
      pendingBreak = false;
    }
  }
  return out;
}

function sentencesOf(text: string): string[] {
  return text.split(/(?<=[.!?])\s+|\n+/).filter((s) => s.trim() !== '');
}

/** The verb's forms and derivations: "lead" → lead, led, leads, leading, leader, leadership … */
function verbMatcher(lemma: string): (word: string) => boolean {
  const forms = conjugate(lemma);
  const exact = new Set([forms.base, forms.past, forms.third, forms.gerund]);
  const stem = lemma.length >= 4 ? lemma.replace(/e$/, '') : null;
  return (word) => exact.has(word) || (stem !== null && word.startsWith(stem) && word.length <= stem.length + 6);
}

function contentWords(tokens: readonly Token[]): string[] {
  const out: string[] = [];
  for (const t of tokens) {
    if (t.breakBefore && out.length > 0) break;
    if (BREAK.has(t.lower)) break;
    if (STOP.has(t.lower) || t.lower.length < 3 || /\d/.test(t.lower)) continue;
    for (const w of wordsOf(t.lower)) if (w.text.length >= 3 && !STOP.has(w.text)) out.push(w.text.toLowerCase());
  }
  return out;
}

function verbSupported(lemma: string, object: readonly string[], facts: ClaimFacts): boolean {
  const isForm = verbMatcher(lemma);
  return facts.lines.some((line) => [...line].some(isForm) && object.every((w) => hasWordForm(w, line)));
}

function familySupported(name: string, facts: ClaimFacts): boolean {
  // A degree is whatever the education section lists; its level needs its own word.
  if (name === 'degree' && (facts.words.has('education') || facts.words.has('degree'))) return true;
  for (const w of facts.words) if (FAMILIES[w.replace(/\./g, '')] === name) return true;
  return false;
}

function familyOf(word: string): string | undefined {
  return FAMILIES[word.replace(/\./g, '')];
}

/** "head" as a title ("department head", "head of"), not "head to your skills section". */
function isHeadTitle(tokens: readonly Token[], i: number): boolean {
  return tokens[i]?.lower === 'head' && (tokens[i + 1]?.lower === 'of' || (i > 0 && !tokens[i]!.breakBefore));
}

/** Category words in tokens[from..to) that the facts do not hold. */
function unsupportedWords(tokens: readonly Token[], from: number, to: number, facts: ClaimFacts, out: string[]) {
  for (let i = from; i < Math.min(to, tokens.length); i += 1) {
    const name = isHeadTitle(tokens, i) ? 'head' : familyOf(tokens[i]!.lower);
    if (name && !familySupported(name, facts)) out.push(`word:${tokens[i]!.lower}`);
  }
}

/** End of the clause starting at `from` (exclusive). */
function clauseEnd(tokens: readonly Token[], from: number): number {
  let i = from;
  while (i < tokens.length && !(i > from && tokens[i]!.breakBefore)) i += 1;
  return i;
}

function isPastForm(word: string): boolean {
  return baseOf(word) !== word && (/ed$/.test(word) || conjugate(baseOf(word)).past === word);
}

/** One "you …" statement from tokens[at] ("you"): the claims it makes that the facts do not support. */
function youClaims(tokens: readonly Token[], at: number, facts: ClaimFacts, out: string[]): void {
  const end = clauseEnd(tokens, at);
  let i = at + 1;
  const skipAdverbs = () => {
    while (i < end && (ADVERB.has(tokens[i]!.lower) || /^\w{3,}ly$/.test(tokens[i]!.lower))) i += 1;
  };
  skipAdverbs();
  const first = tokens[i]?.lower;
  // "you and your team", "you all": no verb follows.
  if (!first || i >= end || MODAL.has(first) || STOP.has(first) || BREAK.has(first)) return;
  let verb: string | null = null;
  if (BE.has(first) || HAVE.has(first)) {
    i += 1;
    skipAdverbs();
    if (tokens[i]?.lower === 'been') i += 1;
    const next = tokens[i]?.lower;
    if (next && i < end && isPastForm(next)) verb = next;
    // "you are an expert", "you have a master's degree": the predicate's words.
    else unsupportedWords(tokens, i, end, facts, out);
  } else verb = first;
  if (!verb) return;
  // The verb and the verbs joined to it ("you led X and managed Y").
  for (;;) {
    unsupportedWords(tokens, i, i + 1, facts, out);
    const lemma = baseOf(verb);
    const object = contentWords(tokens.slice(i + 1, end));
    if (!GENERIC.has(lemma) && !verbSupported(lemma, object, facts)) out.push(`verb:${lemma}`);
    unsupportedWords(tokens, i + 1, end, facts, out);
    let j = i + 1;
    while (j < end && tokens[j]!.lower !== 'and') j += 1;
    const next = tokens[j + 1]?.lower;
    if (j >= end - 1 || !next || !isPastForm(next)) return;
    i = j + 1;
    verb = next;
  }
}

/** Years of experience ("6 years", "10+ years", "a decade") the facts do not state. */
function yearClaims(text: string, facts: ClaimFacts, out: string[]): void {
  for (const n of yearSpans(text)) if (!facts.years.has(n)) out.push(`years:${n}`);
  if (/\bdecades?\b/i.test(text) && !facts.words.has('decade') && !facts.words.has('decades')) out.push('years:decade');
}

const NUMBER_WORDS = 'zero one two three four five six seven eight nine ten eleven twelve'.split(' ');

/** The spans of years a text states: "6 years" → 6, "ten-plus years" → 10. */
export function yearSpans(text: string): number[] {
  const out: number[] = [];
  for (const m of text.matchAll(
    /(?<![\p{L}\p{N}])(\d{1,2}|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s?(?:\+|-plus|\s?plus)?[\s-](?:years?|yrs?)(?![\p{L}])/giu,
  )) {
    const raw = m[1]!.toLowerCase();
    out.push(/\d/.test(raw) ? Number(raw) : NUMBER_WORDS.indexOf(raw));
  }
  return out;
}

/**
 * The unsupported claims in a text (an answer's paragraph, or a rewrite's bullet when `bullet`): short keys
 * ("verb:lead", "word:expert", "years:6"), for tests; the guard reports only that there are some.
 */
export function unsupportedClaims(text: string, facts: ClaimFacts, bullet = false): string[] {
  const out: string[] = [];
  yearClaims(text, facts, out);
  for (const sentence of sentencesOf(text)) {
    const tokens = tokensOf(sentence);
    // A bullet is the user's own line: all of it is about them.
    if (bullet) unsupportedWords(tokens, 0, tokens.length, facts, out);
    if (sentence.trim().endsWith('?')) continue;
    let conditional = false;
    tokens.forEach((t, i) => {
      if (t.breakBefore) conditional = false;
      if (CONDITIONAL.has(t.lower)) conditional = true;
      if (bullet || conditional) return;
      const object = !t.breakBefore && OBJECT_BEFORE.has(tokens[i - 1]?.lower ?? '');
      if (t.lower === 'you' && !object) youClaims(tokens, i, facts, out);
      // "your master's degree", "your promotion"; "as a senior engineer".
      if (
        t.lower === 'your' ||
        t.lower === 'yours' ||
        (t.lower === 'as' && /^(a|an)$/.test(tokens[i + 1]?.lower ?? ''))
      )
        unsupportedWords(tokens, i + 1, clauseEnd(tokens, i), facts, out);
    });
  }
  return [...new Set(out)];
}

/** Word-level helpers for matching questions to resume lines: content tokens, light stems, overlap. */
import { tokenize } from './normalize.js';

/** Function words and question words: never evidence that a question points at a line. */
export const STOPWORDS = new Set(
  (
    'a an the and or but of in on at to for from with by as is are was were be been am do does did done have has had ' +
    'i im me my mine you your it its this that these those there here what whats which who how why when where can could ' +
    'should would will shall may might must not no yes so if then than too very just also about into over under up out ' +
    'ok okay pls please thanks thank hey hi u ur any some more most much many one ones thing things get got make made ' +
    'really still even ever only our we us they them their he she his her him all each other another same such own well'
  ).split(' '),
);

/** Words about resumes and asking that say nothing about which line is meant. */
export const ASK_WORDS = new Set(
  (
    'bullet bullets line lines point points section sections resume cv job jobs role roles position work experience ' +
    'entry entries rewrite reword rephrase improve fix better stronger good bad weak strong fine quantify number ' +
    'numbers flag flagged flagging keep drop remove cut judge rate think look looks sound sounds write wrote first ' +
    'second third fourth fifth last next previous current worth wrong right help need want know tell show say ' +
    'bit part new old'
  ).split(' '),
);

const ABBREVIATIONS: Record<string, string> = {
  db: 'database',
  postgres: 'postgresql',
  recs: 'reconciliations',
  ros2: 'ros',
  ig: 'instagram',
  mgr: 'manager',
  mgmt: 'management',
  dept: 'department',
  grad: 'graduate',
  govt: 'government',
};

/** A light stem: enough to match "newsletters"/"newsletter", "complaints"/"complaint". */
export function stem(token: string): string {
  const t = ABBREVIATIONS[token] ?? token;
  if (t.length > 5 && t.endsWith('ies')) return `${t.slice(0, -3)}y`;
  if (t.length > 4 && t.endsWith('s') && !t.endsWith('ss')) return t.slice(0, -1);
  return t;
}

export function contentTokens(text: string): string[] {
  return tokenize(text)
    .filter((t) => !STOPWORDS.has(t))
    .map(stem);
}

/** Dice overlap of content tokens (0–1). */
export function overlap(a: string, b: string): number {
  const x = new Set(contentTokens(a));
  const y = new Set(contentTokens(b));
  if (x.size === 0 || y.size === 0) return 0;
  let common = 0;
  for (const t of x) if (y.has(t)) common++;
  return (2 * common) / (x.size + y.size);
}

const ORDINALS: Record<string, number> = {
  first: 1,
  '1st': 1,
  second: 2,
  '2nd': 2,
  third: 3,
  '3rd': 3,
  fourth: 4,
  '4th': 4,
  fifth: 5,
  '5th': 5,
  sixth: 6,
  '6th': 6,
};

/** "second" → 2, "3rd" → 3, "last" → -1; null when the word is no ordinal. */
export function ordinal(word: string): number | null {
  if (word === 'last') return -1;
  return ORDINALS[word] ?? null;
}

/** "a data engineer", "an assistant accountant role": the indefinite article for a phrase. */
export function withArticle(phrase: string): string {
  return `${/^[aeiou]/i.test(phrase) && !/^(uni|use|eu|one)/i.test(phrase) ? 'an' : 'a'} ${phrase}`;
}

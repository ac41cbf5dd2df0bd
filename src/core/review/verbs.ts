/** Small English verb helpers for rewrites: turn the user's own verb into past tense, nothing more. */

const IRREGULAR_PAST: Readonly<Record<string, string>> = {
  become: 'became',
  begin: 'began',
  bring: 'brought',
  build: 'built',
  buy: 'bought',
  choose: 'chose',
  come: 'came',
  cut: 'cut',
  deal: 'dealt',
  do: 'did',
  draw: 'drew',
  drive: 'drove',
  feed: 'fed',
  find: 'found',
  get: 'got',
  give: 'gave',
  go: 'went',
  grow: 'grew',
  have: 'had',
  hold: 'held',
  keep: 'kept',
  know: 'knew',
  lead: 'led',
  leave: 'left',
  lose: 'lost',
  make: 'made',
  meet: 'met',
  oversee: 'oversaw',
  pay: 'paid',
  put: 'put',
  read: 'read',
  rebuild: 'rebuilt',
  rerun: 'reran',
  rewrite: 'rewrote',
  run: 'ran',
  see: 'saw',
  sell: 'sold',
  send: 'sent',
  set: 'set',
  shrink: 'shrank',
  speak: 'spoke',
  spend: 'spent',
  split: 'split',
  spin: 'spun',
  stand: 'stood',
  take: 'took',
  teach: 'taught',
  tell: 'told',
  think: 'thought',
  troubleshoot: 'troubleshot',
  undertake: 'undertook',
  understand: 'understood',
  win: 'won',
  write: 'wrote',
};

/** Irregular past participles → simple past ("was written by me" → "Wrote"). */
const IRREGULAR_PARTICIPLE: Readonly<Record<string, string>> = {
  begun: 'began',
  brought: 'brought',
  built: 'built',
  bought: 'bought',
  chosen: 'chose',
  cut: 'cut',
  done: 'did',
  drawn: 'drew',
  driven: 'drove',
  found: 'found',
  given: 'gave',
  grown: 'grew',
  held: 'held',
  kept: 'kept',
  known: 'knew',
  led: 'led',
  made: 'made',
  overseen: 'oversaw',
  rebuilt: 'rebuilt',
  rewritten: 'rewrote',
  run: 'ran',
  sent: 'sent',
  set: 'set',
  shown: 'showed',
  sold: 'sold',
  spent: 'spent',
  split: 'split',
  taken: 'took',
  taught: 'taught',
  undertaken: 'undertook',
  written: 'wrote',
  won: 'won',
};

/** Base forms we recognise right after "helped"/"assisted" ("helped build …"). */
const VERB_BASES: ReadonlySet<string> = new Set([
  'add',
  'analyse',
  'analyze',
  'automate',
  'build',
  'configure',
  'create',
  'debug',
  'define',
  'deliver',
  'deploy',
  'design',
  'develop',
  'document',
  'drive',
  'establish',
  'expand',
  'fix',
  'grow',
  'implement',
  'improve',
  'increase',
  'integrate',
  'introduce',
  'launch',
  'lead',
  'maintain',
  'manage',
  'migrate',
  'modernise',
  'modernize',
  'monitor',
  'move',
  'onboard',
  'optimise',
  'optimize',
  'organise',
  'organize',
  'plan',
  'port',
  'prepare',
  'reduce',
  'refactor',
  'release',
  'replace',
  'review',
  'rewrite',
  'run',
  'scale',
  'set',
  'ship',
  'speed',
  'standardise',
  'standardize',
  'streamline',
  'support',
  'test',
  'train',
  'triage',
  'troubleshoot',
  'upgrade',
  'write',
  'cut',
  'make',
  'resolve',
  'investigate',
  'evaluate',
  'prototype',
  'coordinate',
  'mentor',
  'handle',
  'own',
  'secure',
  'instrument',
  'tune',
]);

const NOT_GERUNDS: ReadonlySet<string> = new Set([
  'bring',
  'during',
  'evening',
  'king',
  'morning',
  'nothing',
  'ring',
  'something',
  'spring',
  'string',
  'thing',
  'things',
  'anything',
  'everything',
  'ceiling',
  'sibling',
  'wing',
  'swing',
  'sting',
  'ping',
]);

function regularPast(base: string): string {
  if (base.endsWith('e')) return `${base}d`;
  if (/[^aeiou]y$/.test(base)) return `${base.slice(0, -1)}ied`;
  if (/^[^aeiou]*[aeiou][bdgmnpt]$/.test(base)) return `${base}${base.slice(-1)}ed`;
  return `${base}ed`;
}

export function isGerund(word: string): boolean {
  const w = word.toLowerCase();
  return w.length >= 5 && w.endsWith('ing') && !NOT_GERUNDS.has(w);
}

export function isVerbBase(word: string): boolean {
  const w = word.toLowerCase();
  return VERB_BASES.has(w) || w in IRREGULAR_PAST;
}

/** "building" → "built", "migrating" → "migrated", "shipping" → "shipped", "applying" → "applied". */
export function gerundToPast(gerund: string): string {
  const stem = gerund.toLowerCase().slice(0, -3);
  const candidates = [stem, `${stem}e`];
  if (/([bdgklmnprt])\1$/.test(stem)) candidates.push(stem.slice(0, -1));
  for (const base of candidates) {
    const irregular = IRREGULAR_PAST[base];
    if (irregular) return irregular;
  }
  if (/([bdgmnprt])\1$/.test(stem)) return `${stem}ed`;
  if (/[^aeiou]y$/.test(stem)) return `${stem.slice(0, -1)}ied`;
  return `${stem}ed`;
}

export function baseToPast(base: string): string {
  const w = base.toLowerCase();
  return IRREGULAR_PAST[w] ?? regularPast(w);
}

/** Past participle → simple past, or null when the word is not a participle we know. */
export function participleToPast(word: string): string | null {
  const w = word.toLowerCase();
  const irregular = IRREGULAR_PARTICIPLE[w];
  if (irregular) return irregular;
  return /[a-z]{2,}ed$/.test(w) ? w : null;
}

/** Simple past forms this module can produce that need not appear in the input (for the no-invention tests). */
export const PAST_FORMS: ReadonlySet<string> = new Set([
  ...Object.values(IRREGULAR_PAST),
  ...Object.values(IRREGULAR_PARTICIPLE),
]);

export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

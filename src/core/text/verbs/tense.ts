/** Writing a verb in the simple past for rewrites: the user's own verb, nothing more. */
import { PAST_TO_BASE, irregularPast, participleBase } from './irregular.js';

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
  return VERB_BASES.has(w) || irregularPast(w) !== undefined;
}

/** "building" → "built", "migrating" → "migrated", "shipping" → "shipped", "applying" → "applied". */
export function gerundToPast(gerund: string): string {
  const stem = gerund.toLowerCase().slice(0, -3);
  const candidates = [stem, `${stem}e`];
  if (/([bdgklmnprt])\1$/.test(stem)) candidates.push(stem.slice(0, -1));
  for (const base of candidates) {
    const irregular = irregularPast(base);
    if (irregular) return irregular;
  }
  if (/([bdgmnprt])\1$/.test(stem)) return `${stem}ed`;
  if (/[^aeiou]y$/.test(stem)) return `${stem.slice(0, -1)}ied`;
  return `${stem}ed`;
}

export function baseToPast(base: string): string {
  const w = base.toLowerCase();
  return irregularPast(w) ?? regularPast(w);
}

/** Past participle → simple past, or null when the word is not a participle we know. */
export function participleToPast(word: string): string | null {
  const w = word.toLowerCase();
  const base = participleBase(w);
  if (base) return baseToPast(base);
  return /[a-z]{2,}ed$/.test(w) ? w : null;
}

/** Simple past forms this module can produce that need not appear in the input (for the no-invention tests). */
export const PAST_FORMS: ReadonlySet<string> = new Set([...PAST_TO_BASE.keys(), 'showed']);

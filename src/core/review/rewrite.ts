/**
 * Rewrites a weak bullet in the user's own words: the duty phrase, first person, passive voice, nominalisations
 * and filler go; the user's verb leads in the bullet's tense (conjugated by compromise, coordinated verbs too);
 * the subject matter stays; a number the user did not give becomes a [placeholder] from the profile in force.
 * Titles, sub-headings, recognitions and other people's work get no rewrite. Nothing else is added: every word
 * comes from the bullet, the profile's outcomes, or the small fixed vocabulary below (see REWRITE_VOCABULARY).
 */
import type { RoleProfile } from '../roles/types.js';
import { hasMetric } from '../text/metrics.js';
import { conjugateChain, retenseChain, type WriteTense, writeVerb } from '../text/verbs/chain.js';
import { classifyVerb } from '../text/verbs/classify.js';
import { firstWord, spacedWordCount } from '../text/words.js';
import { OTHERS_WORK, opensWithDuty, readLead } from './rewrite-lead.js';
import { outcomeFor } from './rewrite-outcome.js';
import { TOPICS } from './topics.js';

export interface BulletRewrite {
  after: string;
  /** The [placeholders] in `after`, in order of appearance, without duplicates. */
  placeholders: string[];
  /** Where such numbers can usually be found. */
  where: string;
}

export interface RewriteOptions {
  /** The tense the rewrite should be in (the entry is current or not); default: the bullet's own. */
  tense?: WriteTense;
}

/** Verbs a rewrite may choose when the user's line has a duty phrase and no verb of its own. */
const CHOSEN_VERBS =
  'own deliver contribute to support serve on collaborate in with serve care for lead supervise mentor teach manage build use';

const USED_TO = /^(Used|Use|Uses)\s+(.+?)\s+(?:in order\s+)?to\s+([a-z]+)\s+(.+)$/;
const FILLER = /\b(?:various|very|really|successfully)\s+/gi;

function lowerArticle(text: string): string {
  return text.replace(/^(\s*)(The|A|An)\b/, (_m, s: string, a: string) => `${s}${a.toLowerCase()}`);
}

/** "contribute to" in the past → "Contributed to". */
function writeLeadVerb(verb: string, tense: WriteTense, third: boolean): string {
  const [head = '', ...more] = verb.split(' ');
  const word = writeVerb(head, tense, third);
  return [word.charAt(0).toUpperCase() + word.slice(1), ...more].join(' ');
}

interface Core {
  text: string;
  /** The bullet said what the user was responsible for, not what they did: the rewrite asks how. */
  askHow: boolean;
}

/** "Search ranking: Responsible for …": a short name before a colon stays; the statement after it is rewritten. */
const LABEL = /^([\p{Lu}][^:.!?]{0,40}:\s+)(?=\p{L})/u;

function rewriteCore(original: string, options: RewriteOptions): Core | null | typeof OTHERS_WORK {
  const name = LABEL.exec(original)?.[1] ?? '';
  const isName = name && !opensWithDuty(name) && name.trim().split(/\s+/).length <= 4;
  if (isName && classifyVerb(firstWord(name) ?? '')?.form !== 'past') {
    const body = rewriteCore(original.slice(name.length), options);
    if (body) return body === OTHERS_WORK ? body : { ...body, text: `${name}${body.text}` };
  }
  const lead = readLead(original);
  if (lead === null || lead === OTHERS_WORK) return lead;
  const tense = options.tense ?? lead.tense;
  let rest = lead.own ? lead.rest : lowerArticle(lead.rest);
  rest = conjugateChain(rest, tense);
  if (tense !== lead.tense) rest = retenseChain(rest, tense, lead.third);
  let text = `${writeLeadVerb(lead.verb, tense, lead.third)}${rest}`;
  // "Used X to create Y" → "Created Y with X": the user's own verb leads.
  const used = USED_TO.exec(text);
  if (used) {
    const [, , tool = '', verb = '', object = ''] = used;
    text = `${writeLeadVerb(verb, tense, lead.third)} ${object} with ${lowerArticle(tool)}`;
  }
  text = text
    .replace(/\bmy\b/g, 'the')
    .replace(/\bMy\b/g, 'The')
    .replace(/\bin order to\b/gi, 'to')
    .replace(/\butili[sz](e|es|ed|ing)\b/gi, (_m, end: string) => `us${end}`)
    .replace(FILLER, '')
    .replace(/\s+/g, ' ')
    .trim();
  return { text, askHow: lead.askHow };
}

/** Several sentences or many words: the outcome reads better as its own sentence. */
function isLong(text: string): boolean {
  return /[.!?]\s+\S/.test(text) || spacedWordCount(text) > 25;
}

/** An outcome that is a verb phrase ("cut p99 latency …") takes "by [how]" after it; a noun phrase before it. */
const VERB_OUTCOME = /^(?:cut|scaled|moved|saving|launched|reduced|raised|grew|closed|used|forecast|boot)\b/i;

function withOutcome(core: Core, outcome: string): string {
  const text = core.text.replace(/,?\s+etc$/i, '');
  const how = core.askHow ? ' by [how]' : '';
  const verbLed = VERB_OUTCOME.test(outcome);
  // "with [N] colleagues": a prepositional outcome continues the sentence — unless the line already has that
  // preposition: then the count goes where the line names the same people ("with [N] engineers on handoff"), or
  // after a colon without the repeated word.
  const prep = /^(with|for|across|to|at)\s+(.*)$/.exec(outcome);
  if (prep && !isLong(text)) {
    const [, word = '', tail = ''] = prep;
    if (!new RegExp(`\\b${word}\\b`, 'i').test(text)) return `${text} ${outcome}${how}`;
    const noun = /^\[[^\]]+\]\s+(\p{L}+)/u.exec(tail)?.[1];
    const named = noun ? new RegExp(`\\b${word}\\s+(?:the\\s+)?${noun}\\b`, 'i').exec(text) : null;
    if (named && noun) {
      const at = named.index + named[0].length - noun.length;
      return `${text.slice(0, at)}[N] ${text.slice(at)}${how}`;
    }
    return `${text}: ${tail}${how}`;
  }
  if (isLong(text)) return `${text}. Result: ${outcome}${how}`;
  const [lead, tail] = verbLed ? [text, `${outcome}${how}`] : [`${text}${how}`, outcome];
  return `${lead}${/[:;—]/.test(text) ? ' — ' : ': '}${tail}`;
}

function placeholdersIn(text: string): string[] {
  return [...new Set(text.match(/\$?\[[^\]]+\]/g) ?? [])].map((p) => p.replace(/^\$/, ''));
}

/**
 * A rewrite of a weak bullet, or null when there is nothing to change (already strong and quantified), the line
 * is not a bullet (a title, a sub-heading), or it describes someone else's work.
 */
export function rewriteBullet(bullet: string, role: RoleProfile, options: RewriteOptions = {}): BulletRewrite | null {
  const original = bullet.replace(/\s+/g, ' ').trim();
  if (!original) return null;
  const core = rewriteCore(original, options);
  if (core === null || core === OTHERS_WORK || !core.text) return null;

  let after = core.text;
  const { outcome, where } = outcomeFor(core.text, role);
  if (!hasMetric(core.text)) after = withOutcome(core, outcome);
  if (after === original.replace(/[.;,\s]+$/, '')) return null;
  return { after, placeholders: placeholdersIn(after), where };
}

/** Words a rewrite may contain that do not come from the user's bullet or the profile (tests check this). */
export const REWRITE_VOCABULARY: ReadonlySet<string> = new Set(
  [
    CHOSEN_VERBS,
    'owned delivered contributed supported served collaborated cared led supervised mentored taught managed built used',
    ...TOPICS.map((t) => t.outcome),
    '[result], measured as [number] by [how] the to use uses used using result with',
  ]
    .join(' ')
    .toLowerCase()
    .split(/[^a-z0-9%$.-]+/)
    .filter(Boolean),
);

/**
 * Rewrites a weak bullet in the user's own words: the duty phrase, first person, passive voice and filler
 * go; the subject matter stays; a number the user did not give becomes a [placeholder] chosen by what the
 * bullet is about. Nothing else is added: every word of a rewrite comes from the bullet or from the small
 * fixed vocabulary below (see REWRITE_VOCABULARY).
 */
import type { RoleProfile } from '../roles/types.js';
import { hasAnyTerm } from '../text/terms.js';
import { DEFAULT_WHERE, TOPICS, pickTopic } from './topics.js';
import { hasMetric } from '../text/metrics.js';
import { baseToPast, gerundToPast, isGerund, isVerbBase, participleToPast } from '../text/verbs/tense.js';
import { capitalize, spacedWordCount } from '../text/words.js';

export interface BulletRewrite {
  after: string;
  /** The [placeholders] in `after`, in order of appearance, without duplicates. */
  placeholders: string[];
  /** Where such numbers can usually be found. */
  where: string;
}

/** Duty phrases and the honest verb that replaces them when no verb of the user's follows. */
const DUTY_LEADS: readonly { pattern: RegExp; verb: string }[] = [
  { pattern: /^(?:(?:was|am|were|been)\s+)?(?:solely\s+)?(?:responsible|accountable)\s+for\s+/i, verb: 'Owned' },
  { pattern: /^(?:(?:was|am|were)\s+)?in\s+charge\s+of\s+/i, verb: 'Owned' },
  { pattern: /^(?:(?:was|am|were)\s+)?tasked\s+with\s+/i, verb: 'Owned' },
  {
    pattern: /^(?:(?:my|main|key)\s+)?(?:duties|responsibilities)\s+(?:included|include|were|are)\s*:?\s+/i,
    verb: 'Owned',
  },
  { pattern: /^worked\s+on\s+/i, verb: 'Delivered' },
  { pattern: /^(?:(?:was|am|were)\s+)?(?:involved|engaged)\s+(?:in|with)\s+/i, verb: 'Contributed to' },
  { pattern: /^(?:participated|took\s+part)\s+in\s+/i, verb: 'Contributed to' },
  { pattern: /^(?:(?:was|am|were)\s+)?(?:a\s+)?part\s+of\s+/i, verb: 'Contributed to' },
  { pattern: /^(?:helped|assisted|supported)(?:\s+(?:with|in|to|on))?\s+/i, verb: 'Supported' },
];

/** Weak opening verbs with a plainer strong one that claims no more than the original. */
const WEAK_VERBS: readonly { pattern: RegExp; verb: string }[] = [
  { pattern: /^did\s+/i, verb: 'Delivered' },
  { pattern: /^made\s+/i, verb: 'Built' },
  { pattern: /^took\s+care\s+of\s+/i, verb: 'Owned' },
  { pattern: /^(?:utili[sz]ed|used)\s+/i, verb: 'Used' },
];

const USED_TO = /^(?:used|utili[sz]ed|leveraged)\s+(.+?)\s+(?:in order\s+)?to\s+([a-z]+)\s+(.+)$/i;
const FIRST_PERSON_LEAD = /^(?:(?:my\s+team\s+and\s+)?i|we)\s+(?:(?:have|had|also|personally)\s+)*/i;
const ROLE_WAS_TO = /^my\s+(?:role|job|task)\s+(?:was|is)\s+to\s+/i;
const PASSIVE_LEAD =
  /^(?:(the|a|an|my|our)\s+)?([^,;:]+?)\s+(?:was|were|has\s+been|have\s+been|had\s+been|got)\s+(?:(?:\w+ly)\s+)?([a-z]+)\b\s*(.*)$/i;
const SELF_AGENT = /^by\s+(?:me|myself|us|our\s+team|my\s+team)\b\s*/i;
const OTHER_AGENT = /^by\s+/i;
const FILLER = /\b(?:various|very|really|successfully)\s+/gi;

/** Gerunds that are usually nouns ("billing service", "monitoring dashboards") unless an object follows. */
const NOUN_GERUNDS: ReadonlySet<string> = new Set([
  'accounting',
  'advertising',
  'alerting',
  'banking',
  'billing',
  'booking',
  'caching',
  'computing',
  'consulting',
  'engineering',
  'gaming',
  'hosting',
  'learning',
  'lending',
  'logging',
  'manufacturing',
  'marketing',
  'messaging',
  'monitoring',
  'networking',
  'onboarding',
  'pricing',
  'printing',
  'publishing',
  'recruiting',
  'rendering',
  'routing',
  'scheduling',
  'shipping',
  'staging',
  'streaming',
  'testing',
  'ticketing',
  'tooling',
  'tracing',
  'trading',
  'training',
  'housing',
  'clothing',
  'landing',
  'listing',
  'matching',
  'ranking',
  'searching',
]);
const OBJECT_START = /^\s+(?:the|a|an|our|their|its|new|all|and|internal|existing|multiple|several|legacy|\d)/i;

function isVerbGerund(word: string, rest: string): boolean {
  if (!isGerund(word)) return false;
  return !NOUN_GERUNDS.has(word.toLowerCase()) || OBJECT_START.test(rest);
}

function firstWord(text: string): string {
  return /^[\p{L}'-]+/u.exec(text)?.[0] ?? '';
}

/**
 * "building internal tools" → "Built internal tools"; after "helped", also "build X" → "Built X". Otherwise
 * the fallback verb: `usedOwnVerb` says which happened (an own verb already says how).
 */
function leadWithVerb(object: string, fallback: string, allowBase: boolean): { text: string; usedOwnVerb: boolean } {
  const word = firstWord(object);
  const rest = object.slice(word.length);
  if (word && rest && isVerbGerund(word, rest))
    return { text: `${capitalize(gerundToPast(word))}${rest}`, usedOwnVerb: true };
  if (word && rest && allowBase && isVerbBase(word))
    return { text: `${capitalize(baseToPast(word))}${rest}`, usedOwnVerb: true };
  return { text: `${fallback} ${lowerArticle(object)}`, usedOwnVerb: false };
}

function lowerArticle(text: string): string {
  return text.replace(/^(The|A|An)\b/, (m) => m.toLowerCase());
}

const OTHER_PEOPLES_WORK = Symbol("other people's work");

/** Turns "The caching layer was designed by me to …" into "Designed the caching layer to …". */
function fromPassive(text: string): string | typeof OTHER_PEOPLES_WORK | null {
  const m = PASSIVE_LEAD.exec(text);
  if (!m) return null;
  const [, det, subject = '', participle = '', rest = ''] = m;
  const past = participleToPast(participle);
  if (!past) return null;
  let tail = rest;
  if (SELF_AGENT.test(tail)) tail = tail.replace(SELF_AGENT, '');
  else if (OTHER_AGENT.test(tail)) return OTHER_PEOPLES_WORK; // not ours to rewrite as the user's work
  const article = det ? `${/^(my|our)$/i.test(det) ? 'the' : det.toLowerCase()} ` : '';
  return `${capitalize(past)} ${article}${subject}${tail ? ` ${tail}` : ''}`;
}

interface Core {
  text: string;
  /** The bullet said what the user was responsible for, not what they did: the rewrite asks how. */
  askHow: boolean;
}

function rewriteCore(original: string): Core | null {
  let text = original
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[.;,\s]+$/, '');
  let askHow = false;

  text = text.replace(FIRST_PERSON_LEAD, '');
  if (ROLE_WAS_TO.test(text)) {
    const led = leadWithVerb(text.replace(ROLE_WAS_TO, ''), 'Owned', true);
    text = led.text;
    askHow = !led.usedOwnVerb;
  }

  const passive = fromPassive(text);
  if (passive === OTHER_PEOPLES_WORK) return null;
  if (passive) text = passive;

  for (const lead of DUTY_LEADS) {
    if (lead.pattern.test(text)) {
      const led = leadWithVerb(text.replace(lead.pattern, ''), lead.verb, lead.verb === 'Supported');
      text = led.text;
      askHow = !led.usedOwnVerb;
      break;
    }
  }
  // "Used X to create Y" → "Created Y with X": the user's own verb leads.
  const used = USED_TO.exec(text);
  if (used) {
    const [, tool = '', verb = '', rest = ''] = used;
    text = `${capitalize(baseToPast(verb))} ${rest} with ${lowerArticle(tool)}`;
  }
  for (const weak of WEAK_VERBS) {
    if (weak.pattern.test(text)) {
      text = `${weak.verb} ${text.replace(weak.pattern, '')}`;
      break;
    }
  }
  const lead = firstWord(text);
  if (lead && isVerbGerund(lead, text.slice(lead.length)))
    text = `${capitalize(gerundToPast(lead))}${text.slice(lead.length)}`;
  else if (lead && isVerbBase(lead) && /^[a-z]/.test(text)) text = capitalize(text);

  text = text
    .replace(/\bmy\b/g, 'the')
    .replace(/\bMy\b/g, 'The')
    .replace(/\bin order to\b/gi, 'to')
    .replace(/\butili[sz](e|es|ed|ing)\b/gi, (_m, end: string) => `us${end}`)
    .replace(FILLER, '')
    .replace(/\s+/g, ' ')
    .trim();
  return { text: capitalize(text), askHow };
}

/** Several sentences or many words: the outcome reads better as its own sentence. */
function isLong(text: string): boolean {
  return /[.!?]\s+\S/.test(text) || spacedWordCount(text) > 25;
}

function placeholdersIn(text: string): string[] {
  return [...new Set(text.match(/\$?\[[^\]]+\]/g) ?? [])].map((p) => p.replace(/^\$/, ''));
}

/** The role's pillar whose vocabulary the bullet uses, for bullets no topic covers. */
function rolePlaceholder(bullet: string, role: RoleProfile): string | null {
  const pillar = role.pillars.find((p) => hasAnyTerm(bullet, p.evidence));
  return pillar ? pillar.placeholder : null;
}

/**
 * A rewrite of a weak bullet, or null when there is nothing to change (already strong and quantified, or
 * the bullet describes someone else's work).
 */
export function rewriteBullet(bullet: string, role: RoleProfile): BulletRewrite | null {
  const original = bullet.replace(/\s+/g, ' ').trim();
  if (!original) return null;
  const core = rewriteCore(original);
  if (!core?.text) return null;

  let after = core.text;
  let where = DEFAULT_WHERE;
  if (!hasMetric(core.text)) {
    const topic = pickTopic(core.text);
    const outcome = topic?.outcome ?? `[result], measured as ${rolePlaceholder(core.text, role) ?? '[number]'}`;
    const tail = `${outcome}${core.askHow ? ' by [how]' : ''}`;
    after = isLong(core.text)
      ? `${core.text.replace(/,?\s+etc$/i, '')}. Result: ${tail}`
      : `${core.text}${/[:;—]/.test(core.text) ? ' — ' : ': '}${tail}`;
    where = topic?.where ?? DEFAULT_WHERE;
  } else if (core.askHow && !/\b(?:by|using|with|through|via)\b/i.test(core.text)) {
    after = `${core.text} by [how]`;
  }
  if (after === original.replace(/[.;,\s]+$/, '')) return null;
  return { after, placeholders: placeholdersIn(after), where };
}

/** Words a rewrite may contain that do not come from the user's bullet (tests check this). */
export const REWRITE_VOCABULARY: ReadonlySet<string> = new Set(
  [
    ...DUTY_LEADS.map((l) => l.verb),
    ...WEAK_VERBS.map((l) => l.verb),
    ...TOPICS.map((t) => t.outcome),
    '[result], measured as [number] by [how] the to use uses used using result',
  ]
    .join(' ')
    .toLowerCase()
    .split(/[^a-z0-9%$.-]+/)
    .filter(Boolean),
);

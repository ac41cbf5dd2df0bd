/**
 * Reading how a bullet opens, for a rewrite: which verb should lead it (the user's own where there is one), what
 * follows that verb, and the tense the bullet was written in. Duty phrases ("Responsible for"), first person,
 * passive voice and nominalisations ("Development of") are taken apart here; writing happens in rewrite.ts.
 */
import { isRecognition } from '../text/recognition.js';
import { isTitleLike } from '../text/title-case.js';
import { isActionGerund } from '../text/verbs/chain.js';
import { classifyVerb } from '../text/verbs/classify.js';
import { participleBase } from '../text/verbs/irregular.js';
import { baseOf, isActor, leadVerb, verbOfNoun } from '../text/verbs/nlp.js';

export interface Lead {
  /** Infinitive of the verb that leads the rewrite; may be a phrase ("contribute to"). */
  verb: string;
  /** The verb is the user's own (not one we chose for a duty phrase). */
  own: boolean;
  /** The line named a duty and no action: the rewrite asks how. */
  askHow: boolean;
  /** What follows the verb, as written (starts with a space, or is empty). */
  rest: string;
  /** The tense the bullet was written in. */
  tense: 'past' | 'present';
  /** Present tense with -s as the user wrote it ("Supports"). */
  third: boolean;
}

/** Someone else did the work ("Tests were written by the QA team"): not the user's to claim. */
export const OTHERS_WORK = Symbol("other people's work");

/** Duty phrases and the verb that replaces them when no verb of the user's follows. */
/** `says`: the chosen verb says what was done (no need to ask how). */
const DUTY_LEADS: readonly { pattern: RegExp; verb: string; base?: boolean; says?: boolean }[] = [
  { pattern: /^(?:(am|is|are|was|were|been)\s+)?(?:solely\s+)?(?:responsible|accountable)\s+for\s+/i, verb: 'own' },
  { pattern: /^(?:(am|is|are|was|were)\s+)?in\s+charge\s+of\s+/i, verb: 'own' },
  { pattern: /^(?:(am|is|are|was|were)\s+)?tasked\s+with\s+/i, verb: 'own' },
  { pattern: /^(?:(am|is|are|was|were)\s+)?(?:the\s+)?owner\s+of\s+/i, verb: 'own' },
  {
    pattern: /^(?:(?:my|main|key)\s+)?(?:duties|responsibilities)\s+(?:included|(include)|were|(are))\s*:?\s+/i,
    verb: 'own',
  },
  { pattern: /^worked\s+(?:as\s+)?(?:(?:a\s+)?part\s+of\s+|in\s+|with\s+)?(?=a\s+team\b)/i, verb: 'collaborate in' },
  { pattern: /^(?:(work)\s+|worked\s+)on\s+/i, verb: 'deliver' },
  { pattern: /^(?:(work)\s+|worked\s+)(?:closely\s+)?with\s+/i, verb: 'collaborate with', says: true },
  { pattern: /^(?:(am|is|are|was|were)\s+)?(?:involved|engaged)\s+(?:in|with)\s+/i, verb: 'contribute to' },
  { pattern: /^(?:participated|took\s+part)\s+in\s+/i, verb: 'contribute to' },
  { pattern: /^(?:(am|is|are|was|were)\s+)?(?:a\s+)?part\s+of\s+/i, verb: 'contribute to' },
  {
    pattern: /^(?:successfully\s+)?(?:helped|assisted|supported)(?:\s+to)?\s+(?!with\b|in\b|on\b)/i,
    verb: 'support',
    base: true,
  },
  { pattern: /^(?:successfully\s+)?(?:helped|assisted|supported)\s+(?:with|in|on)\s+/i, verb: 'support' },
  { pattern: /^(help|assist|support)(?:s|ing)?(?:\s+to)?\s+(?!with\b|in\b|on\b)/i, verb: 'support', base: true },
  { pattern: /^(help|assist|support)(?:s|ing)?\s+(?:with|in|on)\s+/i, verb: 'support' },
  { pattern: /^took\s+care\s+of\s+/i, verb: 'own' },
  { pattern: /^member\s+of\s+/i, verb: 'serve on' },
];

/** The line opens with a duty phrase ("Duties included:", "Responsible for"). */
export function opensWithDuty(text: string): boolean {
  return DUTY_LEADS.some((d) => d.pattern.test(text));
}

/** Weak verbs of the user's with a plainer strong one that claims no more ("Did code reviews" → "Delivered"). */
const WEAK_OWN: Readonly<Record<string, string>> = { do: 'deliver', make: 'build', utilize: 'use', utilise: 'use' };

/** After "Responsible for" a number of people or things: the verb that says what being responsible meant. */
const DUTY_OBJECTS: readonly { pattern: RegExp; verb: string }[] = [
  { pattern: /^(?:\S+\s+){0,3}?(?:customers|guests|clients|visitors|callers|shoppers)\b/i, verb: 'serve' },
  { pattern: /^(?:\S+\s+){0,3}?(?:patients|residents)\b/i, verb: 'care for' },
  { pattern: /^(?:a\s+)?(?:\S+\s+){0,2}?team\b/i, verb: 'lead' },
  // People in training: what being responsible for them means is mentoring ("Owned 6 students" is not English).
  {
    pattern:
      /^(?:\S+\s+){0,3}?(?:students?\s+\p{L}+s|students|trainees|interns|apprentices|mentees|new\s+(?:starters|hires|joiners)|graduates|juniors)\b/iu,
    verb: 'mentor',
  },
  { pattern: /^(?:\S+\s+){0,3}?(?:pupils|learners|classes|children|kids)\b/i, verb: 'teach' },
  {
    pattern:
      /^(?:\S+\s+){0,3}?(?:staff|people|employees|operatives|associates|workers|volunteers|teachers|nurses|engineers|interns|agents|drivers|pickers|trainees|apprentices)\b/i,
    verb: 'supervise',
  },
  {
    pattern:
      /^(?:\S+\s+){0,3}?(?:portfolios?|accounts|budgets?|warehouses|sites|stores|branches|fleet|vans|docks|projects|vendors|suppliers|contracts|properties)\b/i,
    verb: 'manage',
  },
];

const DETERMINER = /^(?:the|a|an|my|our|their|his|her|its|this|that|these|those|some|two|three|new|senior|junior)$/i;

function helpedWhom(text: string): { whom: string; action: string } | null {
  const words = text.split(' ');
  for (let k = 1; k <= 3 && k < words.length; k++) {
    const whom = words.slice(0, k);
    if (whom.some((w) => /^(?:with|in|on|to|for)$/i.test(w) || !/^[\p{L}'’-]+$/u.test(w))) return null;
    const verb = words[k] ?? '';
    // "the | head chef run …": whom ends in a noun, not an article or a possessive.
    if (!/^\p{Ll}+$/u.test(verb) || DETERMINER.test(whom[k - 1] ?? '')) continue;
    const action = words.slice(k).join(' ');
    const lead = leadVerb(action);
    const known = classifyVerb(verb);
    // compromise may read a bare "run" as a noun; our verb list knows it is a verb.
    const bare = lead?.plain === true || (known?.form === 'present' && known.known);
    if (bare && lead?.tense === 'present' && !lead.third && lead.word.toLowerCase() === verb)
      return { whom: `${whom.join(' ')} `, action };
  }
  return null;
}
const FIRST_PERSON = /^(?:my\s+team\s+and\s+i|i|we)\s+(?:(?:also|personally)\s+)?/i;
const PRESENT_AUX = /^(?:am|is|are)\s+/i;
const PERFECT_AUX = /^(?:have|has|had)\s+(?=\p{L}+(?:ed|en|t)\b|led\b|built\b|run\b|won\b)/iu;
const ROLE_IS_TO =
  /^(?:my|the)\s+(?:main\s+)?(?:role|job|task|responsibility|duty)(?:\s+as\s+[^,.;]{1,60}?)?\s+(was|were|is|are)\s+to\s+/i;
const PASSIVE_LEAD =
  /^(?:(the|a|an|my|our)\s+)?((?:[\p{L}\p{N}'’&/-]+\s+){0,5}?[\p{L}\p{N}'’&/-]+)\s+(?:(was|were|is|are|has\s+been|have\s+been|had\s+been|got)\s+)((?:\p{L}+ly\s+)?\p{L}+(?:(?:,\s*|,?\s+and\s+)\p{L}+(?:ed|en|t))*)\b(.*)$/iu;
/**
 * The user received the act: "Trained by senior nurses in IV therapy", "Was chosen by staff to …" (someone else
 * is the agent), "Was asked to train new staff" (the line says what was asked, not what was done). Rewriting
 * these as the user's own action would change who did what, so they get no rewrite. "Cut costs by 20%",
 * "by automating …" and "by me" are not another agent.
 */
const RECEIVED_BY =
  /^(?:(?:was|were|got|been|being)\s+)?(?:\p{L}+ly\s+)?(\p{L}+)\s+by\s+(?!(?:me|myself|us|over|up|about|around|nearly|almost|roughly|more|less|half|a\s+(?:factor|third|quarter|half))\b|[\d$€£~]|\p{L}+ing\b)/iu;
const RECEIVED_SUBJECTLESS =
  /^(?:was|were|got)\s+(?!(?:involved|engaged|tasked|responsible|accountable|solely|in\s+charge|part)\b)(\p{L}+)\b/iu;

function isParticiple(word: string): boolean {
  const w = word.toLowerCase();
  return participleBase(w) !== undefined || (/(?:ed|en)$/.test(w) && classifyVerb(w)?.form === 'past');
}

function received(text: string): boolean {
  const by = RECEIVED_BY.exec(text);
  if (by && isParticiple(by[1] ?? '')) return true;
  const bare = RECEIVED_SUBJECTLESS.exec(text);
  return bare !== null && isParticiple(bare[1] ?? '');
}

const SELF_AGENT = /^\s*by\s+(?:me|myself|us|our\s+team|my\s+team)\b/i;
/** Someone else did it: "… was observed as good or outstanding by the head teacher"; "by cutting …" is how, not who. */
const OTHER_AGENT = /^\s*(?:[^\s,;]+\s+){0,6}?by\s+(?!\p{L}+ing\b)/iu;

function firstWordOf(text: string): string {
  return /^[\p{L}][\p{L}'’-]*/u.exec(text)?.[0] ?? '';
}

/**
 * The user's own verb opening `text`, if it opens with one. After a duty phrase only a gerund can ("Responsible
 * for building X"); after "helped" or "my role was to" a bare verb too ("helped build X"); a line without a duty
 * phrase opens with a word compromise reads as a verb, past tense or bare ("Firmware for …" is a noun).
 */
type OwnMode = 'gerund' | 'base' | 'whichever';

function ownVerb(text: string, mode: OwnMode): (Omit<Lead, 'tense'> & { tense: Lead['tense'] | null }) | null {
  const word = firstWordOf(text);
  if (!word) return null;
  const rest = text.slice(word.length);
  if (!rest.trim() || /^-/.test(rest)) return null;
  if (isActionGerund(word, rest))
    return { verb: baseOf(word), own: true, askHow: false, rest, tense: null, third: false };
  if (mode === 'gerund') return null;
  const lead = leadVerb(text);
  if (!lead || lead.word !== word || lead.tense === 'gerund') return null;
  if (lead.tense === 'present' && !lead.plain && (mode === 'base' || classifyVerb(word) === null)) return null;
  return { verb: lead.base, own: true, askHow: false, rest, tense: lead.tense, third: lead.third };
}

/** "The caching layer was designed by me to …" → design + "the caching layer to …". */
function fromPassive(text: string): Lead | typeof OTHERS_WORK | null {
  const m = PASSIVE_LEAD.exec(text);
  if (!m) return null;
  const [, det, subject = '', aux = '', verbs = '', tail = ''] = m;
  // "Stock replenishment and ensuring shelves are stocked": an action list before the verb, not a subject.
  if (/\b(?:and|or)\s+\p{Ll}+ing\b/u.test(subject)) return null;
  const participles = verbs.replace(/^\p{L}+ly\s+/u, '').split(/,\s*|,?\s+and\s+/);
  const first = participles[0] ?? '';
  const v = classifyVerb(first);
  const base = v?.form === 'past' ? v.base : participleBase(first.toLowerCase());
  if (!base || !/(?:ed|en|t|n)$/i.test(first)) return null;
  let rest = tail;
  if (SELF_AGENT.test(rest)) rest = rest.replace(SELF_AGENT, '');
  else if (OTHER_AGENT.test(rest)) return OTHERS_WORK;
  const article = det ? `${/^(my|our)$/i.test(det) ? 'the' : det.toLowerCase()} ` : '';
  const more = participles.slice(1);
  const object = `${article}${subject.replace(/^\p{Lu}(?=\p{Ll})/u, (c) => c.toLowerCase())}`;
  // "was planned and launched by me" → "Planned and launched the campaign".
  const chain = more.length
    ? `${more.length > 1 ? ', ' : ' and '}${more.join(', ').replace(/, ([^,]+)$/, ' and $1')}`
    : '';
  return {
    verb: base,
    own: true,
    askHow: false,
    rest: `${chain} ${object}${rest}`.replace(/\s+/g, ' ').replace(/^(?! )/, ' '),
    tense: /^(?:is|are)$/i.test(aux) ? 'present' : 'past',
    third: false,
  };
}

/**
 * A phrase before the pronoun: "Working as part of a multidisciplinary team I provide …", "In this role I was
 * responsible for …", "At Acme we built …". The statement is what follows; the phrase (if it says something)
 * moves after it.
 */
const LEAD_IN =
  /^((?:in|during|as|at|while|working|since|over|across|throughout|within|on)\b[^,.;:]{0,70}?),?\s+(?=(?:I|[Ww]e)\s)/i;
const EMPTY_LEAD_IN = /^in\s+(?:this|my|the|that)\s+(?:role|position|job|post|capacity)$/i;

function leadInOf(text: string): { statement: string; tail: string } | null {
  const m = LEAD_IN.exec(text);
  if (!m?.[1]) return null;
  const phrase = m[1].trim();
  const statement = text.slice(m[0].length);
  if (EMPTY_LEAD_IN.test(phrase)) return { statement, tail: '' };
  const moved = phrase
    .replace(/^working\s+(?=as|in|with|on|for|alongside)/i, '')
    .replace(/\bmy\b/gi, 'the')
    .replace(/^\p{Lu}(?=\p{Ll})/u, (c) => c.toLowerCase());
  return { statement, tail: ` ${moved}` };
}

/** The lead of a bullet; null when it is not a statement of work (a title, a recognition, prose). */
export function readLead(original: string): Lead | typeof OTHERS_WORK | null {
  let text = original
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[.;,\s]+$/, '');
  // "supporting residents with …": a bullet starts with a capital.
  text = text.replace(/^\p{Ll}(?!\p{Lu})/u, (c) => c.toUpperCase());
  const leadIn = leadInOf(text);
  if (!leadIn) return readLeadCore(text);
  const lead = readLeadCore(leadIn.statement);
  if (lead === null || lead === OTHERS_WORK) return lead;
  return { ...lead, rest: `${lead.rest}${leadIn.tail}` };
}

/**
 * "Stock replenishment and …", "Forklift driving in a busy DC": a noun and the action done to it, as a noun
 * phrase → the action leads, the noun is its object ("Replenished stock and …", "Drove forklift …").
 */
function fromNounAction(text: string): Lead | null {
  // One or two words of object before the action noun: "Stock replenishment", "Customer complaints handling".
  const m = /^(\p{L}+(?:\s+\p{Ll}+)?)\s+(\p{Ll}+(?:ment|ing|tion))\b(?!\s+of\b)(.*)$/u.exec(text);
  if (!m) return null;
  const [, noun = '', action = '', after = ''] = m;
  if (leadVerb(text)?.plain || noun.split(/\s+/).some(isGerundWord)) return null;
  // "Mobile banking app redesign": the -ing word modifies a noun after it; a phrase of its own ends there.
  if (!/^(?:\s*$|\s*[(,;:–—-]|\s+(?:and|or|in|at|for|to|with|across|on|within|from|using|through)\b)/.test(after))
    return null;
  const verb = verbOfNoun(action);
  if (!verb) return null;
  // "Van loading and route planning": a second noun-action pair would stay a noun; leave the line as it is.
  if (/^\s+(?:and|or|&)\s+\p{L}+\s+\p{Ll}+(?:ing|ment)\b/u.test(after)) return null;
  return {
    verb,
    own: true,
    askHow: false,
    rest: ` ${noun.toLowerCase()}${after}`,
    tense: action.endsWith('ing') ? 'present' : 'past',
    third: false,
  };
}

const isGerundWord = (word: string): boolean => /ing$/i.test(word);

/**
 * "Key holder, opening and closing the shop …", "Credit control – chasing overdue accounts": a role or area, then
 * what was done in it → the action leads ("Open and close the shop … as key holder", "… in credit control").
 */
function fromRoleThenAction(text: string): Lead | null {
  const m = /^([\p{L}][\p{L}'’& -]{1,40}?)\s*(?:,|\s[–—-])\s+(\p{Ll}+ing)\b(.*)$/u.exec(text);
  if (!m) return null;
  const [, head = '', gerund = '', after = ''] = m;
  if (leadVerb(head)?.plain || baseOf(gerund) === gerund.toLowerCase()) return null;
  const area = head.trim().replace(/^\p{Lu}(?=\p{Ll})/u, (c) => c.toLowerCase());
  const joiner = isPersonNoun(head) ? 'as' : 'in';
  return {
    verb: baseOf(gerund),
    own: true,
    askHow: false,
    rest: `${after} ${joiner} ${area}`,
    tense: 'present',
    third: false,
  };
}

/** The last word names a person ("holder", "champion", "supervisor"): compromise's Actor, or an agent suffix. */
function isPersonNoun(phrase: string): boolean {
  const last = phrase.trim().split(/\s+/).pop() ?? '';
  return /(?:er|or|ist|ian|ant)$/i.test(last) || isActor(last);
}

function readLeadCore(input: string): Lead | typeof OTHERS_WORK | null {
  let text = input;
  if (!text || isRecognition(text) || isTitleLike(text)) return null;
  let present = false;
  let allowBase = false;
  let fallback: string | null = null;
  let says = false;

  const person = FIRST_PERSON.exec(text);
  if (person) {
    text = text.slice(person[0].length);
    if (PRESENT_AUX.test(text)) {
      text = text.replace(PRESENT_AUX, '');
      present = true;
    }
    text = text.replace(PERFECT_AUX, '');
  }
  if (received(text)) return OTHERS_WORK;
  const role = ROLE_IS_TO.exec(text);
  if (role) {
    text = text.slice(role[0].length);
    present = /^(?:is|are)$/i.test(role[1] ?? '');
    allowBase = true;
    fallback = 'own';
  }

  const passive = fromPassive(text);
  if (passive === OTHERS_WORK) return OTHERS_WORK;
  if (passive) return present ? { ...passive, tense: 'present' } : passive;

  if (!fallback) {
    for (const duty of DUTY_LEADS) {
      const m = duty.pattern.exec(text);
      if (!m) continue;
      text = text.slice(m[0].length);
      const aux = m.slice(1).find(Boolean) ?? '';
      if (/^(?:am|is|are|include|work|help|assist|support)$/i.test(aux)) present = true;
      allowBase = duty.base === true;
      says = duty.says === true;
      fallback = (duty.verb === 'own' && DUTY_OBJECTS.find((o) => o.pattern.test(text))?.verb) || duty.verb;
      // "Responsible for the training of 4 new staff" → train: the noun names what was done.
      const nominal = duty.verb === 'own' ? /^(?:the\s+)?(\p{L}+)\s+of\s+/u.exec(text) : null;
      const named = nominal ? verbOfNoun(nominal[1] ?? '') : null;
      if (nominal && named)
        return {
          verb: named,
          own: false,
          askHow: false,
          rest: ` ${text.slice(nominal[0].length)}`,
          tense: present ? 'present' : 'past',
          third: false,
        };
      break;
    }
  }
  if (!fallback) {
    // "Development of REST APIs" → develop REST APIs.
    const nominal = /^(\p{L}+)\s+of\s+/u.exec(text);
    const verb = nominal ? verbOfNoun(nominal[1] ?? '') : null;
    if (nominal && verb)
      return { verb, own: true, askHow: false, rest: ` ${text.slice(nominal[0].length)}`, tense: 'past', third: false };
  }

  if (!fallback) {
    const shaped = fromRoleThenAction(text) ?? fromNounAction(text);
    if (shaped) return shaped;
  }
  const own = ownVerb(text, !fallback ? 'whichever' : allowBase ? 'base' : 'gerund');
  if (own) {
    const verb = WEAK_OWN[own.verb] ?? own.verb;
    // After a duty phrase the tense is the phrase's ("Helped build" → past); a bare gerund reads as current work.
    const tense = present ? 'present' : fallback ? 'past' : (own.tense ?? 'present');
    return { ...own, verb, own: verb === own.verb, askHow: false, tense, third: own.third && tense === 'present' };
  }
  if (!fallback) return null;
  // "Helped students prepare for exams" → support + "students to prepare for exams"; the shortest reading of
  // whom they helped whose next word is a bare verb ("the shift manager | run the night shift").
  const helped = allowBase ? helpedWhom(text) : null;
  if (helped)
    return {
      verb: fallback,
      own: false,
      askHow: false,
      rest: ` ${helped.whom}to ${helped.action}`,
      tense: present ? 'present' : 'past',
      third: false,
    };
  return {
    verb: fallback,
    own: false,
    askHow: !says,
    rest: ` ${text}`,
    tense: present ? 'present' : 'past',
    third: false,
  };
}

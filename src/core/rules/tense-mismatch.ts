import type { Rule } from './types.js';
import type { BulletRef } from './support/scope.js';
import { at, bulletsOf, isLabelBullet, makeFinding } from './support/scope.js';
import { isPresent, parseModelDate } from './support/dates.js';
import { type VerbForm, classifyVerb } from '../text/verbs/classify.js';
import { SAME_PAST_PRESENT } from '../text/verbs/lists.js';
import { openingOf } from '../text/verbs/opening.js';
import { leadVerb } from '../text/verbs/nlp.js';
import { findMetrics } from '../text/metrics.js';

/** Verbs our lists know are read from them; the rest ("Care for", "Liaise", "Supports") from compromise. */
interface Tensed {
  form: VerbForm;
  base: string | null;
}

function tenseOf(text: string): Tensed | null {
  if (isLabelBullet(text)) return null;
  const o = openingOf(text);
  if (!o) return null;
  if (SAME_PAST_PRESENT.has(o.word.toLowerCase())) return null;
  let form: VerbForm | null = null;
  let base: string | null = null;
  if (o.verb && (o.verb.known || o.verb.form === 'past')) {
    form = o.verb.form;
    base = o.verb.base;
  } else if (classifyVerb(o.word) === null && o.word === text.replace(/^[^\p{L}]+/u, '').split(/\s/)[0]) {
    // Only words our lists do not know: a known verb read as a noun ("Lead engineer for …") stays a noun.
    const lead = leadVerb(text);
    if (lead && (lead.third || lead.plain)) {
      form = lead.tense;
      base = lead.base;
    }
  }
  // "Was based in…", "Had 3 direct reports": states, not the tense of the work.
  if (base === 'be' || base === 'have') return null;
  return form ? { form, base } : null;
}

/**
 * A finished, measured result ("cut p99 from 180 ms to 40 ms", "saving $310K", "halving MTTR"), not a count of
 * what the work covered ("a team of 4 carers", "20 residents"): counts describe a duty that may still go on.
 */
function reportsResult(text: string): boolean {
  return findMetrics(text).some((m) => m.kind !== 'count' && m.kind !== 'word') || /\b(?:halv|doubl|tripl)/i.test(text);
}

/** Verbs of standing duties: "Ran the night shift", "Managed the accounts" describe work that goes on. */
const ONGOING_BASES = new Set(['run', 'lead', 'manage', 'supervise', 'support', 'oversee', 'care', 'look', 'teach']);
/** Recurrence and standing scope: "a shift", "each month", "daily", "a team of 4". */
const RECURRING =
  /\b(?:daily|weekly|monthly|fortnightly|nightly|(?:each|every|per|a)\s+(?:day|night|shift|week|month|term|quarter|year)|(?:day|night|weekend|late|early)\s+shifts?|a\s+team\s+of)\b/i;

/** Work that ends: "Led the migration", "Managed the launch" are finished projects, not standing duties. */
const ONE_OFF =
  /\b(?:migrations?|launch(?:es)?|redesigns?|roll-?outs?|upgrades?|move|rebuild|rewrite|implementation|introduction|transition|projects?|pilots?|audits?|merger|integration|refactor(?:ing)?|opening)\b/i;

/** A past-tense bullet that describes a standing duty rather than finished work. */
function ongoingDuty(text: string, base: string | null): boolean {
  if (reportsResult(text)) return false;
  return RECURRING.test(text) || (base !== null && ONGOING_BASES.has(base) && !ONE_OFF.test(text));
}

/** A current role with this many past-tense bullets and none in the present reads as a role already left. */
const WHOLLY_PAST = 2;

export const tenseMismatch: Rule = {
  id: 'tense-mismatch',
  description: 'Past roles written in present tense, or a current role that mixes present and past.',
  why: 'Tense tells a reader what you still do; mixing it makes them reread and looks careless.',
  label: 'Verb tense',
  askedAs: ['tense', 'tense mismatch'],
  fix: () => 'Fix verb tenses: past roles in the past tense, the current role in the present',
  check({ resume }) {
    const byEntry = new Map<string, BulletRef[]>();
    for (const b of bulletsOf(resume, ['experience'])) {
      const key = `${b.sectionIndex}:${b.entryIndex}`;
      byEntry.set(key, [...(byEntry.get(key) ?? []), b]);
    }
    const out = [];
    for (const bullets of byEntry.values()) {
      const entry = bullets[0]?.entry;
      if (!entry) continue;
      const tensed = bullets.flatMap((b) => {
        const t = tenseOf(b.text);
        return t ? [{ b, tense: t.form, base: t.base }] : [];
      });
      if (isPresent(entry.end)) {
        // A current role may use past tense for finished work; flag only the minority tense when it mixes.
        const present = tensed.filter((x) => x.tense === 'present');
        const past = tensed.filter((x) => x.tense === 'past');
        // Wholly in the past, and some of it a standing duty ("Ran the night shift"): one finding on the first
        // bullet, not one per bullet. A current role of finished work ("Designed the API") may stay in the past.
        const first = past[0];
        const ongoing = past.some((x) => ongoingDuty(x.b.text, x.base));
        if (present.length === 0 && first && past.length >= WHOLLY_PAST && ongoing) {
          out.push(
            makeFinding(
              'tense-mismatch',
              {
                severity: 'low',
                message: 'This is your current role, but every bullet is in the past tense.',
                evidence: first.b.text,
                suggestion:
                  'Put what you still do in the present tense ("Lead the night shift"); keep the past for finished work ("Cut mis-picks by 60%").',
              },
              at(first.b),
            ),
          );
          continue;
        }
        if (present.length === 0 || past.length === 0) continue;
        // The current role is written in the present: on a tie the past-tense bullets are the odd ones.
        const odd = present.length >= past.length ? past : present;
        for (const { b } of odd) {
          out.push(
            makeFinding(
              'tense-mismatch',
              {
                severity: 'low',
                message: `Your current role mixes tenses: most bullets are in the ${odd === past ? 'present' : 'past'}, this one is not.`,
                evidence: b.text,
                suggestion:
                  'Pick one tense for the current role (present for ongoing work is usual) and use it on every bullet.',
              },
              at(b),
            ),
          );
        }
      } else if (parseModelDate(entry.end)) {
        for (const { b, tense } of tensed) {
          if (tense === 'past') continue;
          out.push(
            makeFinding(
              'tense-mismatch',
              {
                severity: 'low',
                message: 'This role has ended, but the bullet is in the present tense.',
                evidence: b.text,
                suggestion: 'Use the past tense for roles you have left: "Manage the team" → "Managed the team".',
              },
              at(b),
            ),
          );
        }
      }
    }
    return out;
  },
};

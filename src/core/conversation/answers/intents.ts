/**
 * Intent recognition for follow-up questions: weighted cues (words, prefixes ending in "*", and
 * phrases) per intent over typo-corrected tokens. Small, deterministic and explainable; measured by
 * `npm run eval` on test/fixtures/questions.json.
 */
import { COMMON_WORDS, type Cue, CUES, OUT_OF_SCOPE, RULE_NAMES } from './cues/index.js';
import { tokenize } from './normalize.js';
import { Speller } from './spelling.js';

import { INTENTS, type Intent } from './intent-list.js';

export { INTENTS, type Intent };

export interface IntentResult {
  intent: Intent;
  /** 0–1: how clearly the question matched. */
  confidence: number;
  /** For intent 'finding': the rule the question names, when it names one. */
  rule: string | null;
}

interface CompiledCue {
  words: string[];
  weight: number;
}

function compile(cues: readonly Cue[]): CompiledCue[] {
  return cues.map(([phrase, weight]) => ({ words: phrase.split(' '), weight }));
}

const COMPILED = Object.fromEntries(Object.entries(CUES).map(([intent, cues]) => [intent, compile(cues)])) as Record<
  Exclude<Intent, 'unknown'>,
  CompiledCue[]
>;
const COMPILED_OUT = compile(OUT_OF_SCOPE);
const COMPILED_RULES = RULE_NAMES.map(([phrase, rule]) => ({ words: phrase.split(' '), rule }));

const VOCABULARY_WORDS: readonly string[] = [
  ...Object.values(COMPILED).flatMap((cues) => cues.flatMap((c) => c.words)),
  ...COMPILED_OUT.flatMap((c) => c.words),
  ...COMPILED_RULES.flatMap((c) => c.words),
  ...COMMON_WORDS,
];
const SPELLER = new Speller(VOCABULARY_WORDS);

/** The cue vocabulary, for a speller that also knows the user's own words. */
export function cueVocabulary(): readonly string[] {
  return VOCABULARY_WORDS;
}

function matches(tokens: readonly string[], words: readonly string[]): boolean {
  outer: for (let i = 0; i + words.length <= tokens.length; i++) {
    for (let j = 0; j < words.length; j++) if (tokens[i + j] !== words[j]) continue outer;
    return true;
  }
  return false;
}

function score(tokens: readonly string[], cues: readonly CompiledCue[]): number {
  let total = 0;
  for (const cue of cues) if (matches(tokens, cue.words)) total += cue.weight;
  return total;
}

/** The rule a question names ("what does passive voice mean?" → passive-voice), or none. */
export function ruleNamedIn(text: string): string | null {
  return ruleIn(text, correctedTokens(text));
}

function correctedTokens(text: string): string[] {
  return tokenize(text).map((t) => SPELLER.correct(t));
}

function ruleIn(text: string, tokens: readonly string[]): string | null {
  const id = text
    .toLowerCase()
    .match(/\b[a-z]+(?:-[a-z]+)+\b/g)
    ?.find((w) => RULE_NAMES.some(([, rule]) => rule === w));
  if (id) return id;
  let best: { rule: string; length: number } | null = null;
  for (const cue of COMPILED_RULES) {
    if (matches(tokens, cue.words) && (!best || cue.words.length > best.length))
      best = { rule: cue.rule, length: cue.words.length };
  }
  return best?.rule ?? null;
}

const MIN_SCORE = 2;

export function classifyIntent(text: string): IntentResult {
  const tokens = correctedTokens(text);
  const rule = ruleIn(text, tokens);
  if (tokens.length === 0) return { intent: 'unknown', confidence: 0, rule: null };

  const outOfScope = score(tokens, COMPILED_OUT);
  let bestIntent: Intent = 'unknown';
  let best = 0;
  let second = 0;
  for (const intent of Object.keys(COMPILED) as Exclude<Intent, 'unknown'>[]) {
    let s = score(tokens, COMPILED[intent]);
    // Naming a rule is the strongest sign that the user asks what a finding means.
    if (intent === 'finding' && rule) s += 3;
    if (s > best) {
      second = best;
      best = s;
      bestIntent = intent;
    } else if (s > second) {
      second = s;
    }
  }
  if (outOfScope >= best || best < MIN_SCORE) {
    return { intent: 'unknown', confidence: Math.min(1, Math.max(outOfScope, MIN_SCORE - best) / 5), rule: null };
  }
  const confidence = Math.min(1, (best - second / 2) / 6);
  return {
    intent: bestIntent,
    confidence: Math.round(confidence * 100) / 100,
    rule: bestIntent === 'finding' ? rule : null,
  };
}

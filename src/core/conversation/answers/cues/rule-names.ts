import { RULES } from '../../../rules/index.js';

/** Rule names people use (each rule's `askedAs`), mapped to the rule ids of the report contract. */
export const RULE_NAMES: readonly (readonly [phrase: string, rule: string])[] = RULES.flatMap((r) =>
  r.askedAs.map((phrase) => [phrase, r.id] as const),
);

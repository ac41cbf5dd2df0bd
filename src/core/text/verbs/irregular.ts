/**
 * Irregular verbs: base, simple past (variants after a comma, the first is what a rewrite writes) and, where it
 * differs from the simple past or a rewrite needs it, the past participle ("-" when only the participle is
 * irregular). One table for both directions: reading a bullet's tense and writing a rewrite's.
 */
const TABLE = `
be was,were | beat beat | become became | begin began begun | break broke | bring brought brought
broadcast broadcast | build built built | buy bought bought | choose chose chosen | come came | cut cut cut
deal dealt | do did done | draw drew drawn | drive drove driven | feed fed | fight fought | find found found
forecast forecast | get got | give gave given | go went | grow grew grown | have had | hit hit | hold held held
keep kept kept | know knew known | lay laid | lead led led | learn learned,learnt | leave left | lose lost
make made made | meet met | overcome overcame | oversee oversaw overseen | pay paid | put put | quit quit
read read | rebuild rebuilt rebuilt | redraw redrew | rerun reran | rewrite rewrote rewritten | run ran run
see saw | seek sought | sell sold sold | send sent sent | set set set | shrink shrank,shrunk shrunk | shut shut
speak spoke | speed sped | spend spent spent | spin spun | split split split | stand stood | strike struck
sweep swept | take took taken | teach taught taught | tell told | think thought | throw threw
troubleshoot troubleshot | understand understood | undertake undertook undertaken | uphold upheld | win won won
write wrote written | show - shown
`;

interface Irregular {
  past: readonly string[];
  participle: string | null;
}

const byBase = new Map<string, Irregular>();
for (const row of TABLE.split(/\s*[|\n]\s*/)) {
  const [base, past = '-', participle = null] = row.trim().split(/\s+/);
  if (!base) continue;
  byBase.set(base, { past: past === '-' ? [] : past.split(','), participle });
}

/** Simple past → base ("led" → "lead", "were" → "be"). */
export const PAST_TO_BASE: ReadonlyMap<string, string> = new Map(
  [...byBase].flatMap(([base, v]) => v.past.map((p): [string, string] => [p, base])),
);

/** The simple past a rewrite writes for an irregular base ("build" → "built"), or undefined. */
export function irregularPast(base: string): string | undefined {
  return byBase.get(base)?.past[0];
}

/** Base of an irregular past participle we know ("written" → "write", "shown" → "show"), or undefined. */
export function participleBase(word: string): string | undefined {
  for (const [base, v] of byBase) if (v.participle === word) return base;
  return undefined;
}

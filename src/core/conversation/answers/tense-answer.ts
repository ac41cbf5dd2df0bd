/**
 * "is the tense right", "should this be past tense": the tense a line is in against the tense its role needs
 * (a current role in the present, a finished one in the past), from the line's own verb and the entry's dates.
 */
import type { Block } from '../../reply/types.js';
import { classifyVerb } from '../../text/verbs/classify.js';
import { inTense, leadVerb } from '../../text/verbs/nlp.js';
import { tenseFixed } from './tense-fix.js';
import type { EntryView, FindingView } from './view.js';

export const TENSE_ASK =
  /\btenses?\b|\bpast or present\b|\bpresent or past\b|\bshould (it|this|that) be (in )?(the )?(past|present)\b/;

/** True when the entry runs to now ("Present", "current", "to date", or no end date with a start). */
export function isCurrent(entry: EntryView | undefined): boolean | null {
  if (!entry) return null;
  const text = `${entry.dateText ?? ''} ${entry.end ?? ''}`;
  if (/\b(present|current|now|date|ongoing|today)\b/i.test(text)) return true;
  if (entry.end) return false;
  return entry.start ? true : null;
}

export function tenseBlocks(line: string, entry: EntryView | undefined, findings: readonly FindingView[]): Block[] {
  const flagged = findings.find((f) => f.rule === 'tense-mismatch');
  if (flagged) {
    const fixed = tenseFixed(flagged);
    const blocks: Block[] = [{ type: 'paragraph', text: `Not quite: ${flagged.message.replace(/\.$/, '')}.` }];
    if (fixed) blocks.push({ type: 'rewrite', before: line, after: fixed, note: 'Only the tense changed.' });
    return blocks;
  }
  // compromise may read a bare opening verb as a noun ("Mentor two graduates"); our verb lists know it.
  const first = line.match(/^[^\p{L}]*(\p{L}+)/u)?.[1] ?? '';
  const listed = classifyVerb(first);
  const verb = leadVerb(line) ?? (listed ? { word: first, tense: listed.form } : null);
  const current = isCurrent(entry);
  const rule =
    'Write a current role in the present ("Lead", "Manage") and a finished one in the past ("Led", "Managed"), the same way in every bullet of that role.';
  if (!verb || verb.tense === 'gerund') {
    return [
      {
        type: 'paragraph',
        text: `It does not open with a verb in a tense${verb ? ` ("${verb.word}" is an -ing form)` : ''}, so there is no tense to get wrong, but an action verb first reads stronger.`,
      },
      { type: 'list', items: [rule] },
    ];
  }
  const want = current === null ? null : current ? 'present' : 'past';
  if (want === null || want === verb.tense)
    return [
      {
        type: 'paragraph',
        text:
          want === null
            ? `"${verb.word}" is in the ${verb.tense} tense. ${rule}`
            : `The tense is right: "${verb.word}" is ${verb.tense} tense and this is ${current ? 'your current role' : 'a role you have finished'}.`,
      },
      ...(want === null ? [] : [{ type: 'list' as const, items: [rule] }]),
    ];
  const fixed = inTense(verb.word, want);
  const rest = line.replace(/^[^\p{L}]*\p{L}+/u, '');
  return [
    {
      type: 'paragraph',
      text: `Not quite: "${verb.word}" is ${verb.tense} tense, but this is ${current ? 'your current role, so the present reads right' : 'a role you have finished, so the past reads right'}.`,
    },
    {
      type: 'rewrite',
      before: line,
      after: `${fixed[0]!.toUpperCase()}${fixed.slice(1)}${rest}`,
      note: 'Only the tense changed.',
    },
  ];
}

/** Telling a heading or title from a statement by its shape. */
import { classifyVerb } from './verbs/classify.js';

/** Small words a title keeps in lower case. */
const TITLE_SMALL = /^(?:and|or|of|for|the|a|an|in|on|to|with|at|by|from|&|\(|\)|[-–—:|/])$/i;

/**
 * A heading, title or list item rather than a statement: few words, all capitalised but the small ones, and no
 * past-tense verb first ("Audit & Assurance Intern", "Resume Coach — a chat bot that reviews resumes").
 */
export function isTitleLike(line: string): boolean {
  const head = line.split(/\s[—–|]\s|:\s/)[0] ?? line;
  const words = head.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > 10 || /[.!?]$/.test(head.trim())) return false;
  const capitalised = words.filter((w) => /^[\p{Lu}\p{N}(]/u.test(w));
  if (capitalised.length < 2 || !words.every((w) => /^[\p{Lu}\p{N}(]/u.test(w) || TITLE_SMALL.test(w))) return false;
  return classifyVerb(words[0] ?? '')?.form !== 'past';
}

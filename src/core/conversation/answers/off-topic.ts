/**
 * A question about nothing on the resume ("how do i hack my ex's instagram", "my cat keeps being sick"):
 * no resume or career word, no word of the user's own resume, nothing pointed at. Only asked when the
 * question fell through to the general answers, so a short "thoughts?" or "and this?" is never caught.
 */
import { ASK_WORDS, STOPWORDS, stem } from './words.js';

/** Words about resumes, job hunting and writing: one of them is enough to keep a question in scope. */
export const RESUME_DOMAIN =
  /\b(resume|resumes|cv|cvs|bullet|bullets|section|sections|heading|headings|job|jobs|role|roles|work|worked|working|experience|career|careers|apply|applying|application|applications|recruiter|recruiters|hiring|hire|hired|interview|interviews|employer|employers|line|lines|score|review|reviewed|summary|profile|objective|skill|skills|education|degree|project|projects|certif\w*|licen[cs]e\w*|page|pages|format|formatting|template|font|layout|ats|keywords?|rewrite|reword|quantify|title|titles|company|companies|internship|internships|references?|referees?|portfolio|linkedin|posting|postings|jd|position|positions|promotion|promoted|manager|boss|team|gap|gaps|achievement|achievements|result|results|numbers?|metrics?|verbs?|tense|grammar|spelling|typos?|wording|english|email|phone|contact|address|photo|hobbies|interests|volunteer\w*|awards?|publications?|languages?|salary|offer|field|industry|sector|entry|entries|check|checked|flag|flagged|finding|findings|fix|fixes)\b/;

/** Pointing at something already said: "what about this", "and that one". */
const POINTING = /\b(it|this|that|these|those|them|one)\b/;

export function offTopic(text: string, tokens: readonly string[], ownWords: ReadonlySet<string>): boolean {
  const t = text.toLowerCase();
  if (RESUME_DOMAIN.test(t) || POINTING.test(t)) return false;
  const content = tokens.filter((w) => w.length > 1 && !STOPWORDS.has(w) && !ASK_WORDS.has(stem(w)));
  if (content.length < 2) return false;
  // A word of their own resume ("the forklift", "the bus contracts") keeps it theirs.
  return !content.some((w) => ownWords.has(w) || ownWords.has(stem(w)));
}

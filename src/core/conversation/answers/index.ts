// Follow-up answers: what is asked × what it is about, composed from the user's own review.
import type { Answer } from './answer.js';
import { cursorFor } from './cursor.js';
import { matchAnswer } from './job-match.js';
import type { ReportView } from './view.js';

export { classifyIntent, INTENTS, type Intent, type IntentResult } from './intents.js';
export { answerQuestion, type Answer, type AnswerInput } from './answer.js';
export { type AnswerCursor, answerCursorSchema, parseCursor } from './cursor.js';
export { warmSpelling } from './spelling.js';

/** /jd after a review: the match against that review, at once. */
export function answerJobDescription(report: ReportView, jobDescription: string): Answer {
  return { ...matchAnswer(report, jobDescription), intent: 'match', cursor: cursorFor('match', {}) };
}

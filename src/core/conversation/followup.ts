/** Follow-up questions go to the answers module (intent + answer about the user's own review). */
import type { Report } from '../report/index.js';
import type { ReplyMessage } from '../reply/types.js';

export interface FollowUpInput {
  text: string;
  /** The review this question is about; null when the user has not sent a resume yet. */
  report: Report | null;
  /** The section the user replied to; null otherwise (then "this" means the weakest section). */
  focusSection: number | null;
  jobDescription: string | null;
  /** What the previous answer in this conversation was about, as stored (validated by the answerer). */
  cursor?: unknown;
}

/**
 * The answer, optionally the recognised intent (logged, never the question's text), and the cursor to
 * store for the next question ("and the next ones?").
 */
export type FollowUpAnswer = ReplyMessage & { intent?: string; cursor?: unknown };

export interface FollowUpAnswerer {
  answer(input: FollowUpInput): FollowUpAnswer | Promise<FollowUpAnswer>;
  /** Set when answers are reworded by a language model (src/core/llm): its host, for /privacy. */
  readonly modelHost?: string;
}

type AnswersModule = typeof import('./answers/index.js');
let answers: Promise<AnswersModule> | null = null;

/** answerQuestion from ./answers, loaded on the first question (the engine does not need it to start). */
export const defaultAnswerer: FollowUpAnswerer = {
  async answer(input) {
    answers ??= import('./answers/index.js');
    const { answerQuestion, parseCursor } = await answers;
    return answerQuestion({ ...input, cursor: parseCursor(input.cursor) });
  },
};

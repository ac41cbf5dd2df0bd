/** Follow-up questions go to the answers module (intent + answer about the user's own review). */
import { answerQuestion } from './answers/index.js';
import type { Report } from '../report/index.js';
import type { ReplyMessage } from '../reply/types.js';

export interface FollowUpInput {
  text: string;
  report: Report;
  /** The section "this" points at: the replied-to section message, else the weakest section. */
  focusSection: number | null;
  jobDescription: string | null;
}

export interface FollowUpAnswerer {
  answer(input: FollowUpInput): ReplyMessage | Promise<ReplyMessage>;
}

export const defaultAnswerer: FollowUpAnswerer = {
  answer: (input) => answerQuestion(input),
};

/**
 * Follow-up answers: the question → an intent → an answer built from the user's own review. "This"
 * means the section the user replied to, or (in a DM) the weakest section of the last review.
 */
import type { ReplyMessage } from '../../reply/types.js';
import { quantifyAnswer, improveAnswer } from './bullets.js';
import { classifyIntent, type Intent } from './intents.js';
import { helpAnswer, noReviewAnswer, smalltalkAnswer, unknownAnswer } from './meta.js';
import { pillarAnswer, titleAnswer } from './pillars.js';
import {
  atsAnswer,
  findingAnswer,
  lengthAnswer,
  overallAnswer,
  prioritiesAnswer,
  tailorAnswer,
} from './review-level.js';
import { contactAnswer, educationAnswer, projectsAnswer, skillsAnswer, summaryAnswer } from './sections.js';
import { weakestSection, type ReportView } from './view.js';

export interface AnswerInput {
  text: string;
  /** The last review in this thread/conversation, or null if none. */
  report: ReportView | null;
  /** The section the user replied to, if any. */
  focusSection: number | null;
  jobDescription: string | null;
}

export function answerQuestion(input: AnswerInput): ReplyMessage & { intent: Intent } {
  const { intent, rule } = classifyIntent(input.text);
  const withIntent = (message: ReplyMessage) => ({ ...message, intent });
  if (intent === 'help') return withIntent(helpAnswer());
  if (intent === 'smalltalk') return withIntent(smalltalkAnswer(input.text));
  if (intent === 'unknown') return withIntent(unknownAnswer());
  const report = input.report;
  if (!report) return withIntent(noReviewAnswer());
  const mentionsThis = /\b(this|these|it|here)\b/i.test(input.text);
  const focus = input.focusSection ?? (mentionsThis ? weakestSection(report) : null);
  switch (intent) {
    case 'quantify':
      return withIntent(quantifyAnswer(report, focus));
    case 'improve':
      return withIntent(improveAnswer(report, focus ?? weakestSection(report)));
    case 'skills':
      return withIntent(skillsAnswer(report));
    case 'summary':
      return withIntent(summaryAnswer(report));
    case 'education':
      return withIntent(educationAnswer(report));
    case 'projects':
      return withIntent(projectsAnswer(report));
    case 'contact':
      return withIntent(contactAnswer(report));
    case 'length':
      return withIntent(lengthAnswer(report));
    case 'title':
      return withIntent(titleAnswer(report));
    case 'performance':
    case 'storage':
    case 'reliability':
      return withIntent(pillarAnswer(report, intent));
    case 'tailor':
      return withIntent(tailorAnswer(report, input.jobDescription));
    case 'ats':
      return withIntent(atsAnswer(report));
    case 'finding':
      return withIntent(findingAnswer(report, rule, input.focusSection));
    case 'priorities':
      return withIntent(prioritiesAnswer(report));
    case 'overall':
      return withIntent(overallAnswer(report));
  }
}

/** Answers that are not about the resume: what the bot can do, thanks, and honest "can't help". */
import type { Block, ReplyMessage } from '../../reply/types.js';
import { answer } from './view.js';

export const WHAT_I_CAN_DO = [
  'Check a resume: send a PDF, DOCX or the pasted text (or /check)',
  'Explain any finding ("what does weak-opening mean?")',
  'Rewrite weak bullets with [placeholders] for your numbers ("how do I quantify this?")',
  'Advise on a section: summary, experience, projects, education, skills, contact',
  'Length, titles, ATS and formatting, what to fix first',
  'Compare your resume with a job description (/jd)',
];

export function helpAnswer(): ReplyMessage {
  return answer('What I can do', [
    { type: 'list', items: WHAT_I_CAN_DO },
    {
      type: 'context',
      text: 'Reply to one of my section messages to ask about that section. /forget deletes everything I keep about you.',
    },
  ]);
}

export function smalltalkAnswer(text: string): ReplyMessage {
  const thanks = /\b(thank|thanks|thx|ty|cheers|appreciate)/i.test(text);
  return answer(
    thanks ? 'Happy to help' : 'Hi',
    [
      {
        type: 'paragraph',
        text: thanks
          ? 'Glad it helped. Send the updated version when you are ready and I will show you what changed.'
          : 'Ask me anything about your resume, e.g. "what should I fix first?" or "how do I quantify this?".',
      },
    ],
    'ok',
  );
}

export function unknownAnswer(): ReplyMessage {
  return answer("I can't help with that", [
    { type: 'paragraph', text: "That is outside what I know: I only coach resumes. Here's what I can do:" },
    { type: 'list', items: WHAT_I_CAN_DO },
  ]);
}

export function noReviewAnswer(): ReplyMessage {
  return answer('Send me your resume first', [
    {
      type: 'paragraph',
      text: 'I answer questions about your own resume, and I do not have one from you in this conversation yet. Send a PDF or DOCX, or paste the text, and ask again.',
    },
  ]);
}

const LINE_HELP = [
  'rewrite a line with [placeholders] for your numbers (e.g. rewrite the second bullet)',
  'judge a line, or one you paste (e.g. is this good: …)',
  'say whether to keep or drop it, and explain why I flagged it',
];

/**
 * For an in-scope question no answer fits: the closest honest help about the part of the resume it
 * names (its lines and what I found), and what I can do with that part.
 */
export function closestHelpAnswer(title: string, about: Block[], findings: Block[]): ReplyMessage {
  return answer(title, [
    ...about,
    ...findings,
    { type: 'paragraph', text: 'I am not sure what you want to know about it. About this part, I can:' },
    { type: 'list', items: LINE_HELP },
  ]);
}

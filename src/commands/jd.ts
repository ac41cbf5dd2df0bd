import { z } from 'zod';
import { findReviewForEvent } from '../core/conversation/focus.js';
import { notice } from '../core/conversation/messages.js';
import { defineCommand } from './types.js';

/** The question the answers module turns into tailoring advice. */
export const TAILOR_QUESTION = 'how do I tailor my resume to this job description';

export const jdCommand = defineCommand({
  name: 'jd',
  description: 'Paste a job description: I tailor the advice on your resume to it.',
  usage: '/jd <the job description text>',
  args: [{ name: 'text', description: 'The job description', type: 'string', required: true }],
  schema: z.object({
    text: z
      .string({ error: 'Paste the job description after /jd.' })
      .min(40, 'That is too short for a job description: paste the whole ad.')
      .max(30_000, 'That job description is too long.'),
  }),
  async run(ctx, { text }) {
    const { store, answerer } = ctx.services;
    const { platform, user, conversation } = ctx.event;
    await store.setJobDescription(platform, user.id, conversation.id, text);
    const found = await findReviewForEvent(ctx);
    if (!found) {
      await ctx.reply(
        notice(
          'Job description saved',
          [
            "I'll tailor your next check to this job.",
            'Now send your resume as a PDF or DOCX file (or paste its text).',
          ],
          { tone: 'ok' },
        ),
      );
      return;
    }
    // The match against the review in this conversation, at once (computed now: the review may predate the /jd).
    const {
      intent: _intent,
      cursor: _cursor,
      ...answer
    } = await answerer.answer({
      text: TAILOR_QUESTION,
      report: found.report,
      focusSection: null,
      jobDescription: text,
    });
    await ctx.reply({
      ...answer,
      blocks: [{ type: 'context', text: 'Job description saved: your next checks use it too.' }, ...answer.blocks],
    });
  },
});

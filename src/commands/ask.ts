import { z } from 'zod';
import { findReviewForEvent } from '../core/conversation/focus.js';
import { notice } from '../core/conversation/messages.js';
import { defineCommand } from './types.js';

export const askCommand = defineCommand({
  name: 'ask',
  description: 'Ask about your resume: "how do I quantify this", "is two pages too long", "what should I fix first".',
  usage: '/ask <question> (or just type the question; reply to a section message to ask about that section)',
  args: [{ name: 'question', description: 'Your question about your resume', type: 'string', required: true }],
  schema: z.object({ question: z.string({ error: 'Ask me a question about your resume.' }).min(1).max(2000, 'That question is too long.') }),
  async run(ctx, { question }) {
    const found = await findReviewForEvent(ctx);
    if (!found) {
      await ctx.reply(notice('No resume yet', [
        "I haven't seen your resume in this conversation yet, so I can't answer about it.",
        'Send it as a PDF or DOCX file (or paste its text), or use /check, then ask me again.',
      ]));
      return;
    }
    const { store } = ctx.services;
    const pending = await store.getJobDescription(ctx.event.platform, ctx.event.user.id, ctx.event.conversation.id);
    const answer = await ctx.services.answerer.answer({
      text: question,
      report: found.report,
      focusSection: found.focusSection,
      jobDescription: pending ?? found.review.jobDescription,
    });
    await ctx.reply(answer);
  },
});

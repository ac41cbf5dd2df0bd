import { z } from 'zod';
import { findReviewForEvent } from '../core/conversation/focus.js';
import { log } from '../core/log.js';
import { defineCommand } from './types.js';

export const askCommand = defineCommand({
  name: 'ask',
  description: 'Ask about your resume, e.g. "how do I quantify this?" or "what should I fix first?"',
  usage: '/ask <question> (or just type the question; reply to a section message to ask about that section)',
  args: [{ name: 'question', description: 'Your question about your resume', type: 'string', required: true }],
  schema: z.object({
    question: z
      .string({ error: 'Ask me a question about your resume.' })
      .min(1)
      .max(2000, 'That question is too long.'),
  }),
  async run(ctx, { question }) {
    const { store, answerer } = ctx.services;
    const { platform, user, conversation } = ctx.event;
    // No review yet is fine: the answerer then explains how to send one (and still answers "help"/"hi").
    const found = await findReviewForEvent(ctx);
    const [pending, cursor] = await Promise.all([
      store.getJobDescription(platform, user.id, conversation.id),
      store.getCursor(ctx.scope),
    ]);
    const {
      intent,
      cursor: next,
      ...answer
    } = await answerer.answer({
      text: question,
      report: found?.report ?? null,
      focusSection: found?.focusSection ?? null,
      jobDescription: pending ?? found?.review.jobDescription ?? null,
      cursor,
    });
    if (next !== undefined && next !== null) await store.setCursor(ctx.scope, next);
    log.info(
      {
        platform,
        eventId: ctx.event.id,
        intent: intent ?? null,
        via: found?.via ?? null,
        focus: found?.focusSection ?? null,
      },
      'answered',
    );
    await ctx.reply(answer);
  },
});

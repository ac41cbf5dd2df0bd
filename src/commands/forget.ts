import { z } from 'zod';
import { notice, plural } from '../core/conversation/messages.js';
import type { ForgetSummary } from '../core/conversation/store/conversation-store.js';
import { defineCommand } from './types.js';

/** What /forget deleted, in words ('last' pointers are part of the reviews they point at). */
export function describeDeleted(summary: ForgetSummary): string[] {
  const lines: string[] = [];
  if (summary.review > 0)
    lines.push(`${plural(summary.review, 'review')} of your resume (scores, findings and the lines they quote)`);
  if (summary.message > 0)
    lines.push(`${plural(summary.message, 'link')} between my messages and the sections they discuss`);
  if (summary.thread > 0) lines.push(`${plural(summary.thread, 'thread link')}`);
  if (summary.input > 0)
    lines.push(`${plural(summary.input, 'saved resume file or pasted text', 'saved resume files or pasted texts')}`);
  if (summary.jd > 0) lines.push(`${plural(summary.jd, 'saved job description')}`);
  if (summary.role > 0) lines.push('your role preference');
  if (summary.cursor > 0) lines.push(`${plural(summary.cursor, 'note', 'notes')} of what my last answer was about`);
  return lines;
}

export const forgetCommand = defineCommand({
  name: 'forget',
  description: 'Delete everything I keep about you, right now.',
  usage: '/forget',
  private: 'always',
  args: [],
  schema: z.object({}),
  async run(ctx) {
    const { platform, user } = ctx.event;
    const summary = await ctx.services.store.forgetUser(platform, user.id);
    // After the store: a check that starts meanwhile sees the /forget mark and saves nothing.
    const cancelled = (await ctx.services.jobs.forgetUser?.(platform, user.id)) ?? 0;
    const deleted = describeDeleted(summary);
    if (cancelled > 0)
      deleted.push(`${plural(cancelled, 'check')} of your resume still waiting to start (cancelled, file included)`);
    const counter =
      'Still kept: the times of your checks in the past hour under a hashed id, so the rate limit works; they expire within the hour.';
    await ctx.replyPrivately(
      deleted.length === 0
        ? notice('Nothing to forget', ['I had nothing stored about you.', counter], { tone: 'ok' })
        : notice('Forgotten', ['Deleted just now:'], {
            tone: 'ok',
            blocks: [
              { type: 'list', items: deleted },
              { type: 'context', text: counter },
            ],
          }),
    );
  },
});

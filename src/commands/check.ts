import { z } from 'zod';
import { resolveCheckSource, runCheck } from '../core/conversation/check-flow.js';
import { defineCommand } from './types.js';

export const checkCommand = defineCommand({
  name: 'check',
  description: 'Review a resume: attach it, reply to a message that has it, or paste the text.',
  usage: '/check (attach a PDF/DOCX, reply to a message with one, or paste the text after /check)',
  args: [
    { name: 'file', description: 'Your resume as PDF or DOCX', type: 'file', required: false },
    { name: 'text', description: 'Or paste the resume text', type: 'string', required: false },
  ],
  schema: z.object({ text: z.string().max(100_000, 'That text is too long for a resume.').default('') }),
  async run(ctx, { text }) {
    await runCheck(ctx, await resolveCheckSource(ctx, text));
  },
});

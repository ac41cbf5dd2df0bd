import { z } from 'zod';
import { notice } from '../core/conversation/messages.js';
import type { CommandSpec } from '../core/conversation/types.js';
import { ROLE_LIST } from './role.js';
import { defineCommand } from './types.js';

/** Help is generated from the command specs. */
export function helpItems(
  specs: readonly CommandSpec[],
  syntax: (name: string) => string = (name) => `/${name}`,
): string[] {
  return specs.map((spec) => `${syntax(spec.name)}: ${spec.description}`);
}

export const helpCommand = defineCommand({
  name: 'help',
  description: 'What I can do and how to ask.',
  usage: '/help',
  aliases: ['start'],
  private: 'where-ephemeral',
  args: [],
  schema: z.object({}),
  async run(ctx) {
    await ctx.reply(
      notice(
        'resume-coach',
        [
          'I review resumes and coach you on them. Send me your resume as a PDF or DOCX file (or paste its text): ' +
            'you get a summary first, then one message per section with what to fix and rewrites of your own lines.',
        ],
        {
          blocks: [
            { type: 'heading', text: 'Commands' },
            { type: 'list', items: helpItems(ctx.services.commands, ctx.channel.commandSyntax?.bind(ctx.channel)) },
            { type: 'context', text: `Fields for ${ctx.channel.commandSyntax?.('role') ?? '/role'}: ${ROLE_LIST}.` },
            {
              type: 'context',
              text: 'Then just ask: "how do I quantify this?", "is two pages too long?", "what should I fix first?". Reply to one of my section messages to ask about that section.',
            },
          ],
        },
      ),
    );
  },
});

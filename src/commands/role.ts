import { z } from 'zod';
import { notice } from '../core/conversation/messages.js';
import { ROLE_IDS } from '../core/roles/types.js';
import { defineCommand } from './types.js';

export const roleCommand = defineCommand({
  name: 'role',
  description: 'Choose the role your resume is reviewed against (otherwise I detect it).',
  usage: `/role <${ROLE_IDS.join('|')}>`,
  args: [{ name: 'id', description: 'The role to review against', type: 'string', required: true, choices: ROLE_IDS }],
  input: (raw) => ({ id: raw.trim().toLowerCase() || undefined }),
  schema: z.object({ id: z.enum(ROLE_IDS, { error: `Pick one of: ${ROLE_IDS.join(', ')}.` }) }),
  async run(ctx, { id }) {
    await ctx.services.store.setRole(ctx.event.platform, ctx.event.user.id, id);
    await ctx.reply(
      notice(
        `Role set: ${id}`,
        [`I'll review your next checks against the ${id} profile.`, 'Send /check to re-check your last file with it.'],
        { tone: 'ok' },
      ),
    );
  },
});

import { z } from 'zod';
import { notice } from '../core/conversation/messages.js';
import { ROLE_PROFILES, getRoleProfile, parseRoleId } from '../core/roles/registry.js';
import { ROLE_IDS } from '../core/roles/types.js';
import { defineCommand } from './types.js';

/** "backend (Backend engineer), …, healthcare (Healthcare professional), …": every profile, for /help. */
export const ROLE_LIST = ROLE_PROFILES.map((p) => `${p.id} (${p.label})`).join(', ');

export const roleCommand = defineCommand({
  name: 'role',
  description: 'Choose the field your resume is reviewed against (otherwise I detect it).',
  usage: `/role <${ROLE_IDS.join('|')}>`,
  args: [{ name: 'id', description: 'The field to review against', type: 'string', required: true, choices: ROLE_IDS }],
  // Accepts what people type too: "nurse", "Data Scientist", "UX".
  input: (raw) => {
    const text = raw.trim();
    return { id: text ? (parseRoleId(text) ?? text.toLowerCase()) : undefined };
  },
  schema: z.object({ id: z.enum(ROLE_IDS, { error: `Pick one of: ${ROLE_IDS.join(', ')}.` }) }),
  async run(ctx, { id }) {
    await ctx.services.store.setRole(ctx.event.platform, ctx.event.user.id, id);
    const { label } = getRoleProfile(id);
    await ctx.reply(
      notice(
        `Role set: ${id}`,
        [
          `I'll review your next checks against the ${label} profile (${id}).`,
          'Send /check to re-check your last file with it.',
        ],
        { tone: 'ok' },
      ),
    );
  },
});

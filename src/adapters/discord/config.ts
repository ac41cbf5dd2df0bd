/** Discord's slice of the environment (zod, read by src/config.ts). */
import { z } from 'zod';
import { flag, httpUrl, optional } from '../../core/env.js';

const snowflake = z.string().regex(/^\d{15,25}$/, 'must be a Discord id (digits only)');

export const discordEnv = z.object({
  DISCORD_TOKEN: z.string({ error: 'is required (developer portal → Bot → Reset Token)' }).trim().min(1, 'is required'),
  /** Needed to register slash commands; the bot itself learns it from READY. */
  DISCORD_APPLICATION_ID: optional(snowflake.optional()),
  /** Register commands for this one server (instant) instead of globally. */
  DISCORD_GUILD_ID: optional(snowflake.optional()),
  /** REST base without the version, e.g. https://discord.com/api. */
  DISCORD_API_URL: optional(httpUrl('https://discord.com/api').default('https://discord.com/api')),
  /** The privileged MESSAGE_CONTENT intent (enable it in the developer portal first). */
  DISCORD_MESSAGE_CONTENT: flag(),
});

export type DiscordConfig = z.infer<typeof discordEnv>;

import { z } from 'zod';
import { CodedError } from '../../core/errors.js';

const snowflake = z.string().regex(/^\d{15,25}$/, 'must be a Discord id (digits only)');
const flag = z
  .enum(['true', 'false', '1', '0', 'yes', 'no', ''], { error: 'must be true or false' })
  .default('false')
  .transform((v) => v === 'true' || v === '1' || v === 'yes');
const emptyAsUndefined = (v: unknown): unknown => (v === '' ? undefined : v);

export const discordConfigSchema = z.object({
  DISCORD_TOKEN: z.string({ error: 'is required (developer portal → Bot → Reset Token)' }).trim().min(1, 'is required'),
  /** Needed to register slash commands; the bot itself learns it from READY. */
  DISCORD_APPLICATION_ID: z.preprocess(emptyAsUndefined, snowflake.optional()),
  /** Register commands for this one server (instant) instead of globally. */
  DISCORD_GUILD_ID: z.preprocess(emptyAsUndefined, snowflake.optional()),
  /** REST base without the version, e.g. https://discord.com/api. */
  DISCORD_API_URL: z.preprocess(
    emptyAsUndefined,
    z
      .url({ protocol: /^https?$/, error: 'must be an http(s) URL such as https://discord.com/api' })
      .transform((u) => u.replace(/\/+$/, ''))
      .default('https://discord.com/api'),
  ),
  /** The privileged MESSAGE_CONTENT intent (enable it in the developer portal first). */
  DISCORD_MESSAGE_CONTENT: z.preprocess((v) => (typeof v === 'string' ? v.trim().toLowerCase() : v), flag),
});

export type DiscordConfig = z.infer<typeof discordConfigSchema>;

/** Validates the Discord settings; a bad value becomes one clear line naming the variable. */
export function loadDiscordConfig(env: NodeJS.ProcessEnv): DiscordConfig {
  const parsed = discordConfigSchema.safeParse(env);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const variable = String(issue?.path[0] ?? 'DISCORD_*');
  throw new CodedError('misconfigured', `${variable} ${issue?.message ?? 'is invalid'}`, { context: { variable } });
}

/** Slack settings from the environment, validated at start. */
import { z } from 'zod';

const nonEmpty = z.string().trim().min(1);

export const slackConfigSchema = z
  .object({
    SLACK_BOT_TOKEN: nonEmpty.regex(/^xoxb-/, 'must be a bot token (xoxb-…)'),
    /** Required in HTTP mode (requests are always verified); unused in Socket Mode. */
    SLACK_SIGNING_SECRET: nonEmpty.optional(),
    /** An app-level token (xapp-…) switches to Socket Mode. */
    SLACK_APP_TOKEN: nonEmpty.regex(/^xapp-/, 'must be an app-level token (xapp-…)').optional(),
    SLACK_API_URL: z.url().default('https://slack.com/api/'),
    PORT: z.coerce.number().int().min(0).max(65_535).default(3000),
  })
  .superRefine((value, ctx) => {
    if (value.SLACK_APP_TOKEN === undefined && value.SLACK_SIGNING_SECRET === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['SLACK_SIGNING_SECRET'],
        message: 'required in HTTP mode (set it, or set SLACK_APP_TOKEN for Socket Mode)',
      });
    }
  });

export interface SlackConfig {
  botToken: string;
  mode: { kind: 'socket'; appToken: string } | { kind: 'http'; signingSecret: string; port: number };
  /** Always ends with a slash (the web client appends method names). */
  apiUrl: string;
}

/** Parses the environment; throws an Error naming the first bad variable (the message holds no secrets). */
export function loadSlackConfig(env: NodeJS.ProcessEnv): SlackConfig {
  const parsed = slackConfigSchema.safeParse({
    SLACK_BOT_TOKEN: blankToUndefined(env.SLACK_BOT_TOKEN),
    SLACK_SIGNING_SECRET: blankToUndefined(env.SLACK_SIGNING_SECRET),
    SLACK_APP_TOKEN: blankToUndefined(env.SLACK_APP_TOKEN),
    SLACK_API_URL: blankToUndefined(env.SLACK_API_URL),
    PORT: blankToUndefined(env.PORT),
  });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const name = issue?.path.join('.') ?? 'SLACK_*';
    throw new Error(`${name}: ${issue?.message ?? 'is invalid'}`);
  }
  const v = parsed.data;
  const apiUrl = v.SLACK_API_URL.endsWith('/') ? v.SLACK_API_URL : `${v.SLACK_API_URL}/`;
  const mode: SlackConfig['mode'] =
    v.SLACK_APP_TOKEN !== undefined
      ? { kind: 'socket', appToken: v.SLACK_APP_TOKEN }
      : { kind: 'http', signingSecret: v.SLACK_SIGNING_SECRET ?? '', port: v.PORT };
  return { botToken: v.SLACK_BOT_TOKEN, mode, apiUrl };
}

function blankToUndefined(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === '' ? undefined : value;
}

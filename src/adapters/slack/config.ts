/** Slack's slice of the environment (zod, read by src/config.ts) → SlackConfig. */
import { z } from 'zod';
import { optional, port } from '../../core/env.js';

export interface SlackConfig {
  botToken: string;
  mode: { kind: 'socket'; appToken: string } | { kind: 'http'; signingSecret: string; port: number };
  /** Always ends with a slash (the web client appends method names). */
  apiUrl: string;
}

/** Its own default, distinct from Telegram's TELEGRAM_WEBHOOK_PORT (8080): both may run in one process. */
export const DEFAULT_SLACK_PORT = 3000;

export const slackEnv = z
  .object({
    SLACK_BOT_TOKEN: z
      .string()
      .trim()
      .regex(/^xoxb-/, 'must be a bot token (xoxb-…)'),
    /** Required in HTTP mode (requests are always verified); unused in Socket Mode. */
    SLACK_SIGNING_SECRET: optional(z.string().optional()),
    /** An app-level token (xapp-…) switches to Socket Mode. */
    SLACK_APP_TOKEN: optional(
      z
        .string()
        .regex(/^xapp-/, 'must be an app-level token (xapp-…)')
        .optional(),
    ),
    SLACK_API_URL: optional(
      z.url({ error: 'expected a URL such as https://slack.com/api/' }).default('https://slack.com/api/'),
    ),
    /** HTTP mode's listener (POST /slack/events). */
    SLACK_PORT: port(DEFAULT_SLACK_PORT),
  })
  .superRefine((value, ctx) => {
    if (value.SLACK_APP_TOKEN === undefined && value.SLACK_SIGNING_SECRET === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['SLACK_SIGNING_SECRET'],
        message: 'required in HTTP mode (set it, or set SLACK_APP_TOKEN for Socket Mode)',
      });
    }
  })
  .transform(
    (v): SlackConfig => ({
      botToken: v.SLACK_BOT_TOKEN,
      mode:
        v.SLACK_APP_TOKEN !== undefined
          ? { kind: 'socket', appToken: v.SLACK_APP_TOKEN }
          : { kind: 'http', signingSecret: v.SLACK_SIGNING_SECRET ?? '', port: v.SLACK_PORT },
      apiUrl: v.SLACK_API_URL.endsWith('/') ? v.SLACK_API_URL : `${v.SLACK_API_URL}/`,
    }),
  );

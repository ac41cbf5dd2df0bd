/** Slack's slice of the environment (zod, read by src/config.ts) → SlackConfig. */
import { z } from 'zod';
import { optional, port } from '../../core/env.js';
import { SLACK_BOT_SCOPES } from './scopes.js';

/** Multi-workspace installs through Slack's OAuth flow (Bolt's InstallProvider, installations in our store). */
export interface SlackOAuthConfig {
  clientId: string;
  clientSecret: string;
  /** Signs the OAuth `state` parameter (CSRF protection of the install flow). */
  stateSecret: string;
  scopes: readonly string[];
  /** The public URL of /slack/oauth_redirect, when the app declares several redirect URLs; else Slack's default. */
  redirectUri: string | null;
  /** Encrypts installations at rest (AES-256-GCM; the key is derived from this secret). */
  installationSecret: string;
}

export interface SlackConfig {
  /** One workspace (SLACK_BOT_TOKEN), or null when workspaces install the app through OAuth. */
  botToken: string | null;
  oauth: SlackOAuthConfig | null;
  mode: { kind: 'socket'; appToken: string } | { kind: 'http'; signingSecret: string; port: number };
  /** Always ends with a slash (the web client appends method names). */
  apiUrl: string;
}

/** Its own default, distinct from Telegram's TELEGRAM_WEBHOOK_PORT (8080): both may run in one process. */
export const DEFAULT_SLACK_PORT = 3000;

/** Where the HTTP receiver serves the OAuth flow (Bolt's defaults, named once). */
export const SLACK_INSTALL_PATH = '/slack/install';
export const SLACK_REDIRECT_PATH = '/slack/oauth_redirect';

/** Either variable turns the adapter on: a bot token (one workspace) or an OAuth client id (many). */
export const SLACK_ENABLED_BY = ['SLACK_BOT_TOKEN', 'SLACK_CLIENT_ID'] as const;

const secret = (what: string) => optional(z.string().min(16, `expected ${what} of at least 16 characters`).optional());

export const slackEnv = z
  .object({
    SLACK_BOT_TOKEN: optional(
      z
        .string()
        .regex(/^xoxb-/, 'must be a bot token (xoxb-…)')
        .optional(),
    ),
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
    /** HTTP mode's listener (POST /slack/events; GET /slack/install and /slack/oauth_redirect with OAuth). */
    SLACK_PORT: port(DEFAULT_SLACK_PORT),
    SLACK_CLIENT_ID: optional(
      z
        .string()
        .regex(/^[0-9]+\.[0-9]+$/, 'expected the app\u2019s client id (digits.digits, under Basic Information)')
        .optional(),
    ),
    SLACK_CLIENT_SECRET: optional(z.string().optional()),
    SLACK_STATE_SECRET: secret('a random secret'),
    /** Encrypts stored installations; default: derived from SLACK_CLIENT_SECRET. */
    SLACK_INSTALLATION_SECRET: secret('a random secret'),
    SLACK_REDIRECT_URI: optional(
      z
        .url({ error: 'expected the https URL of /slack/oauth_redirect' })
        .refine((url) => new URL(url).pathname === SLACK_REDIRECT_PATH, `must end with ${SLACK_REDIRECT_PATH}`)
        .optional(),
    ),
  })
  .superRefine((value, ctx) => {
    const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
    if (value.SLACK_APP_TOKEN === undefined && value.SLACK_SIGNING_SECRET === undefined)
      issue('SLACK_SIGNING_SECRET', 'required in HTTP mode (set it, or set SLACK_APP_TOKEN for Socket Mode)');
    if (value.SLACK_CLIENT_ID === undefined) {
      if (value.SLACK_BOT_TOKEN === undefined) issue('SLACK_BOT_TOKEN', 'set it (one workspace) or SLACK_CLIENT_ID');
      return;
    }
    if (value.SLACK_BOT_TOKEN !== undefined)
      issue(
        'SLACK_BOT_TOKEN',
        'set either SLACK_BOT_TOKEN (one workspace) or SLACK_CLIENT_ID (installs through OAuth), not both',
      );
    if (value.SLACK_APP_TOKEN !== undefined)
      issue('SLACK_APP_TOKEN', 'OAuth installs (SLACK_CLIENT_ID) need HTTP mode: unset SLACK_APP_TOKEN');
    if (value.SLACK_CLIENT_SECRET === undefined) issue('SLACK_CLIENT_SECRET', 'required with SLACK_CLIENT_ID');
    if (value.SLACK_STATE_SECRET === undefined) issue('SLACK_STATE_SECRET', 'required with SLACK_CLIENT_ID');
  })
  .transform(
    (v): SlackConfig => ({
      botToken: v.SLACK_BOT_TOKEN ?? null,
      oauth:
        v.SLACK_CLIENT_ID === undefined
          ? null
          : {
              clientId: v.SLACK_CLIENT_ID,
              clientSecret: v.SLACK_CLIENT_SECRET ?? '',
              stateSecret: v.SLACK_STATE_SECRET ?? '',
              scopes: SLACK_BOT_SCOPES,
              redirectUri: v.SLACK_REDIRECT_URI ?? null,
              installationSecret: v.SLACK_INSTALLATION_SECRET ?? v.SLACK_CLIENT_SECRET ?? '',
            },
      mode:
        v.SLACK_APP_TOKEN !== undefined
          ? { kind: 'socket', appToken: v.SLACK_APP_TOKEN }
          : { kind: 'http', signingSecret: v.SLACK_SIGNING_SECRET ?? '', port: v.SLACK_PORT },
      apiUrl: v.SLACK_API_URL.endsWith('/') ? v.SLACK_API_URL : `${v.SLACK_API_URL}/`,
    }),
  );

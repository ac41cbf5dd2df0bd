/** The bot scopes the adapter needs (slack/manifest.yml requests exactly these; an OAuth install asks for them). */
export const SLACK_BOT_SCOPES = [
  'app_mentions:read',
  'channels:history',
  'chat:write',
  'commands',
  'files:read',
  'files:write',
  'groups:history',
  'im:history',
] as const;

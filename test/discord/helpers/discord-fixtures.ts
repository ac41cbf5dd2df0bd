/** The fake Discord's world: ids, the bot's token, the guild and its channels, users (plain JSON as the API sends it). */
export type Json = Record<string, unknown>;

export const IDS = {
  bot: '100000000000000001',
  app: '100000000000000001',
  user: '400000000000000001',
  otherUser: '400000000000000002',
  guild: '200000000000000001',
  text: '300000000000000001',
  forum: '300000000000000002',
  forumPost: '300000000000000003',
  dm: '500000000000000001',
} as const;

export const TOKEN = 'fake-bot-token';
export const MESSAGE_CONTENT_INTENT = 1 << 15;
export const DISCORD_EPOCH = 1_420_070_400_000n;

/** The guild's channels, as GUILD_CREATE and GET /channels/:id serve them. */
export const GUILD_CHANNELS: Json[] = [
  {
    id: IDS.text,
    type: 0,
    guild_id: IDS.guild,
    name: 'resume-help',
    position: 0,
    permission_overwrites: [],
    nsfw: false,
    parent_id: null,
  },
  {
    id: IDS.forum,
    type: 15,
    guild_id: IDS.guild,
    name: 'resume-forum',
    position: 1,
    permission_overwrites: [],
    nsfw: false,
    parent_id: null,
    available_tags: [],
  },
];

export const EVERYONE_ROLE: Json = {
  id: IDS.guild,
  name: '@everyone',
  permissions: '2251799813685247',
  position: 0,
  color: 0,
  hoist: false,
  managed: false,
  mentionable: false,
  flags: 0,
};

/** The guild as GET /guilds/:id serves it (a REST-only client fetches it before its channels). */
export const GUILD: Json = {
  id: IDS.guild,
  name: 'Career Club',
  icon: null,
  owner_id: IDS.otherUser,
  roles: [EVERYONE_ROLE],
  emojis: [],
  stickers: [],
  features: [],
  verification_level: 0,
  default_message_notifications: 0,
  explicit_content_filter: 0,
  mfa_level: 0,
  premium_tier: 0,
  preferred_locale: 'en-US',
  nsfw_level: 0,
  system_channel_flags: 0,
};

export function user(id: string, username: string, bot = false): Json {
  return { id, username, global_name: username, discriminator: '0', avatar: null, ...(bot ? { bot: true } : {}) };
}

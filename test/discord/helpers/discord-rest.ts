/**
 * The fake Discord's REST API under /api/v10 and its CDN: routes a recorded request to Discord's answer,
 * keeping the channels' messages, threads, interaction webhooks, attachment bytes and enforce_nonce
 * dedupe. The HTTP server, failures and waiters stay in fake-discord.ts.
 */
import { GUILD, GUILD_CHANNELS, IDS, type Json, TOKEN } from './discord-fixtures.js';
import { limitViolations } from './discord-limits.js';
import type { UploadedFile } from './multipart.js';

export interface RecordedRequest {
  method: string;
  /** Path after /api/v10, percent-decoded (`%40original` → `@original`). */
  path: string;
  query: URLSearchParams;
  body: unknown;
  /** Files of a multipart request (discord.js sends `payload_json` + `files[n]`). */
  files: UploadedFile[];
  at: number;
}

export interface CannedResponse {
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
}

/** What the routes need from the fake around them. */
export interface RestWorld {
  readonly port: number;
  readonly botUser: Json;
  readonly humans: Record<string, Json>;
  snowflake(): string;
}

export class DiscordRest {
  /** Messages per channel, oldest first (what GET /channels/:id/messages serves). */
  readonly channelMessages = new Map<string, Json[]>();
  readonly threads = new Map<string, Json>();
  readonly files = new Map<string, { bytes: Uint8Array; contentType: string }>();
  /** Interaction token → where its webhook messages land. */
  readonly interactions = new Map<string, { channelId: string; guildId: string | null; originalId: string }>();
  /** `channel:nonce` → the message created with it (Discord's enforce_nonce dedupe). */
  private readonly nonces = new Map<string, Json>();

  constructor(private readonly world: RestWorld) {}

  private get port(): number {
    return this.world.port;
  }

  private get botUser(): Json {
    return this.world.botUser;
  }

  private get humans(): Record<string, Json> {
    return this.world.humans;
  }

  private snowflake(): string {
    return this.world.snowflake();
  }

  store(channelId: string, message: Json): void {
    const list = this.channelMessages.get(channelId) ?? [];
    list.push(message);
    this.channelMessages.set(channelId, list);
  }

  botMessage(channelId: string, body: Json, id = this.snowflake()): Json {
    const embeds = (body.embeds as Json[] | undefined) ?? [];
    const reference = body.message_reference as Json | undefined;
    const interaction = [...this.interactions.values()].find((i) => i.channelId === channelId);
    const guildId = channelId === IDS.dm ? null : (interaction?.guildId ?? IDS.guild);
    const message: Json = {
      id,
      channel_id: channelId,
      ...(guildId ? { guild_id: guildId } : {}),
      author: this.botUser,
      content: (body.content as string | undefined) ?? '',
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      tts: false,
      mention_everyone: false,
      mentions: [],
      mention_roles: [],
      attachments: [],
      embeds,
      pinned: false,
      type: reference ? 19 : 0,
      flags: (body.flags as number | undefined) ?? 0,
      ...(body.nonce === undefined ? {} : { nonce: body.nonce }),
      ...(reference ? { message_reference: { ...reference, channel_id: channelId } } : {}),
    };
    this.store(channelId, message);
    return message;
  }

  route(r: RecordedRequest, authorization: string | undefined): CannedResponse {
    const { method, path } = r;
    const ok = (body: unknown): CannedResponse => ({ status: 200, body });
    const empty: CannedResponse = { status: 204 };
    const notFound: CannedResponse = { status: 404, body: { message: 'Unknown', code: 10008 } };
    let m: RegExpMatchArray | null;

    if (method === 'GET' && (m = path.match(/^\/cdn\/attachments\/(.+)$/))) {
      const file = this.files.get(m[1] ?? '');
      return file
        ? { status: 200, headers: { 'content-type': file.contentType }, body: file.bytes }
        : { status: 404, body: { message: 'gone' } };
    }
    const isWebhook = path.startsWith('/webhooks/') || path.startsWith('/interactions/');
    if (!isWebhook && authorization !== `Bot ${TOKEN}`)
      return { status: 401, body: { message: '401: Unauthorized', code: 0 } };
    const messageBody = r.body as Json;
    const invalid = (method === 'POST' || method === 'PATCH') && r.body ? limitViolations(r.body) : [];
    if (invalid.length > 0)
      return { status: 400, body: { message: 'Invalid Form Body', code: 50035, errors: invalid } };

    if (method === 'GET' && path === '/gateway/bot') {
      return ok({
        url: `ws://127.0.0.1:${this.port}`,
        shards: 1,
        session_start_limit: { total: 1000, remaining: 999, reset_after: 0, max_concurrency: 1 },
      });
    }
    if (method === 'GET' && path === '/users/@me') return ok(this.botUser);
    if (method === 'POST' && path === '/users/@me/channels') {
      return ok({
        id: IDS.dm,
        type: 1,
        recipients: [this.humans[(messageBody.recipient_id as string) ?? IDS.user]],
        last_message_id: null,
      });
    }
    if (method === 'POST' && (m = path.match(/^\/channels\/(\d+)\/typing$/))) return empty;
    if (method === 'GET' && (m = path.match(/^\/channels\/(\d+)$/))) {
      const id = m[1] ?? '';
      const channel =
        this.threads.get(id) ??
        GUILD_CHANNELS.find((c) => c.id === id) ??
        (id === IDS.dm ? { id, type: 1, recipients: [this.humans[IDS.user]], last_message_id: null } : null);
      return channel ? ok(channel) : { status: 404, body: { message: 'Unknown Channel', code: 10003 } };
    }
    if (method === 'GET' && (m = path.match(/^\/users\/(\d+)$/))) {
      const found = m[1] === IDS.bot ? this.botUser : this.humans[m[1] ?? ''];
      return found ? ok(found) : { status: 404, body: { message: 'Unknown User', code: 10013 } };
    }
    if (method === 'GET' && (m = path.match(/^\/guilds\/(\d+)$/)))
      return m[1] === IDS.guild ? ok(GUILD) : { status: 404, body: { message: 'Unknown Guild', code: 10004 } };
    if (method === 'POST' && (m = path.match(/^\/channels\/(\d+)\/messages\/(\d+)\/threads$/))) {
      const [, parentId = '', messageId = ''] = m;
      if (this.threads.has(messageId))
        return {
          status: 400,
          body: { message: 'A thread has already been created for this message', code: 160004 },
        };
      // A thread started from a message has that message's id.
      const thread = {
        id: messageId,
        type: 11,
        guild_id: IDS.guild,
        parent_id: parentId,
        owner_id: IDS.bot,
        name: messageBody.name,
        thread_metadata: {
          archived: false,
          auto_archive_duration: messageBody.auto_archive_duration ?? 1440,
          archive_timestamp: new Date().toISOString(),
          locked: false,
        },
        message_count: 0,
        member_count: 1,
      };
      this.threads.set(messageId, thread);
      return { status: 201, body: thread };
    }
    if (method === 'POST' && (m = path.match(/^\/channels\/(\d+)\/messages$/))) {
      const channelId = m[1] ?? '';
      // enforce_nonce: a create repeated with a nonce seen here returns the first message, creating nothing.
      const nonce = messageBody.enforce_nonce === true ? messageBody.nonce : undefined;
      const key = typeof nonce === 'string' || typeof nonce === 'number' ? `${channelId}:${nonce}` : null;
      const earlier = key === null ? undefined : this.nonces.get(key);
      if (earlier) return ok(earlier);
      const created = this.botMessage(channelId, messageBody);
      if (key !== null) this.nonces.set(key, created);
      return ok(created);
    }
    if (method === 'GET' && (m = path.match(/^\/channels\/(\d+)\/messages$/))) {
      const limit = Number(r.query.get('limit') ?? 50);
      return ok([...(this.channelMessages.get(m[1] ?? '') ?? [])].reverse().slice(0, limit));
    }
    if (method === 'GET' && (m = path.match(/^\/channels\/(\d+)\/messages\/(\d+)$/))) {
      const found = (this.channelMessages.get(m[1] ?? '') ?? []).find((x) => x.id === m?.[2]);
      return found ? ok(found) : notFound;
    }
    if (method === 'POST' && (m = path.match(/^\/interactions\/(\d+)\/([^/]+)\/callback$/))) return empty;
    if ((m = path.match(/^\/webhooks\/(\d+)\/([^/]+)(\/messages\/(@original|\d+))?$/))) {
      const interaction = this.interactions.get(m[2] ?? '');
      if (!interaction) return { status: 404, body: { message: 'Unknown Webhook', code: 10015 } };
      const target = m[4];
      if (method === 'PATCH' && target === '@original') {
        const list = this.channelMessages.get(interaction.channelId) ?? [];
        const existing = list.find((x) => x.id === interaction.originalId);
        if (existing)
          Object.assign(existing, {
            embeds: messageBody.embeds ?? existing.embeds,
            content: messageBody.content ?? existing.content,
          });
        return ok(existing ?? this.botMessage(interaction.channelId, messageBody, interaction.originalId));
      }
      if (method === 'DELETE' && target === '@original') return empty;
      if (method === 'GET' && target === '@original') {
        const found = (this.channelMessages.get(interaction.channelId) ?? []).find(
          (x) => x.id === interaction.originalId,
        );
        return found ? ok(found) : notFound;
      }
      if (method === 'POST' && !target) return ok(this.botMessage(interaction.channelId, messageBody));
    }
    if (method === 'PUT' && (m = path.match(/^\/applications\/(\d+)(\/guilds\/(\d+))?\/commands$/))) {
      const commands = (r.body as Json[]).map((c) => ({
        ...c,
        id: this.snowflake(),
        application_id: m?.[1],
        version: '1',
      }));
      return ok(commands);
    }
    return { status: 404, body: { message: `fake: no route for ${method} ${path}`, code: 0 } };
  }
}

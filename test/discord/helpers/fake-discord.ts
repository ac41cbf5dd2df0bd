/**
 * A fake Discord on 127.0.0.1: the REST API under /api/v10, a CDN for attachments, and a gateway
 * WebSocket speaking v10 JSON (Hello → Identify → READY + GUILD_CREATE → dispatches; heartbeats acked).
 * It records every REST request, enforces Discord's message limits like the real API (400), and can
 * answer chosen requests with a 429 to exercise the client's rate-limit queue.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';
import {
  DISCORD_EPOCH,
  EVERYONE_ROLE,
  GUILD,
  GUILD_CHANNELS,
  IDS,
  type Json,
  MESSAGE_CONTENT_INTENT,
  TOKEN,
  user,
} from './discord-fixtures.js';
import { limitViolations } from './discord-limits.js';
import { readMultipart, type UploadedFile } from './multipart.js';

export { IDS, TOKEN } from './discord-fixtures.js';
export { limitViolations } from './discord-limits.js';

export interface FakeDiscordOptions {
  /** Never answer GET /gateway/bot (a stalled Discord): the request stays open until close(). */
  holdGateway?: boolean;
  /** false: the Message Content switch is off in the portal, so identifying with it is refused (4014). */
  allowMessageContent?: boolean;
}
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

interface CannedResponse {
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
}

interface Failure {
  match: (req: RecordedRequest) => boolean;
  remaining: number;
  response: CannedResponse;
  /** The request takes effect before the failure is answered (a 500 after the message was created). */
  landed: boolean;
}

export class FakeDiscord {
  readonly requests: RecordedRequest[] = [];
  readonly botUser = user(IDS.bot, 'resume-coach', true);
  readonly humans: Record<string, Json> = {
    [IDS.user]: user(IDS.user, 'jordan'),
    [IDS.otherUser]: user(IDS.otherUser, 'sam'),
  };
  /** Messages per channel, oldest first (what GET /channels/:id/messages serves). */
  readonly channelMessages = new Map<string, Json[]>();
  readonly threads = new Map<string, Json>();
  /** Gateway identify payloads received (intents etc.). */
  readonly identifies: Json[] = [];
  private readonly files = new Map<string, { bytes: Uint8Array; contentType: string }>();
  private readonly sockets = new Set<WebSocket>();
  private readonly waiters = new Set<{
    match: (r: RecordedRequest) => boolean;
    resolve: (r: RecordedRequest) => void;
  }>();
  private readonly failures: Failure[] = [];
  /** Interaction token → where its webhook messages land. */
  private readonly interactions = new Map<string, { channelId: string; guildId: string | null; originalId: string }>();
  /** `channel:nonce` → the message created with it (Discord's enforce_nonce dedupe). */
  private readonly nonces = new Map<string, Json>();
  private counter = 0n;
  private seq = 0;

  private constructor(
    private readonly server: Server,
    private readonly wss: WebSocketServer,
    readonly port: number,
    private readonly options: FakeDiscordOptions,
  ) {}

  static async start(options: FakeDiscordOptions = {}): Promise<FakeDiscord> {
    const server = createServer();
    const wss = new WebSocketServer({ server });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const fake = new FakeDiscord(server, wss, (server.address() as AddressInfo).port, options);
    server.on('request', (req, res) => void fake.onRequest(req, res));
    wss.on('connection', (socket) => fake.onSocket(socket));
    return fake;
  }

  get apiBase(): string {
    return `http://127.0.0.1:${this.port}/api`;
  }

  snowflake(): string {
    this.counter += 1n;
    return (((BigInt(Date.now()) - DISCORD_EPOCH) << 22n) | (this.counter & 0x3fffffn)).toString();
  }

  /** Serves bytes on the fake CDN; returns a Discord attachment object. */
  attachment(
    filename: string,
    bytes: Uint8Array,
    contentType = 'application/pdf',
    reportedSize = bytes.byteLength,
  ): Json {
    const id = this.snowflake();
    this.files.set(`${id}/${filename}`, { bytes, contentType });
    const url = `http://127.0.0.1:${this.port}/cdn/attachments/${id}/${filename}?ex=signed`;
    return { id, filename, size: reportedSize, url, proxy_url: url, content_type: contentType };
  }

  /** CDN downloads so far. */
  downloads(): RecordedRequest[] {
    return this.requests.filter((r) => r.path.startsWith('/cdn/'));
  }

  /**
   * Answers the next `count` requests that match with `response` (e.g. a 429). `landed`: each one takes
   * effect first (Discord created the message, then answered 500).
   */
  failNext(
    match: (req: RecordedRequest) => boolean,
    response: CannedResponse,
    count = 1,
    { landed = false }: { landed?: boolean } = {},
  ): void {
    this.failures.push({ match, remaining: count, response, landed });
  }

  /** The first recorded request that matches, waiting for it if needed. */
  waitFor(match: (req: RecordedRequest) => boolean, timeoutMs = 5_000): Promise<RecordedRequest> {
    const found = this.requests.find(match);
    if (found) return Promise.resolve(found);
    return new Promise((resolve, reject) => {
      const waiter = {
        match,
        resolve: (r: RecordedRequest) => {
          clearTimeout(timer);
          resolve(r);
        },
      };
      const timer = setTimeout(() => {
        this.waiters.delete(waiter);
        reject(
          new Error(
            `fake discord: no matching request; saw ${this.requests.map((r) => `${r.method} ${r.path}`).join(', ')}`,
          ),
        );
      }, timeoutMs);
      this.waiters.add(waiter);
    });
  }

  find(method: string, pattern: RegExp): RecordedRequest[] {
    return this.requests.filter((r) => r.method === method && pattern.test(r.path));
  }

  // ---------------------------------------------------------------- gateway

  /** Sends a dispatch (op 0) to every connected client. */
  dispatch(type: string, data: Json): void {
    const frame = JSON.stringify({ op: 0, t: type, s: ++this.seq, d: data });
    for (const socket of this.sockets) socket.send(frame);
  }

  userMessage(options: {
    channelId: string;
    content?: string;
    attachments?: Json[];
    authorId?: string;
    guild?: boolean;
    mentionsBot?: boolean;
    reference?: string;
  }): Json {
    const {
      channelId,
      content = '',
      attachments = [],
      authorId = IDS.user,
      guild = true,
      mentionsBot = false,
      reference,
    } = options;
    const author = this.humans[authorId] ?? user(authorId, 'someone');
    const message: Json = {
      id: this.snowflake(),
      channel_id: channelId,
      author,
      content,
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      tts: false,
      mention_everyone: false,
      mentions: mentionsBot ? [this.botUser] : [],
      mention_roles: [],
      attachments,
      embeds: [],
      pinned: false,
      type: reference ? 19 : 0,
      flags: 0,
      ...(reference
        ? {
            message_reference: {
              message_id: reference,
              channel_id: channelId,
              guild_id: guild ? IDS.guild : undefined,
            },
          }
        : {}),
    };
    if (guild) {
      message.guild_id = IDS.guild;
      message.member = { roles: [], joined_at: new Date().toISOString(), deaf: false, mute: false, flags: 0 };
    } else {
      message.channel_type = 1;
    }
    this.store(channelId, message);
    return message;
  }

  /** A chat-input interaction (slash command) as Discord dispatches it. */
  interaction(options: {
    name: string;
    channelId: string;
    guild?: boolean;
    options?: Json[];
    attachments?: Json[];
    id?: string;
  }): Json {
    const {
      name,
      channelId,
      guild = true,
      options: commandOptions = [],
      attachments = [],
      id = this.snowflake(),
    } = options;
    const token = `itoken-${id}`;
    this.interactions.set(token, { channelId, guildId: guild ? IDS.guild : null, originalId: this.snowflake() });
    const channel = guild
      ? (this.threads.get(channelId) ?? {
          id: channelId,
          type: channelId === IDS.forum ? 15 : 0,
          guild_id: IDS.guild,
          name: 'careers',
        })
      : { id: channelId, type: 1, recipients: [this.humans[IDS.user]] };
    const resolved =
      attachments.length > 0
        ? { attachments: Object.fromEntries(attachments.map((a) => [a.id as string, a])) }
        : undefined;
    return {
      id,
      application_id: IDS.app,
      type: 2,
      token,
      version: 1,
      channel_id: channelId,
      channel,
      ...(guild
        ? {
            guild_id: IDS.guild,
            member: {
              user: this.humans[IDS.user],
              roles: [],
              joined_at: new Date().toISOString(),
              deaf: false,
              mute: false,
              flags: 0,
              permissions: '2251799813685247',
            },
          }
        : { user: this.humans[IDS.user] }),
      data: { id: this.snowflake(), name, type: 1, options: commandOptions, ...(resolved ? { resolved } : {}) },
      app_permissions: '2251799813685247',
      locale: 'en-US',
      guild_locale: 'en-US',
      entitlements: [],
      authorizing_integration_owners: { '0': IDS.guild },
      context: guild ? 0 : 1,
    };
  }

  /** Open gateway connections. */
  get connections(): number {
    return this.sockets.size;
  }

  /** Resolves once no gateway connection is open. */
  async gatewayClosed(): Promise<void> {
    await Promise.all(
      [...this.sockets].map((s) => (s.readyState === s.CLOSED ? null : new Promise((r) => s.once('close', r)))),
    );
  }

  /** Identify (op 2) and resume (op 6) frames received so far. */
  sessionAttempts = 0;
  /** true: identify and resume get no answer (a gateway that stays down after a drop). */
  refuseSessions = false;
  private readonly sessionWaiters = new Set<() => void>();

  /** Closes every gateway connection with `code` (4000: discord.js resumes; 4004/4014: it gives up). */
  closeGateway(code: number): void {
    for (const socket of this.sockets) socket.close(code, 'fake: closed');
  }

  /** Resolves once more than `seen` identify/resume frames have arrived. */
  waitForSessionAttempt(seen: number, timeoutMs = 10_000): Promise<void> {
    return new Promise((resolve, reject) => {
      const check = () => {
        if (this.sessionAttempts <= seen) return;
        this.sessionWaiters.delete(check);
        clearTimeout(timer);
        resolve();
      };
      const timer = setTimeout(() => {
        this.sessionWaiters.delete(check);
        reject(new Error('fake discord: no identify/resume arrived'));
      }, timeoutMs);
      this.sessionWaiters.add(check);
      check();
    });
  }

  private onSocket(socket: WebSocket): void {
    this.sockets.add(socket);
    socket.on('close', () => this.sockets.delete(socket));
    socket.send(JSON.stringify({ op: 10, d: { heartbeat_interval: 41_250 } }));
    socket.on('message', (raw) => {
      const frame = JSON.parse(String(raw)) as { op: number; d: Json };
      if (frame.op === 1) socket.send(JSON.stringify({ op: 11 }));
      if (frame.op === 2 || frame.op === 6) {
        this.sessionAttempts += 1;
        for (const waiter of [...this.sessionWaiters]) waiter();
        if (this.refuseSessions) return;
      }
      if (frame.op === 6) socket.send(JSON.stringify({ op: 0, t: 'RESUMED', s: ++this.seq, d: {} }));
      if (frame.op === 2) {
        this.identifies.push(frame.d);
        const privileged = (Number(frame.d.intents) & MESSAGE_CONTENT_INTENT) !== 0;
        // What Discord does when the portal switch for a privileged intent is off.
        if (privileged && this.options.allowMessageContent === false) socket.close(4014, 'Disallowed intent(s).');
        else this.ready(socket);
      }
    });
  }

  private ready(socket: WebSocket): void {
    const send = (t: string, d: Json): void => socket.send(JSON.stringify({ op: 0, t, s: ++this.seq, d }));
    send('READY', {
      v: 10,
      user: this.botUser,
      guilds: [{ id: IDS.guild, unavailable: true }],
      session_id: 'fake-session',
      resume_gateway_url: `ws://127.0.0.1:${this.port}`,
      shard: [0, 1],
      application: { id: IDS.app, flags: 0 },
    });
    const forumPost = {
      id: IDS.forumPost,
      type: 11,
      guild_id: IDS.guild,
      parent_id: IDS.forum,
      owner_id: IDS.user,
      name: 'Please review my resume',
      thread_metadata: {
        archived: false,
        auto_archive_duration: 1440,
        archive_timestamp: new Date().toISOString(),
        locked: false,
      },
      message_count: 1,
      member_count: 1,
    };
    this.threads.set(IDS.forumPost, forumPost);
    // The guild REST serves, plus what only the gateway's GUILD_CREATE carries.
    send('GUILD_CREATE', {
      ...GUILD,
      member_count: 3,
      members: [],
      channels: GUILD_CHANNELS,
      threads: [forumPost],
      presences: [],
      voice_states: [],
      stage_instances: [],
      guild_scheduled_events: [],
      soundboard_sounds: [],
      joined_at: new Date().toISOString(),
      large: false,
      unavailable: false,
    });
  }

  // ---------------------------------------------------------------- REST

  private store(channelId: string, message: Json): void {
    const list = this.channelMessages.get(channelId) ?? [];
    list.push(message);
    this.channelMessages.set(channelId, list);
  }

  private botMessage(channelId: string, body: Json, id = this.snowflake()): Json {
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

  private async onRequest(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const bytes = Buffer.concat(chunks);
    const raw = bytes.toString('utf8');
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${this.port}`);
    const path = decodeURIComponent(url.pathname.replace(/^\/api\/v10/, ''));
    const type = String(req.headers['content-type']);
    let body: unknown = null;
    let files: UploadedFile[] = [];
    if (raw && type.includes('json')) body = JSON.parse(raw);
    else if (type.startsWith('multipart/form-data')) ({ body, files } = await readMultipart(bytes, type));
    const recorded: RecordedRequest = {
      method: req.method ?? 'GET',
      path,
      query: url.searchParams,
      body,
      files,
      at: Date.now(),
    };
    this.requests.push(recorded);

    if (this.options.holdGateway && path === '/gateway/bot') return;
    const failure = this.failures.find((f) => f.remaining > 0 && f.match(recorded));
    let response: CannedResponse;
    if (failure) {
      failure.remaining -= 1;
      if (failure.landed) this.route(recorded, req.headers.authorization);
      response = failure.response;
    } else {
      response = this.route(recorded, req.headers.authorization);
    }
    if (response.body instanceof Uint8Array) {
      res.writeHead(response.status, { 'content-length': String(response.body.byteLength), ...response.headers });
      res.end(response.body);
    } else if (response.body === undefined) {
      res.writeHead(response.status, response.headers);
      res.end();
    } else {
      res.writeHead(response.status, { 'content-type': 'application/json', ...response.headers });
      res.end(JSON.stringify(response.body));
    }
    for (const waiter of [...this.waiters]) {
      if (waiter.match(recorded)) {
        this.waiters.delete(waiter);
        waiter.resolve(recorded);
      }
    }
  }

  private route(r: RecordedRequest, authorization: string | undefined): CannedResponse {
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

  async close(): Promise<void> {
    for (const socket of this.sockets) socket.terminate();
    for (const waiter of this.waiters)
      waiter.resolve({
        method: 'CLOSED',
        path: '',
        query: new URLSearchParams(),
        body: null,
        files: [],
        at: Date.now(),
      });
    this.waiters.clear();
    await new Promise<void>((resolve) => this.wss.close(() => resolve()));
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}

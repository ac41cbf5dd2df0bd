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
  GUILD,
  GUILD_CHANNELS,
  IDS,
  type Json,
  MESSAGE_CONTENT_INTENT,
  user,
} from './discord-fixtures.js';
import { type CannedResponse, DiscordRest, type RecordedRequest } from './discord-rest.js';
import { readMultipart, type UploadedFile } from './multipart.js';

export { IDS, TOKEN } from './discord-fixtures.js';
export type { RecordedRequest } from './discord-rest.js';
export { limitViolations } from './discord-limits.js';

export interface FakeDiscordOptions {
  /** Never answer GET /gateway/bot (a stalled Discord): the request stays open until close(). */
  holdGateway?: boolean;
  /** false: the Message Content switch is off in the portal, so identifying with it is refused (4014). */
  allowMessageContent?: boolean;
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
  /** The REST routes and what they keep (messages, threads, files, interactions). */
  private readonly rest: DiscordRest = new DiscordRest(this);
  /** Messages per channel, oldest first (what GET /channels/:id/messages serves). */
  readonly channelMessages = this.rest.channelMessages;
  readonly threads = this.rest.threads;
  /** Gateway identify payloads received (intents etc.). */
  readonly identifies: Json[] = [];
  private readonly sockets = new Set<WebSocket>();
  private readonly waiters = new Set<{
    match: (r: RecordedRequest) => boolean;
    resolve: (r: RecordedRequest) => void;
  }>();
  private readonly failures: Failure[] = [];
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
    this.rest.files.set(`${id}/${filename}`, { bytes, contentType });
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
    this.rest.store(channelId, message);
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
    this.rest.interactions.set(token, { channelId, guildId: guild ? IDS.guild : null, originalId: this.snowflake() });
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
      if (failure.landed) this.rest.route(recorded, req.headers.authorization);
      response = failure.response;
    } else {
      response = this.rest.route(recorded, req.headers.authorization);
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

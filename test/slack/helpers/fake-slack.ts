/**
 * A fake Slack on 127.0.0.1: the Web API (`POST /api/<method>`, form-encoded or JSON → `{ok, …}`), private
 * file downloads (Bearer token checked), response_url endpoints, and a Socket Mode WebSocket. It records
 * every call; tests wait on recorded calls with promise waiters (no sleeps).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';

export interface ApiCall {
  method: string;
  args: Record<string, unknown>;
  authorization: string | null;
  /** Milliseconds since the fake started. */
  at: number;
  /** The HTTP status the fake answered with. */
  status: number;
  /** The JSON the fake answered with. */
  result: Record<string, unknown>;
}

export interface FileCall {
  id: string;
  authorization: string | null;
}

/** A file the bot uploaded to an upload_url from files.getUploadURLExternal. */
export interface UploadCall {
  fileId: string;
  fileName: string;
  bytes: Uint8Array;
  /** Milliseconds since the fake started. */
  at: number;
}

export interface SocketAck {
  envelope_id: string;
  payload?: unknown;
}

export interface FakeFile {
  bytes: Uint8Array;
  contentType?: string;
}

/**
 * A canned answer for a call. `landed`: the call takes effect first (the default answer is computed and
 * recorded, e.g. the message is posted) and then this answer goes back — Slack's 500 after it posted.
 */
type Override = (
  call: ApiCall,
) => { status?: number; headers?: Record<string, string>; body: unknown; landed?: boolean } | null;

/** A workspace that installs the app through OAuth: oauth.v2.access answers `code` with its bot token. */
export interface FakeWorkspace {
  code: string;
  teamId: string;
  teamName: string;
  botToken: string;
  botUserId: string;
  botId: string;
}

export interface FakeSlack {
  readonly url: string;
  readonly apiUrl: string;
  readonly calls: ApiCall[];
  readonly fileCalls: FileCall[];
  /** Bytes posted to upload URLs (files.uploadV2's second step). */
  readonly uploads: UploadCall[];
  readonly responses: { id: string; body: Record<string, unknown> }[];
  readonly acks: SocketAck[];
  /** Serves `bytes` at a private URL; returns the URL an event would carry. */
  addFile(id: string, file: FakeFile): string;
  /** Registers a workspace for the OAuth flow (its token is then valid for auth.test and file downloads). */
  addWorkspace(workspace: FakeWorkspace): void;
  /** Answers calls to `method` with `override` while it returns non-null (checked before the defaults). */
  override(method: string, override: Override): void;
  /** Holds every `method` call until the returned release() is called. */
  hold(method: string): () => void;
  /** Resolves with the first recorded call (past or future) that matches. */
  waitForCall(predicate: (call: ApiCall) => boolean, label?: string): Promise<ApiCall>;
  /** Resolves when `count` matching calls have been recorded. */
  waitForCalls(predicate: (call: ApiCall) => boolean, count: number, label?: string): Promise<ApiCall[]>;
  waitForResponse(predicate: (body: Record<string, unknown>) => boolean): Promise<Record<string, unknown>>;
  /** Socket Mode: sends an envelope to the connected client and resolves with its ack. */
  socketSend(envelope: { envelope_id: string; type: string; payload: unknown }): Promise<SocketAck>;
  /** Socket Mode: resolves once a client is connected (hello sent). */
  socketConnected(): Promise<void>;
  /** Socket Mode: resolves once the connected client has closed its socket. */
  socketClosed(): Promise<void>;
  /** Socket Mode: drops the connection from Slack's side (the client should notice and reconnect). */
  socketDrop(): void;
  close(): Promise<void>;
}

export const BOT_USER_ID = 'UBOT0001';
export const BOT_ID = 'BBOT0001';
export const BOT_TOKEN = 'xoxb-test-token';

export async function startFakeSlack({ waitMs = 10_000 }: { waitMs?: number } = {}): Promise<FakeSlack> {
  const started = Date.now();
  const calls: ApiCall[] = [];
  const fileCalls: FileCall[] = [];
  const uploads: UploadCall[] = [];
  let fileCounter = 0;
  const responses: { id: string; body: Record<string, unknown> }[] = [];
  const acks: SocketAck[] = [];
  const files = new Map<string, FakeFile>();
  const overrides = new Map<string, Override[]>();
  const workspaces: FakeWorkspace[] = [];
  const bearer = (call: ApiCall): string | null => call.authorization?.replace(/^Bearer /, '') ?? null;
  const workspaceOfToken = (token: string | null) => workspaces.find((w) => w.botToken === token) ?? null;
  const holds = new Map<string, Promise<void>>();
  const listeners = new Set<() => void>();
  let tsCounter = 0;
  let socket: WebSocket | null = null;
  let socketOpen: () => void = () => {};
  let socketOpened = new Promise<void>((resolve) => (socketOpen = resolve));
  let socketClose: () => void = () => {};
  let socketClosedP = new Promise<void>((resolve) => (socketClose = resolve));

  const notify = () => {
    for (const listener of [...listeners]) listener();
  };

  function waitUntil<T>(check: () => T | null, label: string): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const first = check();
      if (first !== null) return resolve(first);
      const timer = setTimeout(() => {
        listeners.delete(listener);
        reject(
          new Error(
            `fake slack: timed out waiting for ${label}; calls so far: ${calls.map((c) => c.method).join(', ')}`,
          ),
        );
      }, waitMs);
      const listener = () => {
        const value = check();
        if (value === null) return;
        clearTimeout(timer);
        listeners.delete(listener);
        resolve(value);
      };
      listeners.add(listener);
    });
  }

  const nextTs = () => `1700000000.${String(++tsCounter).padStart(6, '0')}`;
  /** What the bot posted and has not deleted, oldest first (conversations.history/.replies serve it). */
  const posted: { channel: string; ts: string; thread_ts?: string; text: unknown; metadata?: unknown }[] = [];

  function history(args: Record<string, unknown>, thread: boolean): unknown {
    const withMetadata = args.include_all_metadata === true || args.include_all_metadata === 'true';
    const inPlace = posted.filter(
      (m) =>
        m.channel === args.channel &&
        (thread ? m.ts === args.ts || m.thread_ts === args.ts : m.thread_ts === undefined),
    );
    // history: newest first; replies: the parent, then the thread oldest first.
    const ordered = thread ? inPlace : [...inPlace].reverse();
    const messages = ordered.slice(0, Number(args.limit ?? 100)).map(({ metadata, ...m }) => ({
      type: 'message',
      user: BOT_USER_ID,
      bot_id: BOT_ID,
      ...m,
      ...(withMetadata && metadata !== undefined ? { metadata } : {}),
    }));
    return { ok: true, messages, has_more: false };
  }

  function defaults(call: ApiCall): unknown {
    const args = call.args;
    switch (call.method) {
      case 'auth.test': {
        const ws = workspaceOfToken(bearer(call) ?? (typeof args.token === 'string' ? args.token : null));
        if (ws !== null)
          return {
            ok: true,
            user_id: ws.botUserId,
            bot_id: ws.botId,
            team_id: ws.teamId,
            user: 'coach',
            team: ws.teamName,
          };
        return { ok: true, user_id: BOT_USER_ID, bot_id: BOT_ID, team_id: 'T0001', user: 'coach', team: 'Test' };
      }
      case 'oauth.v2.access': {
        // The client authenticates with its id and secret (HTTP Basic or form fields); the code names the workspace.
        const ws = workspaces.find((w) => w.code === args.code);
        if (ws === undefined) return { ok: false, error: 'invalid_code' };
        return {
          ok: true,
          app_id: 'A0001',
          authed_user: { id: 'UINSTALLER' },
          scope: String(args.scope ?? 'chat:write'),
          token_type: 'bot',
          access_token: ws.botToken,
          bot_user_id: ws.botUserId,
          team: { id: ws.teamId, name: ws.teamName },
          enterprise: null,
          is_enterprise_install: false,
        };
      }
      case 'chat.postMessage': {
        const ts = nextTs();
        posted.push({
          channel: String(args.channel),
          ts,
          ...(typeof args.thread_ts === 'string' ? { thread_ts: args.thread_ts } : {}),
          text: args.text,
          ...(args.metadata === undefined ? {} : { metadata: args.metadata }),
        });
        return { ok: true, channel: args.channel, ts, message: { ts, text: args.text } };
      }
      case 'conversations.history':
        return history(args, false);
      case 'conversations.replies':
        return history(args, true);
      case 'chat.postEphemeral':
        return { ok: true, message_ts: nextTs() };
      case 'chat.update':
        return { ok: true, channel: args.channel, ts: args.ts };
      case 'chat.delete': {
        const at = posted.findIndex((m) => m.channel === args.channel && m.ts === args.ts);
        if (at >= 0) posted.splice(at, 1);
        return { ok: true, channel: args.channel, ts: args.ts };
      }
      case 'files.getUploadURLExternal': {
        const fileId = `F${String(++fileCounter).padStart(6, '0')}`;
        return { ok: true, upload_url: `http://127.0.0.1:${port()}/upload/${fileId}`, file_id: fileId };
      }
      case 'files.completeUploadExternal': {
        const files = Array.isArray(args.files) ? (args.files as { id?: string; title?: string }[]) : [];
        return { ok: true, files: files.map((f) => ({ id: f.id, title: f.title, mimetype: 'image/png' })) };
      }
      case 'apps.connections.open':
        return { ok: true, url: `ws://127.0.0.1:${port()}/socket` };
      default:
        return { ok: false, error: 'unknown_method' };
    }
  }

  async function readBytes(req: IncomingMessage): Promise<Buffer> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks);
  }

  async function readBody(req: IncomingMessage): Promise<string> {
    return (await readBytes(req)).toString('utf8');
  }

  /** The web client posts the file's bytes as multipart/form-data (one file part). */
  async function handleUpload(fileId: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
    const raw = await readBytes(req);
    const type = req.headers['content-type'] ?? '';
    const form = await new Request('http://127.0.0.1/', {
      method: 'POST',
      headers: { 'content-type': type },
      body: raw,
    })
      .formData()
      .catch(() => null);
    let file: (Blob & { name?: string }) | undefined;
    for (const value of form?.values() ?? []) if (typeof value !== 'string') file ??= value;
    if (!file) {
      res.writeHead(400).end('no file');
      return;
    }
    uploads.push({
      fileId,
      fileName: file.name ?? '',
      bytes: new Uint8Array(await file.arrayBuffer()),
      at: Date.now() - started,
    });
    res.writeHead(200, { 'content-type': 'text/plain' });
    res.end(`OK - ${file.size}`);
    notify();
  }

  function parseArgs(raw: string, contentType: string): Record<string, unknown> {
    if (raw === '') return {};
    if (contentType.includes('application/json')) return JSON.parse(raw) as Record<string, unknown>;
    const out: Record<string, unknown> = {};
    for (const [key, value] of new URLSearchParams(raw)) {
      out[key] = ['blocks', 'attachments', 'files', 'metadata'].includes(key) ? JSON.parse(value) : value;
    }
    return out;
  }

  async function handleApi(method: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
    const args = parseArgs(await readBody(req), req.headers['content-type'] ?? '');
    const call: ApiCall = {
      method,
      args,
      authorization: req.headers.authorization ?? null,
      at: Date.now() - started,
      status: 200,
      result: {},
    };
    const held = holds.get(method);
    if (held) await held;
    let status = 200;
    let headers: Record<string, string> = {};
    let body: unknown = null;
    for (const override of overrides.get(method) ?? []) {
      const answer = override(call);
      if (answer !== null) {
        if (answer.landed) defaults(call);
        status = answer.status ?? 200;
        headers = answer.headers ?? {};
        body = answer.body;
        break;
      }
    }
    if (body === null) body = defaults(call);
    call.status = status;
    call.result = body as Record<string, unknown>;
    calls.push(call);
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
    res.end(JSON.stringify(body));
    notify();
  }

  function handleFile(id: string, req: IncomingMessage, res: ServerResponse): void {
    const authorization = req.headers.authorization ?? null;
    fileCalls.push({ id, authorization });
    notify();
    const file = files.get(id);
    const valid =
      authorization === `Bearer ${BOT_TOKEN}` || workspaces.some((w) => authorization === `Bearer ${w.botToken}`);
    if (!valid || file === undefined) {
      // What Slack does without a valid token/scope: a sign-in page.
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end('<!DOCTYPE html><html><body>Sign in to Slack</body></html>');
      return;
    }
    res.writeHead(200, {
      'content-type': file.contentType ?? 'application/octet-stream',
      'content-length': String(file.bytes.byteLength),
    });
    res.end(Buffer.from(file.bytes));
  }

  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const api = /^\/api\/([A-Za-z0-9.]+)$/.exec(url.pathname);
    if (req.method === 'POST' && api?.[1] !== undefined) {
      void handleApi(api[1], req, res);
      return;
    }
    const file = /^\/files\/([A-Za-z0-9_-]+)$/.exec(url.pathname);
    if (req.method === 'GET' && file?.[1] !== undefined) {
      handleFile(file[1], req, res);
      return;
    }
    const upload = /^\/upload\/([A-Za-z0-9_-]+)$/.exec(url.pathname);
    if (req.method === 'POST' && upload?.[1] !== undefined) {
      void handleUpload(upload[1], req, res);
      return;
    }
    const response = /^\/response\/([A-Za-z0-9_-]+)$/.exec(url.pathname);
    if (req.method === 'POST' && response?.[1] !== undefined) {
      const id = response[1];
      void readBody(req).then((raw) => {
        responses.push({ id, body: JSON.parse(raw) as Record<string, unknown> });
        res.writeHead(200, { 'content-type': 'text/plain' });
        res.end('ok');
        notify();
      });
      return;
    }
    res.writeHead(404);
    res.end();
  });

  const wss = new WebSocketServer({ server, path: '/socket' });
  wss.on('connection', (ws) => {
    socket = ws;
    ws.on('message', (data) => {
      const parsed = JSON.parse(String(data)) as SocketAck;
      acks.push(parsed);
      notify();
    });
    ws.on('close', () => {
      if (socket === ws) socket = null;
      socketClose();
    });
    ws.send(
      JSON.stringify({
        type: 'hello',
        num_connections: 1,
        connection_info: { app_id: 'A0001' },
        debug_info: { host: 'fake' },
      }),
    );
    socketOpen();
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = () => (server.address() as AddressInfo).port;
  const url = `http://127.0.0.1:${port()}`;

  return {
    url,
    apiUrl: `${url}/api/`,
    calls,
    fileCalls,
    uploads,
    responses,
    acks,
    addFile(id, file) {
      files.set(id, file);
      return `${url}/files/${id}`;
    },
    addWorkspace(workspace) {
      workspaces.push(workspace);
    },
    override(method, override) {
      overrides.set(method, [...(overrides.get(method) ?? []), override]);
    },
    hold(method) {
      let release: () => void = () => {};
      holds.set(method, new Promise<void>((resolve) => (release = resolve)));
      return () => {
        holds.delete(method);
        release();
      };
    },
    waitForCall(predicate, label = 'a call') {
      return waitUntil(() => calls.find(predicate) ?? null, label);
    },
    waitForCalls(predicate, count, label = `${count} calls`) {
      return waitUntil(() => {
        const found = calls.filter(predicate);
        return found.length >= count ? found : null;
      }, label);
    },
    waitForResponse(predicate) {
      return waitUntil(() => responses.find((r) => predicate(r.body))?.body ?? null, 'a response_url post');
    },
    async socketSend(envelope) {
      await socketOpened;
      if (socket === null) throw new Error('fake slack: no socket client');
      socket.send(
        JSON.stringify({
          ...envelope,
          accepts_response_payload: envelope.type !== 'events_api',
          retry_attempt: 0,
          retry_reason: '',
        }),
      );
      return waitUntil(
        () => acks.find((a) => a.envelope_id === envelope.envelope_id) ?? null,
        `ack of ${envelope.envelope_id}`,
      );
    },
    socketConnected: () => socketOpened,
    socketClosed: () => socketClosedP,
    socketDrop() {
      for (const client of wss.clients) client.terminate();
    },
    async close() {
      for (const client of wss.clients) client.terminate();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      socketOpened = Promise.resolve();
      socketClosedP = Promise.resolve();
    },
  };
}

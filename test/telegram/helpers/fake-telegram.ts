/**
 * A fake Telegram Bot API server on 127.0.0.1 for the real grammY: `POST /bot<token>/<method>` answers
 * {ok, result}; getUpdates is a long poll honouring offset/timeout; files are served at
 * `GET /file/bot<token>/<path>`. Every call is recorded; tests wait on recorded calls with `waitFor`.
 */ import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Chat, Message, Update, UserFromGetMe } from 'grammy/types';
import { isUpload, readParams, send } from './bot-api-http.js';
import type {
  ApiFailure,
  Params,
  PendingPoll,
  RecordedCall,
  SentMessage,
  SentPhoto,
  StoredFile,
  Waiter,
} from './bot-api-types.js';

export type { SentMessage } from './bot-api-types.js';

export const BOT_TOKEN = '123456:TEST-token_for-fake-api';
export const BOT_INFO: UserFromGetMe = {
  id: 123456,
  is_bot: true,
  first_name: 'Resume Coach',
  username: 'resume_coach_bot',
  can_join_groups: true,
  can_read_all_group_messages: false,
  supports_inline_queries: false,
  can_connect_to_business: false,
  has_main_web_app: false,
  has_topics_enabled: false,
  allows_users_to_create_topics: false,
} as UserFromGetMe;

export class FakeTelegram {
  readonly calls: RecordedCall[] = [];
  /** Paths requested under /file/ (without the token). */
  readonly fileRequests: string[] = [];
  /** Users who never pressed Start: sendMessage to their private chat answers 403. */
  readonly blockedUsers = new Set<number>();
  private readonly server: Server;
  private readonly updates: Update[] = [];
  private readonly polls = new Set<PendingPoll>();
  private readonly files = new Map<string, StoredFile>();
  private readonly failures = new Map<string, ApiFailure[]>();
  private readonly chats = new Map<number, Chat>();
  private readonly waiters = new Set<Waiter>();
  private nextUpdateId = 1000;
  private nextMessageId = 5000;
  private nextFileId = 1;
  port = 0;

  constructor(readonly token: string = BOT_TOKEN) {
    this.server = createServer((req, res) => {
      this.route(req, res).catch(() => send(res, 500, { ok: false, error_code: 500, description: 'fake crashed' }));
    });
  }

  /** getUpdates long polls still waiting for an answer. */
  get pendingPolls(): number {
    return this.polls.size;
  }

  get apiRoot(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  async start(): Promise<this> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.address() as AddressInfo).port;
    return this;
  }

  async close(): Promise<void> {
    for (const poll of this.polls) clearTimeout(poll.timer);
    this.polls.clear();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  /** Queues an update for getUpdates (and returns it, with its update_id). */
  push(update: Omit<Update, 'update_id'> & { update_id?: number }): Update {
    const [full] = this.pushMany([update]);
    return full as Update;
  }

  /** Queues several updates that the next getUpdates returns together (ids may repeat: a redelivery). */
  pushMany(updates: readonly (Omit<Update, 'update_id'> & { update_id?: number })[]): Update[] {
    const added = updates.map(
      (update) => ({ ...update, update_id: update.update_id ?? this.nextUpdateId++ }) as Update,
    );
    for (const full of added) {
      if (full.message) this.chats.set(full.message.chat.id, full.message.chat);
      this.updates.push(full);
    }
    for (const poll of [...this.polls]) this.answerPoll(poll);
    return added;
  }

  /** Stores a file the bot may download; returns its file_id. */
  addFile(bytes: Uint8Array, reportedSize: number = bytes.byteLength): string {
    const fileId = `file-${this.nextFileId++}`;
    this.files.set(fileId, { bytes, reportedSize });
    return fileId;
  }

  /** The next `count` calls of `method` fail with this error. */
  failNext(method: string, failure: ApiFailure, count = 1): void {
    const list = this.failures.get(method) ?? [];
    for (let i = 0; i < count; i += 1) list.push(failure);
    this.failures.set(method, list);
  }

  callsOf(method: string): Params[] {
    return this.calls.filter((call) => call.method === method).map((call) => call.params);
  }

  /** Messages the bot sent (optionally to one chat), in order, with the ids the fake gave them. */
  sent(chatId?: number): SentMessage[] {
    return this.calls
      .filter((call) => call.method === 'sendMessage' && call.params.result_message_id !== undefined)
      .map(
        (call): SentMessage => ({
          ...call.params,
          message_id: Number(call.params.result_message_id),
          text: String(call.params.text),
        }),
      )
      .filter((message) => chatId === undefined || message.chat_id === chatId);
  }

  /** Photos the bot sent (optionally to one chat), in order; `photo` is the uploaded file. */
  photos(chatId?: number): SentPhoto[] {
    return this.calls
      .filter((call) => call.method === 'sendPhoto' && call.params.result_message_id !== undefined)
      .flatMap((call): SentPhoto[] => {
        const photo = call.params.photo;
        if (!isUpload(photo)) return [];
        return [{ ...call.params, message_id: Number(call.params.result_message_id), photo }];
      })
      .filter((photo) => chatId === undefined || photo.chat_id === chatId);
  }

  /** Message ids of everything the bot sent (messages and photos), in order. */
  sentIds(chatId?: number): number[] {
    return this.calls
      .filter(
        (call) =>
          (call.method === 'sendMessage' || call.method === 'sendPhoto') &&
          call.params.result_message_id !== undefined &&
          (chatId === undefined || call.params.chat_id === chatId),
      )
      .map((call) => Number(call.params.result_message_id));
  }

  /** Resolves once `check` holds (re-checked after every recorded call, started and closed poll); rejects after `timeoutMs`. */
  waitFor(check: () => boolean, label = 'condition', timeoutMs = 10_000): Promise<void> {
    if (check()) return Promise.resolve();
    return new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiters.delete(waiter);
        reject(new Error(`timed out waiting for ${label}; calls: ${this.calls.map((c) => c.method).join(', ')}`));
      }, timeoutMs);
      const waiter: Waiter = {
        check,
        resolve: () => {
          clearTimeout(timer);
          resolve();
        },
      };
      this.waiters.add(waiter);
    });
  }

  private record(call: RecordedCall): void {
    this.calls.push(call);
    this.notify();
  }

  private notify(): void {
    for (const waiter of [...this.waiters]) {
      if (waiter.check()) {
        this.waiters.delete(waiter);
        waiter.resolve();
      }
    }
  }

  private async route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const filePrefix = `/file/bot${this.token}/`;
    if (req.method === 'GET' && url.pathname.startsWith(filePrefix)) {
      const path = url.pathname.slice(filePrefix.length);
      this.fileRequests.push(path);
      const fileId = path.replace(/^documents\//, '');
      const file = this.files.get(fileId);
      if (!file) {
        res.writeHead(404).end();
        return;
      }
      res.writeHead(200, {
        'content-type': 'application/octet-stream',
        'content-length': String(file.bytes.byteLength),
      });
      res.end(Buffer.from(file.bytes));
      return;
    }
    const match = /^\/bot([^/]+)\/([A-Za-z]+)$/.exec(url.pathname);
    if (req.method !== 'POST' || !match) {
      send(res, 404, { ok: false, error_code: 404, description: 'Not Found' });
      return;
    }
    if (match[1] !== this.token) {
      send(res, 401, { ok: false, error_code: 401, description: 'Unauthorized' });
      return;
    }
    const method = match[2] ?? '';
    const params = await readParams(req);
    const failure = this.failures.get(method)?.shift();
    if (failure) {
      this.record({ method, params: { ...params, failed: failure.error_code } });
      send(res, failure.error_code, { ok: false, ...failure });
      return;
    }
    if (method === 'getUpdates') {
      this.record({ method, params });
      this.poll(params, res);
      return;
    }
    const result = this.answer(method, params);
    if ('error_code' in result) {
      this.record({ method, params: { ...params, failed: result.error_code } });
      send(res, result.error_code, { ok: false, ...result });
      return;
    }
    this.record({
      method,
      params:
        method === 'sendMessage' || method === 'sendPhoto'
          ? { ...params, result_message_id: (result.result as Message).message_id }
          : params,
    });
    send(res, 200, { ok: true, result: result.result });
  }

  private answer(method: string, params: Params): { result: unknown } | ApiFailure {
    switch (method) {
      case 'getMe':
        return { result: BOT_INFO };
      case 'sendMessage': {
        const chatId = Number(params.chat_id);
        if (this.blockedUsers.has(chatId))
          return { error_code: 403, description: "Forbidden: bot can't initiate conversation with a user" };
        const chat = this.chats.get(chatId) ?? ({ id: chatId, type: 'private', first_name: 'User' } as Chat);
        const message = {
          message_id: this.nextMessageId++,
          date: Math.floor(Date.now() / 1000),
          chat,
          from: BOT_INFO,
          text: String(params.text),
          ...(typeof params.message_thread_id === 'number'
            ? { message_thread_id: params.message_thread_id, is_topic_message: true }
            : {}),
        } as Message;
        return { result: message };
      }
      case 'sendPhoto': {
        const chatId = Number(params.chat_id);
        const chat = this.chats.get(chatId) ?? ({ id: chatId, type: 'private', first_name: 'User' } as Chat);
        if (!isUpload(params.photo))
          return { error_code: 400, description: 'Bad Request: there is no photo in the request' };
        const message = {
          message_id: this.nextMessageId++,
          date: Math.floor(Date.now() / 1000),
          chat,
          from: BOT_INFO,
          photo: [
            {
              file_id: `photo-${this.nextMessageId}`,
              file_unique_id: `p-${this.nextMessageId}`,
              width: 1200,
              height: 630,
            },
          ],
          ...(typeof params.caption === 'string' ? { caption: params.caption } : {}),
          ...(typeof params.message_thread_id === 'number'
            ? { message_thread_id: params.message_thread_id, is_topic_message: true }
            : {}),
        } as Message;
        return { result: message };
      }
      case 'getFile': {
        const fileId = String(params.file_id);
        const file = this.files.get(fileId);
        if (!file) return { error_code: 400, description: 'Bad Request: invalid file_id' };
        return {
          result: {
            file_id: fileId,
            file_unique_id: `u-${fileId}`,
            file_size: file.reportedSize,
            file_path: `documents/${fileId}`,
          },
        };
      }
      default:
        // setMyCommands, deleteWebhook, setWebhook, sendChatAction, …
        return { result: true };
    }
  }

  private poll(params: Params, res: ServerResponse): void {
    const offset = Number(params.offset ?? 0);
    // Confirmed updates are forgotten, as Telegram does.
    while (this.updates.length > 0 && (this.updates[0]?.update_id ?? 0) < offset) this.updates.shift();
    const timeoutSeconds = Number(params.timeout ?? 0);
    const poll: PendingPoll = {
      offset,
      res,
      timer: setTimeout(() => this.answerPoll(poll, true), timeoutSeconds * 1000),
    };
    // The *response's* close (not the request's, which fires once its body is read).
    res.on('close', () => {
      clearTimeout(poll.timer);
      this.polls.delete(poll);
      this.notify();
    });
    this.polls.add(poll);
    this.answerPoll(poll);
    // Waiters on pendingPolls look again.
    this.notify();
  }

  private answerPoll(poll: PendingPoll, timedOut = false): void {
    const ready = this.updates.filter((update) => update.update_id >= poll.offset);
    if (ready.length === 0 && !timedOut) return;
    clearTimeout(poll.timer);
    this.polls.delete(poll);
    send(poll.res, 200, { ok: true, result: ready });
  }
}

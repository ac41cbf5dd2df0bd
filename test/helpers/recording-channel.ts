/**
 * A recording test double for the adapter contract (Hubot's DummyAdapter idea): build CoreEvents, hand
 * them to the engine with a ReplyChannel that records every send, thread, private message and progress
 * indicator instead of talking to a platform.
 */
import type { Block, ReplyMessage } from '../../src/core/reply/types.js';
import type {
  CoreEvent,
  Engine,
  IncomingFile,
  MessageRef,
  Progress,
  ReplyChannel,
} from '../../src/core/conversation/types.js';
import { CodedError } from '../../src/core/errors.js';

export type RecordedOp = 'send' | 'private' | 'progress' | 'progress-update' | 'progress-done' | 'thread';

export interface Recorded {
  op: RecordedOp;
  /** The event that caused it. */
  eventId: string;
  message: ReplyMessage | null;
  /** Progress text or thread title. */
  text: string | null;
  /** The posted message (send only). */
  ref: MessageRef | null;
  replyTo: string | null;
  threadId: string | null;
  conversationId: string;
}

/** How the recording platform behaves: real threads (Slack, Discord) or reply chains (Telegram DMs), and so on. */
export interface RecordingOptions {
  threads: boolean;
  ephemeral: boolean;
  maxDownloadBytes: number;
}

const RECORDING_DEFAULTS: RecordingOptions = { threads: true, ephemeral: true, maxDownloadBytes: 20_000_000 };

/** Plain text of a message (title and every block), for assertions. */
export function plain(message: ReplyMessage | null): string {
  if (!message) return '';
  const block = (b: Block): string => {
    switch (b.type) {
      case 'paragraph':
      case 'heading':
      case 'quote':
      case 'context':
        return b.text;
      case 'list':
        return b.items.join('\n');
      case 'finding':
        return [b.title, b.evidence, b.suggestion].filter(Boolean).join('\n');
      case 'rewrite':
        return `${b.before}\n${b.after}${b.note ? `\n${b.note}` : ''}`;
      case 'fields':
        return b.fields.map((f) => `${f.label}: ${f.value}`).join('\n');
      case 'divider':
        return '';
    }
  };
  return [message.title, ...message.blocks.map(block)].join('\n');
}

export function fileFrom(
  bytes: Uint8Array,
  name: string | null,
  mimeType: string | null = null,
  options: { reportedSize?: number | null } = {},
): IncomingFile & { fetches: number } {
  const file = {
    name,
    size: options.reportedSize === undefined ? bytes.byteLength : options.reportedSize,
    mimeType,
    fetches: 0,
    async fetch(maxBytes: number): Promise<Uint8Array> {
      file.fetches += 1;
      if (bytes.byteLength > maxBytes)
        throw new CodedError('too-large', 'That file is too large for me.', { context: { bytes: bytes.byteLength } });
      return bytes;
    },
  };
  return file;
}

export type EventInput = Partial<Omit<CoreEvent, 'user' | 'conversation'>> & {
  user?: Partial<CoreEvent['user']>;
  conversation?: Partial<CoreEvent['conversation']>;
};

export class RecordingPlatform {
  readonly records: Recorded[] = [];
  private seq = 0;
  private eventSeq = 0;
  readonly options: RecordingOptions;

  constructor(options: Partial<RecordingOptions> = {}) {
    this.options = { ...RECORDING_DEFAULTS, ...options };
  }

  nextMessageId(): string {
    this.seq += 1;
    return `m${this.seq}`;
  }

  /** A DM from user "u1" unless overridden. */
  event(input: EventInput = {}): CoreEvent {
    this.eventSeq += 1;
    const conversation = { id: 'dm-u1', kind: 'dm' as const, ...input.conversation };
    return {
      id: `e${this.eventSeq}`,
      platform: 'test',
      threadId: null,
      messageId: this.nextMessageId(),
      replyTo: null,
      text: '',
      files: [],
      addressed: true,
      command: null,
      ...input,
      user: { id: 'u1', name: 'Test User', ...input.user },
      conversation,
    };
  }

  channelFor(event: CoreEvent, threadId: string | null = event.threadId): ReplyChannel {
    const record = (r: Omit<Recorded, 'eventId' | 'conversationId'>) =>
      this.records.push({ ...r, eventId: event.id, conversationId: event.conversation.id });
    const channel: ReplyChannel = {
      maxDownloadBytes: this.options.maxDownloadBytes,
      ephemeral: this.options.ephemeral,
      send: async (message, options = {}) => {
        const ref: MessageRef = { messageId: this.nextMessageId(), threadId };
        record({ op: 'send', message, text: null, ref, replyTo: options.replyTo ?? null, threadId });
        return ref;
      },
      thread: async (on, title) => {
        // Without real threads (Telegram DMs) the "thread" is a reply chain in the same place.
        const id = this.options.threads ? (threadId ?? on.threadId ?? on.messageId) : threadId;
        record({ op: 'thread', message: null, text: title, ref: on, replyTo: null, threadId: id });
        return this.channelFor(event, id);
      },
      sendPrivate: async (message) => {
        record({ op: 'private', message, text: null, ref: null, replyTo: null, threadId });
      },
      progress: async (text): Promise<Progress> => {
        record({ op: 'progress', message: null, text, ref: null, replyTo: null, threadId });
        let done = false;
        return {
          update: async (next) => {
            record({ op: 'progress-update', message: null, text: next, ref: null, replyTo: null, threadId });
          },
          done: async () => {
            if (done) return;
            done = true;
            record({ op: 'progress-done', message: null, text: null, ref: null, replyTo: null, threadId });
          },
        };
      },
    };
    return channel;
  }

  /** Hands one event to the engine and returns what the bot did about it. */
  async deliver(engine: Engine, input: EventInput | CoreEvent = {}): Promise<Recorded[]> {
    const event = isCoreEvent(input) ? input : this.event(input);
    const before = this.records.length;
    await engine.handle(event, this.channelFor(event));
    return this.records.slice(before);
  }

  /** Every message the bot posted (send or private), in order. */
  get messages(): Recorded[] {
    return this.records.filter((r) => r.op === 'send' || r.op === 'private');
  }
}

function isCoreEvent(input: EventInput | CoreEvent): input is CoreEvent {
  return (
    typeof input.id === 'string' &&
    typeof input.platform === 'string' &&
    input.user !== undefined &&
    typeof input.user.id === 'string' &&
    input.conversation !== undefined &&
    typeof input.conversation.kind === 'string' &&
    Array.isArray(input.files)
  );
}

/**
 * The console's ReplyChannel: prints to a stream. Bot messages are numbered ([3]) so the user can reply
 * to one with "#3 …"; a thread is shown indented under a "┌ title" line.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Writable } from 'node:stream';
import type { Card } from '../../core/card/index.js';
import { log } from '../../core/log.js';
import type { ReplyMessage } from '../../core/reply/types.js';
import { cardPicture, logCardFailure } from '../shared/card.js';
import type { MessageRef, Progress, ReplyChannel } from '../../core/conversation/types.js';
import { renderConsoleMessage } from './render.js';

/** A local file: the console reads what the user points it at, up to MAX_FILE_MB. */
const CONSOLE_MAX_FILE_BYTES = 50_000_000;

export class ConsoleOutput {
  private counter = 0;
  /** `prefix` makes message ids unique across runs (the store outlives the process); users see [N] only. */
  constructor(
    private readonly stream: Writable,
    readonly prefix = '',
    /** Where the card pictures go (a terminal shows no images: the console prints their path). */
    readonly cardDir = join(tmpdir(), 'resume-coach-cards'),
  ) {}

  /** Writes the card of message `number` as a PNG; resolves its path, or null (logged) when that failed. */
  async saveCard(card: Card, number: number): Promise<string | null> {
    const picture = await cardPicture(card, log);
    if (!picture) return null;
    const path = join(this.cardDir, `${this.messageId(number)}-${picture.fileName}`);
    try {
      await mkdir(this.cardDir, { recursive: true });
      await writeFile(path, picture.png);
      return path;
    } catch (err) {
      logCardFailure(log, 'card-upload-failed', {
        platform: 'console',
        err: { name: err instanceof Error ? err.name : typeof err, errno: (err as NodeJS.ErrnoException).code },
      });
      return null;
    }
  }

  nextNumber(): number {
    this.counter += 1;
    return this.counter;
  }

  messageId(number: number): string {
    return `${this.prefix}${number}`;
  }

  write(lines: readonly string[], indent = ''): Promise<void> {
    const text = `${lines.map((line) => (line === '' ? indent.trimEnd() : indent + line)).join('\n')}\n`;
    return new Promise((resolve, reject) => {
      this.stream.write(text, (err) => (err ? reject(err) : resolve()));
    });
  }
}

const THREAD_INDENT = '  │ ';

export class ConsoleReplyChannel implements ReplyChannel {
  readonly maxDownloadBytes = CONSOLE_MAX_FILE_BYTES;
  /** The terminal is a DM: nothing is ever private from anyone else. */
  readonly ephemeral = false;

  constructor(
    private readonly out: ConsoleOutput,
    private readonly threadId: string | null = null,
  ) {}

  private get indent(): string {
    return this.threadId === null ? '' : THREAD_INDENT;
  }

  async send(message: ReplyMessage): Promise<MessageRef> {
    const number = this.out.nextNumber();
    await this.out.write(['', ...renderConsoleMessage(message, number)], this.indent);
    const card = message.card ? await this.out.saveCard(message.card, number) : null;
    if (card) await this.out.write([`${' '.repeat(String(number).length + 3)}Card picture: ${card}`], this.indent);
    return { messageId: this.out.messageId(number), threadId: this.threadId };
  }

  async thread(on: MessageRef, title: string): Promise<ReplyChannel> {
    if (this.threadId !== null) return this;
    await this.out.write(['', `  ┌ ${title} (reply with #N to ask about message [N])`]);
    return new ConsoleReplyChannel(this.out, on.messageId);
  }

  async sendPrivate(message: ReplyMessage): Promise<void> {
    await this.send(message);
  }

  async progress(text: string): Promise<Progress> {
    await this.out.write([`… ${text}`], this.indent);
    return {
      update: async (next) => {
        await this.out.write([`… ${next}`], this.indent);
      },
      done: async () => {},
    };
  }
}

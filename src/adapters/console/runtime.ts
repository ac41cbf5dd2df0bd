/**
 * The console adapter: a terminal chat that behaves like a DM. Reads one message per line (a block
 * between two lines of `"""` is one message, for pasting a resume or a job description), answers them
 * in order, and finishes after answering the last line at end of input, so piped stdin works.
 */
import { randomUUID } from 'node:crypto';
import { userInfo } from 'node:os';
import { createInterface, type Interface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import type { Engine, PlatformRuntime } from '../../core/conversation/types.js';
import { ConsoleOutput, ConsoleReplyChannel } from './channel.js';
import { lineToEvent, type ConsoleIdentity } from './events.js';

export interface ConsoleRuntimeOptions {
  engine: Engine;
  input: Readable;
  output: Writable;
  cwd?: string;
  /** Show a prompt and banner (default: when the input is a TTY). */
  interactive?: boolean;
  identity?: Partial<ConsoleIdentity>;
  /** Where card pictures are written (default: a folder in the OS temp directory). */
  cardDir?: string;
}

export interface ConsoleRuntime extends PlatformRuntime {
  /** Resolves once the input ended and every line has been answered (or stop() was called). */
  readonly finished: Promise<void>;
}

const BLOCK_FENCE = '"""';

function defaultUserName(): string | null {
  try {
    return userInfo().username;
  } catch {
    return null;
  }
}

export function createConsoleRuntime(options: ConsoleRuntimeOptions): ConsoleRuntime {
  const { engine, input, output, cwd = process.cwd() } = options;
  const interactive = options.interactive ?? Boolean((input as Readable & { isTTY?: boolean }).isTTY);
  // A stable identity, so a restart with the SQLite store continues the same conversation.
  const identity: ConsoleIdentity = {
    userId: 'console-user',
    userName: defaultUserName(),
    conversationId: 'console',
    ...options.identity,
  };
  const runId = randomUUID().slice(0, 8);
  const out = new ConsoleOutput(output, `${runId}-`, options.cardDir);
  let seq = 0;
  let rl: Interface | null = null;
  let queue: Promise<void> = Promise.resolve();
  let block: string[] | null = null;
  let resolveFinished!: () => void;
  const finished = new Promise<void>((resolve) => {
    resolveFinished = resolve;
  });

  const prompt = () => {
    if (interactive && rl) rl.prompt();
  };

  async function answer(text: string): Promise<void> {
    if (!interactive)
      await out.write([
        '',
        `you> ${text.includes('\n') ? `${text.split('\n')[0]} … (${text.split('\n').length} lines)` : text}`,
      ]);
    seq += 1;
    const parsed = lineToEvent(
      text,
      { eventId: `console-${runId}-${seq}`, messageId: `u${seq}`, botMessagePrefix: `${runId}-` },
      identity,
      cwd,
    );
    if (parsed.kind === 'missing-file') {
      await out.write([`(no such file: ${parsed.path})`]);
      return;
    }
    await engine.handle(parsed.event, new ConsoleReplyChannel(out));
  }

  function onLine(line: string): void {
    if (line.trim() === BLOCK_FENCE) {
      if (block === null) {
        block = [];
        return;
      }
      const text = block.join('\n');
      block = null;
      enqueue(text);
      return;
    }
    if (block !== null) {
      block.push(line);
      return;
    }
    if (line.trim() === '') {
      prompt();
      return;
    }
    enqueue(line);
  }

  function enqueue(text: string): void {
    queue = queue
      .then(() => answer(text))
      .catch(() => {})
      .then(prompt);
  }

  return {
    platform: 'console',
    finished,
    async start() {
      if (rl) return;
      if (interactive) {
        await out.write([
          'resume-coach in your terminal. Try: /check examples/backend-weak.pdf, then ask "how do I quantify this".',
          'Reply to a numbered message with "#N your question"; paste multi-line text between two """ lines; /help lists commands; Ctrl-D quits.',
        ]);
      }
      rl = createInterface({ input, terminal: interactive, ...(interactive ? { output, prompt: 'you> ' } : {}) });
      rl.on('line', onLine);
      // In a terminal, readline swallows Ctrl-C: treat it like Ctrl-D (finish the current answer, then quit).
      rl.on('SIGINT', () => rl?.close());
      rl.on('close', () => {
        if (block !== null && block.length > 0) enqueue(block.join('\n'));
        block = null;
        void queue.then(() => resolveFinished());
      });
      prompt();
    },
    async stop() {
      rl?.close();
      await queue;
      resolveFinished();
    },
  };
}

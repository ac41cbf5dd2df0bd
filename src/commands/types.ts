/** One module per command: metadata (for help and native slash commands), a zod schema for its arguments, run(ctx). */
import type { z } from 'zod';
import { CodedError } from '../core/errors.js';
import type { EngineCommand } from '../core/conversation/command-table.js';
import type { Context } from '../core/conversation/context.js';
import type { CommandSpec } from '../core/conversation/types.js';

export interface Command<A> extends CommandSpec {
  /** Other names that reach it (not advertised), e.g. Telegram's /start for help. */
  aliases?: readonly string[];
  schema: z.ZodType<A>;
  /** Raw argument text → what the schema validates. Default: the text under the first string argument's name. */
  input?: (raw: string) => unknown;
  run(ctx: Context, args: A): Promise<void>;
}

/** A command with its argument type erased, ready for the engine's router. */
export type AnyCommand = EngineCommand;

function defaultInput(spec: CommandSpec, raw: string): Record<string, string> {
  const first = spec.args.find((a) => a.type === 'string');
  const text = raw.trim();
  return first && text !== '' ? { [first.name]: text } : {};
}

export function defineCommand<A>(command: Command<A>): AnyCommand {
  const { name, description, usage, args, aliases = [], private: audience } = command;
  return {
    name,
    description,
    usage,
    args,
    aliases,
    ...(audience ? { private: audience } : {}),
    async invoke(ctx, raw) {
      const input = command.input ? command.input(raw) : defaultInput(command, raw);
      const parsed = command.schema.safeParse(input);
      if (!parsed.success) {
        const reason = parsed.error.issues[0]?.message ?? 'That did not look right.';
        throw new CodedError('bad-arguments', `${reason} Usage: ${usage}`, { context: { command: name } });
      }
      await command.run(ctx, parsed.data);
    },
  };
}

/**
 * The engine's view of a command, and the routing table built from the list the composition root (src/main.ts)
 * wires in. The engine never imports src/commands: commands depend on the core, not the reverse.
 */
import type { Context } from './context.js';
import type { CommandSpec } from './types.js';

/** What the engine needs of a command: its spec, other names that reach it, and how to run it on raw text. */
export interface EngineCommand extends CommandSpec {
  readonly aliases: readonly string[];
  invoke(ctx: Context, raw: string): Promise<void>;
}

/** Commands the engine routes plain messages to (files → check, a pasted job description → jd, …). */
export const ROUTED_COMMANDS: readonly string[] = ['check', 'jd', 'ask', 'help'];

/** Name and alias → command. Throws on a name used twice and on a routed command that is missing. */
export function commandTable(commands: readonly EngineCommand[]): Map<string, EngineCommand> {
  const table = new Map<string, EngineCommand>();
  for (const command of commands) {
    for (const name of [command.name, ...command.aliases]) {
      const taken = table.get(name);
      if (taken) throw new Error(`command name /${name} is used by both /${taken.name} and /${command.name}`);
      table.set(name, command);
    }
  }
  const missing = ROUTED_COMMANDS.filter((name) => !table.has(name));
  if (missing.length > 0) throw new Error(`the engine routes to ${missing.map((n) => `/${n}`).join(', ')}: wire it in`);
  return table;
}

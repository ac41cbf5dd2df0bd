/** The command registry: the engine routes to these; help and native slash commands are generated from them. */
import type { CommandSpec } from '../core/conversation/types.js';
import { askCommand } from './ask.js';
import { checkCommand } from './check.js';
import { forgetCommand } from './forget.js';
import { helpCommand } from './help.js';
import { jdCommand } from './jd.js';
import { privacyCommand } from './privacy.js';
import { roleCommand } from './role.js';
import type { AnyCommand } from './types.js';

export const COMMANDS: readonly AnyCommand[] = [
  checkCommand,
  askCommand,
  roleCommand,
  jdCommand,
  forgetCommand,
  privacyCommand,
  helpCommand,
];

/** Plain metadata for adapters that register native commands (Discord/Slack slash commands, Telegram setMyCommands). */
export const COMMAND_SPECS: readonly CommandSpec[] = COMMANDS.map(
  ({ name, description, usage, args, private: audience }) => ({
    name,
    description,
    usage,
    args: args.map((a) => ({ ...a })),
    ...(audience ? { private: audience } : {}),
  }),
);

export { defineCommand, type AnyCommand } from './types.js';
export { helpItems } from './help.js';

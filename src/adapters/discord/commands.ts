/**
 * Engine command specs → Discord slash-command definitions (one source of truth for help and Discord).
 */
import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  type APIApplicationCommandBasicOption,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import type { CommandArgSpec, CommandSpec } from '../../core/conversation/types.js';
import { ROLE_IDS } from '../../core/roles/types.js';
import { DISCORD_LIMITS } from './limits.js';

const NAME_PATTERN = /^[-_\p{Ll}\p{N}]{1,32}$/u;

function commandName(name: string): string {
  const clean = name
    .toLowerCase()
    .replace(/^\//, '')
    .replace(/[^-_\p{Ll}\p{N}]+/gu, '-')
    .slice(0, 32);
  if (!NAME_PATTERN.test(clean)) throw new Error(`discord: "${name}" cannot be a slash command name`);
  return clean;
}

function description(text: string): string {
  const one = text.replace(/\s+/g, ' ').trim() || 'No description';
  return one.length <= DISCORD_LIMITS.commandDescription
    ? one
    : `${one.slice(0, DISCORD_LIMITS.commandDescription - 1)}…`;
}

function choicesFor(arg: CommandArgSpec, commandName: string): readonly string[] | undefined {
  if (arg.choices && arg.choices.length > 0) return arg.choices;
  // Role names are a closed list even if the spec does not say so.
  if (commandName === 'role' && arg.type === 'string') return ROLE_IDS;
  return undefined;
}

function option(arg: CommandArgSpec, command: string): APIApplicationCommandBasicOption {
  const base = { name: commandName(arg.name), description: description(arg.description), required: arg.required };
  if (arg.type === 'file') return { ...base, type: ApplicationCommandOptionType.Attachment };
  const choices = choicesFor(arg, command);
  if (choices && choices.length <= DISCORD_LIMITS.commandChoices) {
    return { ...base, type: ApplicationCommandOptionType.String, choices: choices.map((c) => ({ name: c, value: c })) };
  }
  return { ...base, type: ApplicationCommandOptionType.String };
}

export function slashCommands(specs: readonly CommandSpec[]): RESTPostAPIChatInputApplicationCommandsJSONBody[] {
  return specs.map((spec) => {
    const name = commandName(spec.name);
    // Discord wants required options before optional ones.
    const args = [...spec.args].sort((a, b) => Number(b.required) - Number(a.required));
    return {
      type: ApplicationCommandType.ChatInput,
      name,
      description: description(spec.description),
      options: args.map((arg) => option(arg, name)),
    };
  });
}

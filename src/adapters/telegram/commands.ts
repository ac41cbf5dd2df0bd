/** Engine command specs → Telegram's command menu (setMyCommands rules: [a-z0-9_]{1,32}, description 1–256). */
import type { BotCommand } from 'grammy/types';
import type { CommandSpec } from '../../core/conversation/types.js';
import { TELEGRAM_LIMITS } from './limits.js';

export function toBotCommands(specs: readonly CommandSpec[]): BotCommand[] {
  const seen = new Set<string>();
  const out: BotCommand[] = [];
  for (const spec of specs) {
    const command = spec.name.toLowerCase();
    if (!/^[a-z0-9_]+$/.test(command) || command.length > TELEGRAM_LIMITS.commandNameChars || seen.has(command))
      continue;
    seen.add(command);
    const text = spec.description.trim() || spec.usage.trim() || command;
    // The menu is metadata: a description past Telegram's cap is shortened, never a reply.
    const description =
      text.length > TELEGRAM_LIMITS.commandDescriptionChars
        ? `${text.slice(0, TELEGRAM_LIMITS.commandDescriptionChars - 1)}…`
        : text;
    out.push({ command, description });
  }
  return out.slice(0, TELEGRAM_LIMITS.maxCommands);
}

/**
 * Finds the command in an event: a native one the platform parsed, or "/name args" at the start of the
 * text after a leading mention ("<@U123>", "<@!123>", "@bot"), with Telegram's "/name@bot" form.
 * A bare command word ("@bot check") counts only when the message started with a mention.
 */
import type { CoreEvent } from './types.js';

export interface ParsedText {
  /** The text without leading mentions. */
  text: string;
  command: { name: string; args: string } | null;
}

const LEADING_MENTION = /^(?:<@[!&]?[A-Za-z0-9_.-]+(?:\|[^>]*)?>|@[A-Za-z0-9_.-]+)[\s,:]*/;
const SLASH_COMMAND = /^[/!]([A-Za-z][A-Za-z0-9_-]*)(?:@[A-Za-z0-9_]+)?(?=\s|$)\s*([\s\S]*)$/;
const BARE_COMMAND = /^([A-Za-z][A-Za-z0-9_-]*)(?=\s|$)\s*([\s\S]*)$/;

export function parseEventText(
  event: Pick<CoreEvent, 'text' | 'command'>,
  knownCommands: ReadonlySet<string>,
): ParsedText {
  let text = event.text.trim();
  let mentioned = false;
  for (let m = LEADING_MENTION.exec(text); m; m = LEADING_MENTION.exec(text)) {
    text = text.slice(m[0].length);
    mentioned = true;
  }
  if (event.command) {
    return {
      text,
      command: { name: event.command.name.replace(/^\//, '').toLowerCase(), args: event.command.args.trim() },
    };
  }
  const slash = SLASH_COMMAND.exec(text);
  if (slash?.[1] !== undefined) {
    return { text, command: { name: slash[1].toLowerCase(), args: (slash[2] ?? '').trim() } };
  }
  if (mentioned) {
    const bare = BARE_COMMAND.exec(text);
    const name = bare?.[1]?.toLowerCase();
    if (name !== undefined && knownCommands.has(name))
      return { text, command: { name, args: (bare?.[2] ?? '').trim() } };
  }
  return { text, command: null };
}

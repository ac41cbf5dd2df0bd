/**
 * One typed line → one CoreEvent. "/check PATH" (or just a PATH) attaches that local file; "#N text"
 * replies to the bot's message [N] (so "#4 how do I quantify this" asks about that section).
 */
import type { CoreEvent, IncomingFile } from '../../core/conversation/types.js';
import { isFilePath, localFile, looksLikePath, resolveTypedPath } from './files.js';

export interface ConsoleIdentity {
  userId: string;
  userName: string | null;
  conversationId: string;
}

export type ParsedLine = { kind: 'event'; event: CoreEvent } | { kind: 'missing-file'; path: string };

const CHECK_WITH_ARG = /^\/check(?:\s+)([\s\S]+)$/i;
const REPLY_TO = /^#(\d+)\s+([\s\S]+)$/;

export function lineToEvent(
  line: string,
  seq: { eventId: string; messageId: string; botMessagePrefix?: string },
  identity: ConsoleIdentity,
  cwd: string,
): ParsedLine {
  let text = line.trim();
  let replyTo: CoreEvent['replyTo'] = null;
  const reply = REPLY_TO.exec(text);
  if (reply?.[1] !== undefined && reply[2] !== undefined) {
    replyTo = { messageId: `${seq.botMessagePrefix ?? ''}${reply[1]}`, fromBot: true, text: null, files: [] };
    text = reply[2].trim();
  }
  let files: IncomingFile[] = [];
  const check = CHECK_WITH_ARG.exec(text);
  const candidate = check?.[1] ?? (looksLikePath(text) ? text : null);
  if (candidate !== null && !candidate.includes('\n')) {
    const path = resolveTypedPath(candidate, cwd);
    if (isFilePath(path)) {
      files = [localFile(path)];
      text = check ? '/check' : '';
    } else if (looksLikePath(candidate)) {
      return { kind: 'missing-file', path };
    }
  }
  return {
    kind: 'event',
    event: {
      id: seq.eventId,
      platform: 'console',
      user: { id: identity.userId, name: identity.userName },
      conversation: { id: identity.conversationId, kind: 'dm' },
      threadId: null,
      messageId: seq.messageId,
      replyTo,
      text,
      files,
      addressed: true,
      command: null,
    },
  };
}

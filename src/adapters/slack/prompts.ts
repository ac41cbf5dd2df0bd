/**
 * The adapter's own Slack messages (the /check flow and configuration hints). They contain deliberate
 * mentions of the requester, so they are built here as Slack markup instead of going through the escaping
 * renderer; user ids are validated before they are put in a mention.
 */
import type { SlackMessage } from './render.js';

const USER_ID = /^[UW][A-Z0-9]{2,}$/;

function mention(userId: string): string {
  return USER_ID.test(userId) ? `<@${userId}>` : 'you';
}

function message(text: string, note: string | null = null): SlackMessage {
  return {
    text,
    blocks: [
      { type: 'section', text: { type: 'mrkdwn', text, verbatim: true } },
      ...(note === null
        ? []
        : [{ type: 'context' as const, elements: [{ type: 'mrkdwn' as const, text: note, verbatim: true as const }] }]),
    ],
  };
}

/** Posted in the channel by `/check` with no text: the thread under it is where the file goes. */
export function checkPrompt(userId: string): SlackMessage {
  return message(
    `:page_facing_up: ${mention(userId)}, reply in this thread with your resume — upload a PDF or DOCX, or paste the text — and I'll review it right here.`,
    'Heads-up: people in this channel can read this thread. For a private review, send me the file in a direct message.',
  );
}

/** Posted in the channel by `/check <pasted text>`: the review follows in its thread. */
export function checkStarted(userId: string): SlackMessage {
  return message(`:mag: Checking ${mention(userId)}'s resume — the review follows in this thread.`);
}

/** The bot was asked to work where it cannot post: a channel it is not in, or someone else's DM. */
export function notInChannel(dm: boolean): SlackMessage {
  return message(
    dm
      ? ":wave: I can't post in this conversation. Open a direct message with me and send your resume there."
      : ":wave: I'm not a member of this channel, so I can't start a thread here. Invite me with `/invite` and my name, then run the command again — or send me your resume in a direct message.",
  );
}

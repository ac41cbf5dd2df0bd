/**
 * A stand-in Engine with the real engine's reply shape (summary as a reply, sections threaded under it,
 * follow-ups in context), used until src/core/conversation's createEngine can be imported.
 */
import { CodedError, isCodedError } from '../../../src/core/errors.js';
import type { CoreEvent, Engine, ReplyChannel } from '../../../src/core/conversation/types.js';
import type { ReplyMessage } from '../../../src/core/reply/types.js';

const CAP = 5_000_000;

const msg = (kind: ReplyMessage['kind'], title: string, text: string): ReplyMessage => ({
  kind,
  title,
  tone: 'info',
  blocks: [{ type: 'paragraph', text }],
});

export function createEchoEngine(): Engine & { handled: CoreEvent[] } {
  const sectionsByMessage = new Map<string, string>();
  const handled: CoreEvent[] = [];
  return {
    handled,
    commands: [
      { name: 'check', description: 'Check a resume', usage: '/check', args: [] },
      { name: 'help', description: 'What I can do', usage: '/help', args: [] },
    ],
    async handle(event: CoreEvent, channel: ReplyChannel): Promise<void> {
      handled.push(event);
      try {
        if (!event.addressed) return;
        const file = event.files[0] ?? event.replyTo?.files[0];
        if (file) {
          if (file.size !== null && file.size > CAP) throw new CodedError('too-large', 'That file is too large.');
          const progress = await channel.progress('Reading');
          const bytes = await file.fetch(CAP).finally(() => progress.done());
          if (new TextDecoder().decode(bytes.slice(0, 5)) !== '%PDF-') throw new CodedError('corrupt', 'I could not read that file.');
          const summary = await channel.send(msg('summary', 'Summary', `Read ${bytes.byteLength} bytes`), { replyTo: event.messageId });
          const thread = await channel.thread(summary, 'Review');
          for (const name of ['Experience', 'Skills']) {
            const ref = await thread.send(msg('section', name, `About ${name}`));
            sectionsByMessage.set(ref.messageId, name);
          }
          return;
        }
        const section = event.replyTo?.fromBot ? sectionsByMessage.get(event.replyTo.messageId) : undefined;
        await channel.send(msg('answer', 'Answer', `${section ?? 'general'}: ${event.text}`), { replyTo: event.messageId });
      } catch (err) {
        const text = isCodedError(err) ? err.userMessage : 'Something went wrong.';
        if (event.conversation.kind === 'dm') await channel.send(msg('error', 'Error', text), { replyTo: event.messageId });
        else await channel.sendPrivate(msg('error', 'Error', text));
      }
    },
  };
}

/**
 * The one plain-text rendering of reply blocks: the CLI, the console adapter and every adapter without markup
 * use it. No colours, no markup; the terminal or client wraps long lines itself.
 */
import type { Block, ReplyDocument, ReplyMessage } from './types.js';

/** Short and loud: the terminal has no colour to carry severity. */
const SEVERITY_TAG = { high: 'HIGH', medium: 'MED', low: 'LOW' } as const;

/** One block as plain lines ('' is a blank line). */
export function plainBlockLines(block: Block): string[] {
  switch (block.type) {
    case 'paragraph':
      return block.text.split('\n');
    case 'heading':
      return ['', block.text];
    case 'list':
      return block.items.map((item, i) => `${block.ordered ? `${i + 1}.` : '•'} ${item}`);
    case 'quote':
      return block.text.split('\n').map((line) => `> ${line}`);
    case 'finding': {
      const lines = [`[${SEVERITY_TAG[block.severity]}] ${block.title}`];
      if (block.evidence) lines.push(`    "${block.evidence}"`);
      if (block.suggestion) lines.push(`    → ${block.suggestion}`);
      return lines;
    }
    case 'rewrite':
      return [
        ...(block.before ? [`    before: ${block.before}`] : []),
        `    after:  ${block.after}`,
        ...(block.note ? [`    ${block.note}`] : []),
      ];
    case 'fields':
      return [block.fields.map((f) => `${f.label}: ${f.value}`).join(' · ')];
    case 'context':
      return [`(${block.text})`];
    case 'divider':
      return ['────────'];
  }
}

/** A message's body lines, with runs of blank lines collapsed to one and none at the start. */
export function plainBodyLines(message: ReplyMessage): string[] {
  const lines = message.blocks.flatMap(plainBlockLines);
  return lines.filter((line, i) => line !== '' || (i > 0 && lines[i - 1] !== ''));
}

export function renderMessage(message: ReplyMessage): string {
  return [`== ${message.title} ==`, ...plainBodyLines(message)].join('\n');
}

function isDocument(value: ReplyMessage | ReplyDocument): value is ReplyDocument {
  return 'messages' in value;
}

/** A message or a whole document as plain text (messages separated by a blank line). */
export function renderPlainText(value: ReplyMessage | ReplyDocument): string {
  return isDocument(value) ? value.messages.map(renderMessage).join('\n\n') : renderMessage(value);
}

/** The plain-text renderer used by the CLI and the console adapter. No colours, no markup. */
import type { Block, ReplyDocument, ReplyMessage } from './types.js';
import { SEVERITY_LABELS, ruleLabel } from './labels.js';

function indent(text: string, prefix: string): string {
  return text
    .split('\n')
    .map((l) => (l ? `${prefix}${l}` : l))
    .join('\n');
}

function renderBlock(block: Block): string {
  switch (block.type) {
    case 'paragraph':
      return block.text;
    case 'heading':
      return `${block.text}\n${'-'.repeat(Math.min(60, block.text.length))}`;
    case 'list':
      return block.items.map((item, i) => `${block.ordered ? `${i + 1}.` : '-'} ${item}`).join('\n');
    case 'quote':
      return indent(`"${block.text}"`, '  > ');
    case 'finding': {
      const lines = [`[${SEVERITY_LABELS[block.severity]}] ${ruleLabel(block.rule)}: ${block.title}`];
      if (block.evidence) lines.push(`    Evidence: "${block.evidence}"`);
      if (block.suggestion) lines.push(`    Fix: ${block.suggestion}`);
      return lines.join('\n');
    }
    case 'rewrite':
      return [`  Rewrite: ${block.after}`, ...(block.note ? [`  (${block.note})`] : [])].join('\n');
    case 'fields': {
      const width = Math.max(...block.fields.map((f) => f.label.length));
      return block.fields.map((f) => `${`${f.label}:`.padEnd(width + 1)} ${f.value}`).join('\n');
    }
    case 'context':
      return `(${block.text})`;
    case 'divider':
      return '';
  }
}

export function renderMessage(message: ReplyMessage): string {
  const title = `== ${message.title} ==`;
  const body = message.blocks.map(renderBlock).filter((b, i, all) => b !== '' || (i > 0 && all[i - 1] !== ''));
  return [title, ...body].join('\n');
}

function isDocument(value: ReplyMessage | ReplyDocument): value is ReplyDocument {
  return 'messages' in value;
}

/** A message or a whole document as plain text (messages separated by a blank line). */
export function renderPlainText(value: ReplyMessage | ReplyDocument): string {
  return isDocument(value) ? value.messages.map(renderMessage).join('\n\n') : renderMessage(value);
}

/** The console's native rendering: plain text lines (the terminal wraps long lines itself). */
import type { Block, ReplyMessage } from '../../core/reply/types.js';

const SEVERITY_LABEL = { high: 'HIGH', medium: 'MED', low: 'LOW' } as const;

function blockLines(block: Block): string[] {
  switch (block.type) {
    case 'paragraph':
      return block.text.split('\n');
    case 'heading':
      return ['', `${block.text}`];
    case 'list':
      return block.items.map((item, i) => `${block.ordered ? `${i + 1}.` : '•'} ${item}`);
    case 'quote':
      return block.text.split('\n').map((line) => `> ${line}`);
    case 'finding': {
      const lines = [`[${SEVERITY_LABEL[block.severity]}] ${block.title}`];
      if (block.evidence) lines.push(`    "${block.evidence}"`);
      if (block.suggestion) lines.push(`    → ${block.suggestion}`);
      return lines;
    }
    case 'rewrite':
      return [
        `    before: ${block.before}`,
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

/** "[3] Title" then the body, every line indented under the number. */
export function renderConsoleMessage(message: ReplyMessage, number: number): string[] {
  const head = `[${number}] ${message.title}`;
  const pad = ' '.repeat(String(number).length + 3);
  return [head, ...message.blocks.flatMap(blockLines).map((line) => (line === '' ? '' : `${pad}${line}`))];
}

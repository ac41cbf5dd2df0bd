/** The console's framing of the core's plain-text rendering: "[3] Title", then the body indented under the number. */
import { plainBodyLines } from '../../core/reply/render-text.js';
import type { ReplyMessage } from '../../core/reply/types.js';

export function renderConsoleMessage(message: ReplyMessage, number: number): string[] {
  const head = `[${number}] ${message.title}`;
  const pad = ' '.repeat(String(number).length + 3);
  return [head, ...plainBodyLines(message).map((line) => (line === '' ? '' : `${pad}${line}`))];
}

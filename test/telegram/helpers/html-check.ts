/** An independent checker for what Telegram's HTML parser accepts from us. */
const ALLOWED = new Set(['b', 'i', 'code', 'blockquote']);

/** Null when the HTML is valid: only allowed tags, properly nested and closed, every & < > escaped. */
export function htmlProblem(html: string): string | null {
  const stack: string[] = [];
  const tokens = html.split(/(<[^<>]*>)/);
  for (const token of tokens) {
    const tag = /^<(\/?)([a-z]+)>$/.exec(token);
    if (tag) {
      const [, closing, name = ''] = tag;
      if (!ALLOWED.has(name)) return `tag <${name}> not allowed`;
      if (closing) {
        if (stack.pop() !== name) return `</${name}> closes the wrong tag`;
      } else stack.push(name);
      continue;
    }
    if (/[<>]/.test(token)) return `raw angle bracket in ${JSON.stringify(token.slice(0, 40))}`;
    if (/&(?!(?:lt|gt|amp|quot);)/.test(token)) return `raw & in ${JSON.stringify(token.slice(0, 40))}`;
  }
  return stack.length === 0 ? null : `unclosed <${stack.join('>, <')}>`;
}

/** The text Telegram would show: tags dropped, entities decoded. */
export function visibleText(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
}

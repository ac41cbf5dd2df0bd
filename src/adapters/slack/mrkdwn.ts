/**
 * Slack mrkdwn text helpers. Slack treats `&`, `<` and `>` as control characters: `<!channel>`, `<@U…>` and
 * `<url|label>` are mentions and links. Escaping them in user text is what stops a resume line from pinging a
 * channel. Nothing else is escaped (Slack has no escape for `*` or `_`).
 */
export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * Turns the text of an incoming Slack message back into what the user typed: links and mentions become their
 * labels, entities are decoded. `botUserId`'s mention is removed entirely.
 */
export function slackTextToPlain(text: string, botUserId: string | null = null): string {
  let out = text;
  if (botUserId !== null) out = out.split(`<@${botUserId}>`).join('');
  out = out.replace(/<([^<>]*)>/g, (_whole, inner: string) => {
    const [target = '', label] = inner.split('|', 2);
    if (label !== undefined && label !== '') return label;
    if (target.startsWith('@')) return target;
    if (target.startsWith('#')) return target;
    if (target.startsWith('!')) return `@${target.slice(1).split('^')[0] ?? ''}`;
    return target.replace(/^mailto:/, '');
  });
  return out.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&').trim();
}

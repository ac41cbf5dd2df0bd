/** slack/manifest.yml stays in step with what the adapter listens to and what the docs justify. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SLACK_BOT_SCOPES } from '../../src/adapters/slack/scopes.js';

const manifest = readFileSync(new URL('../../slack/manifest.yml', import.meta.url), 'utf8');
const docs = readFileSync(new URL('../../docs/setup-slack.md', import.meta.url), 'utf8');

/** The "- item" lines right under `key:` (this manifest's simple YAML lists). */
function listUnder(key: string): string[] {
  const lines = manifest.split('\n');
  const start = lines.findIndex((l) => l.trim() === `${key}:`);
  expect(start).toBeGreaterThan(-1);
  const items: string[] = [];
  for (const line of lines.slice(start + 1)) {
    const m = /^\s*-\s+([^\s#]+)/.exec(line);
    if (!m?.[1]) break;
    items.push(m[1]);
  }
  return items;
}

describe('slack/manifest.yml', () => {
  it('requests exactly the bot scopes the adapter needs, each justified in the docs', () => {
    const scopes = listUnder('bot');
    // The adapter's one list (an OAuth install asks for it) is what the manifest requests.
    expect([...scopes].sort()).toEqual([...SLACK_BOT_SCOPES].sort());
    for (const scope of scopes) expect(docs).toContain(`| \`${scope}\` |`);
  });

  it('subscribes to the events the adapter handles', () => {
    expect(listUnder('bot_events').sort()).toEqual([
      'app_mention',
      'app_uninstalled',
      'message.channels',
      'message.groups',
      'message.im',
      'tokens_revoked',
    ]);
  });

  it('sends OAuth installs back to /slack/oauth_redirect', () => {
    expect(listUnder('redirect_urls')).toEqual(['https://coach.example.com/slack/oauth_redirect']);
  });

  it('declares /check and /resume at /slack/events, interactivity off, Socket Mode off by default', () => {
    expect(manifest.match(/- command: (\/\w+)/g)).toEqual(['- command: /check', '- command: /resume']);
    for (const url of manifest.match(/url: (\S+)/g) ?? []) expect(url).toMatch(/\/slack\/events$/);
    expect(manifest).toMatch(/interactivity:\n(?:\s+#.*\n)*\s+is_enabled: false/);
    expect(manifest).toMatch(/socket_mode_enabled: false/);
    expect(manifest).not.toMatch(/\t/);
  });
});

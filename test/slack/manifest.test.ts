/** slack/manifest.yml stays in step with what the adapter listens to and what the docs justify. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

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
    expect([...scopes].sort()).toEqual([
      'app_mentions:read',
      'channels:history',
      'chat:write',
      'commands',
      'files:read',
      'files:write',
      'groups:history',
      'im:history',
    ]);
    for (const scope of scopes) expect(docs).toContain(`| \`${scope}\` |`);
  });

  it('subscribes to the events the adapter handles', () => {
    expect(listUnder('bot_events').sort()).toEqual(['app_mention', 'message.channels', 'message.groups', 'message.im']);
  });

  it('declares /check and /resume at /slack/events, interactivity off, Socket Mode off by default', () => {
    expect(manifest.match(/- command: (\/\w+)/g)).toEqual(['- command: /check', '- command: /resume']);
    for (const url of manifest.match(/url: (\S+)/g) ?? []) expect(url).toMatch(/\/slack\/events$/);
    expect(manifest).toMatch(/interactivity:\n(?:\s+#.*\n)*\s+is_enabled: false/);
    expect(manifest).toMatch(/socket_mode_enabled: false/);
    expect(manifest).not.toMatch(/\t/);
  });
});

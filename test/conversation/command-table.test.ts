import { describe, expect, it } from 'vitest';
import { COMMANDS, defineCommand } from '../../src/commands/index.js';
import { z } from 'zod';
import { commandTable } from '../../src/core/conversation/command-table.js';
import { createEngine } from '../../src/core/conversation/engine.js';
import { ConversationStore } from '../../src/core/conversation/store/conversation-store.js';
import { openStore } from '../../src/core/conversation/store/kv.js';
import { createFakeAnalyzer } from './fake-analyzer.js';

const extra = (name: string, aliases: string[] = []) =>
  defineCommand({
    name,
    description: 'test',
    usage: `/${name}`,
    args: [],
    aliases,
    schema: z.object({}),
    run: async () => {},
  });

describe('the command table the engine is given', () => {
  it('routes every name and alias of the wired-in commands', () => {
    const table = commandTable(COMMANDS);
    expect(table.get('check')?.name).toBe('check');
    expect(table.get('start')?.name).toBe('help');
  });
  it('rejects a name used twice, as a name or as an alias', () => {
    expect(() => commandTable([...COMMANDS, extra('check')])).toThrow(/\/check is used by both/);
    expect(() => commandTable([...COMMANDS, extra('begin', ['start'])])).toThrow(/\/start is used by both/);
  });
  it('rejects a list without the commands the engine routes plain messages to', () => {
    expect(() => commandTable(COMMANDS.filter((c) => c.name !== 'ask'))).toThrow(/\/ask/);
  });
  it('makes createEngine fail at start-up, not on the first message', async () => {
    const store = new ConversationStore(await openStore('memory://'));
    expect(() => createEngine({ store, analyzer: createFakeAnalyzer(), commands: [...COMMANDS, extra('jd')] })).toThrow(
      /\/jd is used by both/,
    );
  });
});

/**
 * Bolt's logger interface on top of our pino logger. Debug output from the Slack libraries is dropped:
 * it contains raw request and response bodies (resume text, file URLs).
 */
import { LogLevel, type Logger as BoltLogger } from '@slack/bolt';
import type { Logger } from '../../core/log.js';

export function boltLogger(log: Logger): BoltLogger {
  const child = log.child({ lib: 'slack' });
  let level: LogLevel = LogLevel.INFO;
  const line = (msgs: unknown[]): string =>
    msgs.map((m) => (m instanceof Error ? `${m.name}: ${m.message}` : String(m))).join(' ');
  return {
    debug: () => {},
    info: (...msgs: unknown[]) => child.info(line(msgs)),
    warn: (...msgs: unknown[]) => child.warn(line(msgs)),
    error: (...msgs: unknown[]) => child.error(line(msgs)),
    setLevel: (next: LogLevel) => {
      level = next;
    },
    getLevel: () => level,
    setName: () => {},
  };
}

/** Listening on a port the operator chose: a taken or forbidden port becomes one line naming its variable. */
import { ConfigError } from '../../core/env.js';

/** `err` from server.listen → a ConfigError for EADDRINUSE / EACCES, else `err` unchanged. */
export function explainListenError(err: unknown, variable: string, port: number): unknown {
  const code = typeof err === 'object' && err !== null && 'code' in err ? err.code : null;
  if (code === 'EADDRINUSE')
    return new ConfigError(variable, `port ${port} is already in use; set ${variable} to a free port`);
  if (code === 'EACCES')
    return new ConfigError(variable, `port ${port} needs privileges; set ${variable} to a port above 1023`);
  return err;
}

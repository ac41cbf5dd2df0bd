/** The console adapter: the terminal as a DM with the bot (used by `npm start` when no platform token is set). */
export { createConsoleRuntime, type ConsoleRuntime, type ConsoleRuntimeOptions } from './runtime.js';
export { ConsoleReplyChannel, ConsoleOutput, CONSOLE_CAPABILITIES, CONSOLE_LIMITS } from './channel.js';
export { renderConsoleMessage } from './render.js';
export { lineToEvent, type ConsoleIdentity, type ParsedLine } from './events.js';
export { localFile, resolveTypedPath } from './files.js';

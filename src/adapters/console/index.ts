/** The console adapter: the terminal as a DM with the bot (used by `npm start` when no platform token is set). */
export { createConsoleRuntime, type ConsoleRuntime } from './runtime.js';

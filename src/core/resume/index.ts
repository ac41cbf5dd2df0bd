export { parseResume, parseResumeText } from './parse.js';
export { SECTION_KINDS } from './types.js';
export type { Entry } from './types.js';

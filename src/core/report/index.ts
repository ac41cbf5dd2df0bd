export * from './schema.js';
export { toReport } from './to-report.js';

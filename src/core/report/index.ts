export * from './schema.js';
export { toReport, type ToReportInput, type CoverageItem } from './to-report.js';

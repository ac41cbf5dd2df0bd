/** The core's public API: everything adapters, commands and scripts need, nothing platform-specific. */
export { CodedError, isCodedError, ERROR_CODES, type ErrorCode } from './errors.js';
export { analyzeFile, analyzeText, type Analysis, type AnalyzeOptions } from './pipeline.js';
export { extractFile, extractPastedText, shutdownExtractors } from './extract/index.js';
export { parseResume } from './resume/index.js';
export type { Resume, Section, Entry, Contact, SectionKind } from './resume/types.js';
export {
  reviewResume,
  rewriteBullet,
  compareReports,
  matchJobDescription,
  type Review,
  type ReviewOptions,
  type ReviewDelta,
  type BulletRewrite,
  type BulletRewriteRef,
} from './review/index.js';
export {
  reportSchema,
  toReport,
  type Report,
  type ReportFinding,
  type JobMatch,
  type ScoreBreakdown,
} from './report/index.js';
export {
  buildReviewDocument,
  deltaMessage,
  renderPlainText,
  type ReplyDocument,
  type ReplyMessage,
  type Block,
  type Tone,
} from './reply/index.js';
export {
  ROLE_IDS,
  ROLE_PROFILES,
  getRoleProfile,
  detectRole,
  resolveRole,
  parseRoleId,
  isRoleId,
  type RoleId,
  type RoleProfile,
  type RoleInfo,
} from './roles/index.js';
export { RULES, runRules, getRule, type Finding, type Rule, type Severity } from './rules/index.js';

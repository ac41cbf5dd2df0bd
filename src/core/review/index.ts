export { reviewResume } from './review.js';
export { rewriteBullet, REWRITE_VOCABULARY, type BulletRewrite } from './rewrite.js';
export { matchJobDescription, splitJobDescription, techTermsIn, STUFFING_THRESHOLD } from './match.js';
export { compareReports, type ReviewDelta, type DeltaFinding } from './delta.js';
export {
  scoreOverall,
  scoreSection,
  bulletCount,
  BULLET_WEIGHT,
  FINDING_POINTS,
  RULE_CAP,
  COVERAGE_WEIGHT,
  SECTION_FACTOR,
} from './score.js';
export { strengths, topFixes, formatFix, type TopFix } from './summary.js';
export type { Review, ReviewOptions, BulletRewriteRef } from './types.js';

export { reviewResume } from './review.js';
export { rewriteBullet, type BulletRewrite } from './rewrite.js';
export { matchJobDescription } from './match.js';
export { compareReports, type ReviewDelta } from './delta.js';
export type { Review, ReviewOptions, BulletRewriteRef } from './types.js';

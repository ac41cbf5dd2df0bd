import type { Report, JobMatch } from '../report/schema.js';
import type { Resume } from '../resume/types.js';
import type { PillarCoverage } from '../roles/coverage.js';
import type { RoleInfo } from '../roles/detect.js';
import type { RoleId } from '../roles/types.js';
import type { Finding } from '../rules/types.js';
import type { BulletRewrite } from './rewrite.js';

export interface ReviewOptions {
  /** Review against this role instead of the detected one. */
  role?: RoleId | null;
  /** Job-description text: adds `report.match`. */
  jobDescription?: string | null;
  /** The date "present" means for date rules (tests pin it). */
  now?: Date;
}

/** A rewrite of one bullet, with where the bullet is and which findings it answers. */
export interface BulletRewriteRef extends BulletRewrite {
  sectionIndex: number;
  entryIndex: number;
  bulletIndex: number;
  before: string;
  rules: string[];
}

/** Everything a review produced. Presentation (the reply document) is built from it, outside review. */
export interface Review {
  report: Report;
  /** All findings, rewrites attached to weak-bullet findings' `suggestion`. */
  findings: Finding[];
  role: RoleInfo;
  rewrites: BulletRewriteRef[];
  coverage: PillarCoverage[];
  match: JobMatch | null;
  resume: Resume;
}

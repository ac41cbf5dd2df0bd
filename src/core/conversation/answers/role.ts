import { getRoleProfile, isRoleId, type RoleProfile } from '../../roles/index.js';
import type { ReportView } from './view.js';

/** The role profile the report was reviewed against (general when the id is unknown). */
export function roleFor(report: ReportView): RoleProfile {
  return getRoleProfile(isRoleId(report.role.id) ? report.role.id : 'general');
}

/** "a Backend engineer reviewer", or "a reviewer" when the review used the general profile. */
export function reviewerPhrase(report: ReportView): string {
  const role = roleFor(report);
  return role.id === 'general' ? 'a reviewer' : `a ${role.label} reviewer`;
}

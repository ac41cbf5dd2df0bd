import { getRoleProfile, isRoleId, type RoleProfile } from '../../roles/index.js';
import type { ReportView } from './view.js';

/** The role profile the report was reviewed against (general when the id is unknown). */
export function roleFor(report: ReportView): RoleProfile {
  return getRoleProfile(isRoleId(report.role.id) ? report.role.id : 'general');
}

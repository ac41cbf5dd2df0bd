import { getRoleProfile } from '../../roles/index.js';
import { ROLE_IDS, type RoleId, type RoleProfile } from '../../roles/types.js';
import type { ReportView } from './view.js';

function isRoleId(id: string): id is RoleId {
  return (ROLE_IDS as readonly string[]).includes(id);
}

/** The role profile the report was reviewed against (general when the id is unknown). */
export function roleFor(report: ReportView): RoleProfile {
  return getRoleProfile(isRoleId(report.role.id) ? report.role.id : 'general');
}

export * from './types.js';
export { ROLE_PROFILES, getRoleProfile, isRoleId, parseRoleId } from './registry.js';
export { detectRole, resolveRole, scoreRoles, type RoleDetection, type RoleInfo, type RoleSource } from './detect.js';
export { computeCoverage, type PillarCoverage } from './coverage.js';

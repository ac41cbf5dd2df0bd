export * from './types.js';
export { ROLE_PROFILES, getRoleProfile, isRoleId, parseRoleId } from './registry.js';
export { detectRole, resolveRole, type RoleInfo } from './detect.js';

import { z } from 'zod';
import { ROLE_IDS, roleProfileSchema, type RoleId, type RoleProfile } from './types.js';
import {
  analyst,
  api,
  backend,
  data,
  design,
  education,
  embedded,
  finance,
  frontend,
  fullstack,
  general,
  healthcare,
  marketing,
  ml,
  mobile,
  operations,
  product,
  qa,
  sales,
  security,
  service,
  software,
  sre,
  student,
  vision,
} from './profiles/index.js';

/** Every profile, validated once at load: a typo in the data fails fast instead of silently weakening a review. */
const registrySchema = z
  .array(roleProfileSchema)
  .refine((list) => ROLE_IDS.every((id) => list.some((p) => p.id === id)), { message: 'a role id has no profile' })
  .refine((list) => new Set(list.map((p) => p.id)).size === list.length, { message: 'duplicate role id' });

export const ROLE_PROFILES: readonly RoleProfile[] = Object.freeze(
  registrySchema.parse([
    backend,
    software,
    fullstack,
    frontend,
    api,
    data,
    sre,
    mobile,
    ml,
    embedded,
    vision,
    security,
    qa,
    analyst,
    product,
    design,
    marketing,
    sales,
    finance,
    education,
    healthcare,
    operations,
    service,
    student,
    general,
  ]),
);

const byId = new Map<RoleId, RoleProfile>(ROLE_PROFILES.map((p) => [p.id, p]));

export function getRoleProfile(id: RoleId): RoleProfile {
  const profile = byId.get(id);
  if (!profile) throw new Error(`no role profile for ${id}`);
  return profile;
}

export function isRoleId(value: string): value is RoleId {
  return (ROLE_IDS as readonly string[]).includes(value);
}

/** Parses user input such as "Backend", "full-stack" or "SRE" into a role id, or null. */
export function parseRoleId(input: string): RoleId | null {
  const key = input
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, '');
  const aliases: Record<string, RoleId> = {
    backend: 'backend',
    be: 'backend',
    server: 'backend',
    software: 'software',
    swe: 'software',
    sde: 'software',
    fullstack: 'fullstack',
    fs: 'fullstack',
    web: 'fullstack',
    frontend: 'frontend',
    fe: 'frontend',
    ui: 'design',
    api: 'api',
    integrations: 'api',
    data: 'data',
    dataengineer: 'data',
    analytics: 'analyst',
    sre: 'sre',
    devops: 'sre',
    platform: 'sre',
    infra: 'sre',
    infrastructure: 'sre',
    mobile: 'mobile',
    ios: 'mobile',
    android: 'mobile',
    ml: 'ml',
    ai: 'ml',
    machinelearning: 'ml',
    datascience: 'analyst',
    datascientist: 'analyst',
    dataanalyst: 'analyst',
    analyst: 'analyst',
    bi: 'analyst',
    embedded: 'embedded',
    firmware: 'embedded',
    robotics: 'embedded',
    hardware: 'embedded',
    vision: 'vision',
    computervision: 'vision',
    cv: 'vision',
    perception: 'vision',
    security: 'security',
    cybersecurity: 'security',
    infosec: 'security',
    appsec: 'security',
    qa: 'qa',
    test: 'qa',
    testing: 'qa',
    tester: 'qa',
    sdet: 'qa',
    product: 'product',
    pm: 'product',
    productmanager: 'product',
    design: 'design',
    designer: 'design',
    ux: 'design',
    uxui: 'design',
    uiux: 'design',
    marketing: 'marketing',
    sales: 'sales',
    salesperson: 'sales',
    accountexecutive: 'sales',
    ae: 'sales',
    sdr: 'sales',
    bdr: 'sales',
    businessdevelopment: 'sales',
    finance: 'finance',
    accounting: 'finance',
    accountant: 'finance',
    actuarial: 'finance',
    actuary: 'finance',
    education: 'education',
    teaching: 'education',
    teacher: 'education',
    healthcare: 'healthcare',
    health: 'healthcare',
    nurse: 'healthcare',
    nursing: 'healthcare',
    medical: 'healthcare',
    operations: 'operations',
    ops: 'operations',
    logistics: 'operations',
    supplychain: 'operations',
    service: 'service',
    customerservice: 'service',
    retail: 'service',
    support: 'service',
    student: 'student',
    graduate: 'student',
    newgrad: 'student',
    intern: 'student',
    general: 'general',
    other: 'general',
  };
  return aliases[key] ?? null;
}

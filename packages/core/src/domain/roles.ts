/** The four roles of Lens, from most to least privileged. */
export const ROLES = ['admin', 'analyst', 'monitor', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

/** Who may call something: the public, or any signed-in user holding one of these roles. */
export type Access = 'public' | readonly Role[];

export const ALL_ROLES: readonly Role[] = ROLES;
/** Who reads published analysis (assessments, forecasts, alerts, networks, plans). */
export const READER_ROLES: readonly Role[] = ['admin', 'analyst', 'viewer'];
/** Who does analysis (verifies reports, moves alerts, edits plans and the registry). */
export const ANALYST_ROLES: readonly Role[] = ['admin', 'analyst'];
/** Who submits field reports. */
export const SUBMITTER_ROLES: readonly Role[] = ['admin', 'analyst', 'monitor'];

export const isRole = (value: string): value is Role =>
  (ROLES as readonly string[]).includes(value);

export function allows(access: Access, role: Role | undefined): boolean {
  if (access === 'public') return true;
  return role !== undefined && access.includes(role);
}

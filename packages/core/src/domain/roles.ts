/** The four roles of Lens, from most to least privileged. */
export const ROLES = ['admin', 'analyst', 'monitor', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

/** Who may call something: the public, or any signed-in user holding one of these roles. */
export type Access = 'public' | readonly Role[];

export const ALL_ROLES: readonly Role[] = ROLES;

export const isRole = (value: string): value is Role =>
  (ROLES as readonly string[]).includes(value);

export function allows(access: Access, role: Role | undefined): boolean {
  if (access === 'public') return true;
  return role !== undefined && access.includes(role);
}

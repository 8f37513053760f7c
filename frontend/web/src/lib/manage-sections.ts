/**
 * Which parts of the management console (管理中心) a person may use. The server checks every action
 * again; this only keeps menus from offering what would be refused. Duties are separated (三员分立):
 * the audit administrator reads the audit log and nothing else, the security administrator assigns
 * roles, the system administrator runs organisations and user accounts; organisation administrators
 * run their subtree.
 */
export const MANAGE_SECTIONS = ['organisations', 'rosters', 'roles', 'users', 'audit'] as const;

export type ManageSection = (typeof MANAGE_SECTIONS)[number];

/** The parts of `me` that decide it (so tests and the header need no full Me object). */
export interface ManageRoles {
  platformRole?: string | null;
  roles: readonly { role: string; organisation?: { id: string; name: string } | null }[];
}

const ORGANISATION_ADMIN = 'ORGANISATION_ADMIN';

/** Organisations the person administers directly (the roots of their subtrees). */
export function administeredRoots(me: ManageRoles): { id: string; name: string }[] {
  return me.roles.flatMap((role) => (role.role === ORGANISATION_ADMIN && role.organisation ? [role.organisation] : []));
}

/** The console sections `me` may see, in menu order. Empty: no console for them. */
export function manageSections(me: ManageRoles | null | undefined): ManageSection[] {
  if (!me) return [];
  const orgAdmin = me.roles.some((role) => role.role === ORGANISATION_ADMIN);
  const allowed = new Set<ManageSection>();
  if (orgAdmin) ['organisations', 'rosters', 'roles'].forEach((s) => allowed.add(s as ManageSection));
  if (me.platformRole === 'SYSTEM_ADMIN') ['organisations', 'users'].forEach((s) => allowed.add(s as ManageSection));
  if (me.platformRole === 'SECURITY_ADMIN') allowed.add('roles');
  if (me.platformRole === 'AUDIT_ADMIN') allowed.add('audit');
  return MANAGE_SECTIONS.filter((section) => allowed.has(section));
}

export const managePath = (section: ManageSection) => `/manage/${section}`;

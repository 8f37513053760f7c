import { administeredRoots, type ManageRoles } from '@/lib/manage-sections';

/** What the console offers on one organisation. The server decides again on every action. */
export interface Abilities {
  /** Create a department or sub-organisation under it. */
  create: boolean;
  /** Invite a participating school or enterprise under it (host administrators). */
  invite: boolean;
  /** Assign it a construction task (host administrators). */
  assign: boolean;
  /** Report progress on its tasks (its own administrators). */
  report: boolean;
}

interface OrganisationNode {
  id: string;
  parentId?: string | null;
  role: string;
}

const NONE: Abilities = { create: false, invite: false, assign: false, report: false };

/**
 * Per organisation of the board: organisation administrators act inside the subtrees they administer,
 * and only those under a host institution invite and assign tasks; the system administrator creates
 * organisations anywhere and does nothing else here (separated duties).
 */
export function organisationAbilities(me: ManageRoles, organisations: readonly OrganisationNode[]): Map<string, Abilities> {
  const byId = new Map(organisations.map((o) => [o.id, o]));
  const roots = new Set(administeredRoots(me).map((o) => o.id));
  const systemAdmin = me.platformRole === 'SYSTEM_ADMIN';
  const result = new Map<string, Abilities>();
  for (const organisation of organisations) {
    let inSubtree = false;
    let underHost = false;
    const seen = new Set<string>();
    for (let node: OrganisationNode | undefined = organisation; node && !seen.has(node.id); node = node.parentId ? byId.get(node.parentId) : undefined) {
      seen.add(node.id);
      if (roots.has(node.id)) {
        inSubtree = true;
        if (node.role === 'HOST') underHost = true;
      }
    }
    result.set(
      organisation.id,
      inSubtree || systemAdmin
        ? { create: true, invite: underHost, assign: underHost, report: inSubtree }
        : NONE,
    );
  }
  return result;
}

import type { CourseBuilderStructureFieldsFragment } from '@zyk/shared';

/*
 * Pure helpers over a course structure as the API sends it: modules depth-first (each followed by its
 * nested modules, with a depth), units in order, items in order. Moves are planned here — what to send
 * (itemsReorder takes a unit's full new order; moduleMove a parent and a position) — and applied to a
 * copy for the optimistic view while the server confirms.
 */

export type Structure = CourseBuilderStructureFieldsFragment;
export type StructureModule = Structure['modules'][number];
export type StructureUnit = StructureModule['units'][number];
export type StructureItem = StructureUnit['items'][number];

export interface ModuleNode {
  module: StructureModule;
  children: ModuleNode[];
  /** Position among its siblings and how many siblings there are. */
  index: number;
  siblings: number;
}

/** The nested module tree (the API's depth-first list, folded by parentId). */
export function moduleTree(modules: readonly StructureModule[]): ModuleNode[] {
  const byParent = new Map<string | null, StructureModule[]>();
  const known = new Set(modules.map((m) => m.id));
  for (const module of modules) {
    const parent = module.parentId && known.has(module.parentId) ? module.parentId : null;
    byParent.set(parent, [...(byParent.get(parent) ?? []), module]);
  }
  const build = (parent: string | null): ModuleNode[] => {
    const rows = byParent.get(parent) ?? [];
    return rows.map((module, index) => ({ module, children: build(module.id), index, siblings: rows.length }));
  };
  return build(null);
}

/** Flattens a tree back into the API's depth-first list with depths and parents. */
function flatten(nodes: ModuleNode[], parentId: string | null = null, depth = 0): StructureModule[] {
  return nodes.flatMap((node) => [{ ...node.module, parentId, depth }, ...flatten(node.children, node.module.id, depth + 1)]);
}

/** Ids of a module and every module nested in it. */
export function subtreeIds(modules: readonly Pick<StructureModule, 'id' | 'parentId'>[], id: string): Set<string> {
  const ids = new Set([id]);
  for (const module of modules) if (module.parentId && ids.has(module.parentId)) ids.add(module.id);
  return ids;
}

/** Sibling modules (same parent), in order. */
export function moduleSiblings(modules: readonly StructureModule[], parentId: string | null): StructureModule[] {
  return modules.filter((m) => (m.parentId ?? null) === parentId);
}

export interface UnitPlace {
  unit: StructureUnit;
  module: StructureModule;
  /** Titles from the top-level module down to the unit's own module. */
  path: string[];
}

/** Every unit in reading order with where it is (for pickers and for moving across units). */
export function unitPlaces(modules: readonly StructureModule[]): UnitPlace[] {
  const byId = new Map(modules.map((m) => [m.id, m]));
  const pathOf = (module: StructureModule): string[] => {
    const parent = module.parentId ? byId.get(module.parentId) : undefined;
    return parent ? [...pathOf(parent), module.title] : [module.title];
  };
  return modules.flatMap((module) => module.units.map((unit) => ({ unit, module, path: pathOf(module) })));
}

export interface ReorderPlan {
  unitId: string;
  itemIds: string[];
}

function unitOf(modules: readonly StructureModule[], itemId: string): StructureUnit | undefined {
  return modules.flatMap((m) => m.units).find((u) => u.items.some((i) => i.id === itemId));
}

/**
 * Dropping `itemId` into `unitId` before `beforeItemId` (or at the end): the target unit's new full
 * order. Null when nothing would change.
 */
export function planItemDrop(
  modules: readonly StructureModule[],
  itemId: string,
  unitId: string,
  beforeItemId: string | null,
): ReorderPlan | null {
  const target = modules.flatMap((m) => m.units).find((u) => u.id === unitId);
  if (!target || !unitOf(modules, itemId) || itemId === beforeItemId) return null;
  const current = target.items.map((i) => i.id);
  const rest = current.filter((id) => id !== itemId);
  const at = beforeItemId === null ? rest.length : rest.indexOf(beforeItemId);
  if (at < 0) return null;
  const itemIds = [...rest.slice(0, at), itemId, ...rest.slice(at)];
  if (itemIds.join() === current.join()) return null;
  return { unitId, itemIds };
}

/**
 * The keyboard alternative to dragging: one step up or down. At the top of a unit an item moves to the
 * end of the unit before; at the bottom, to the start of the unit after. Null at the very ends.
 */
export function planItemStep(modules: readonly StructureModule[], itemId: string, step: -1 | 1): ReorderPlan | null {
  const units = modules.flatMap((m) => m.units);
  const unitIndex = units.findIndex((u) => u.items.some((i) => i.id === itemId));
  if (unitIndex < 0) return null;
  const ids = units[unitIndex].items.map((i) => i.id);
  const index = ids.indexOf(itemId);
  const to = index + step;
  if (to >= 0 && to < ids.length) {
    const itemIds = [...ids];
    [itemIds[index], itemIds[to]] = [itemIds[to], itemIds[index]];
    return { unitId: units[unitIndex].id, itemIds };
  }
  const next = units[unitIndex + step];
  if (!next) return null;
  const nextIds = next.items.map((i) => i.id);
  return { unitId: next.id, itemIds: step < 0 ? [...nextIds, itemId] : [itemId, ...nextIds] };
}

/** The structure with `plan` applied: items taken from wherever they were, in the unit's new order. */
export function applyReorder(structure: Structure, plan: ReorderPlan): Structure {
  const moving = new Set(plan.itemIds);
  const items = new Map(structure.modules.flatMap((m) => m.units.flatMap((u) => u.items)).map((i) => [i.id, i]));
  return {
    ...structure,
    modules: structure.modules.map((module) => ({
      ...module,
      units: module.units.map((unit) =>
        unit.id === plan.unitId
          ? { ...unit, items: plan.itemIds.flatMap((id, order) => (items.has(id) ? [{ ...items.get(id)!, order }] : [])) }
          : { ...unit, items: unit.items.filter((i) => !moving.has(i.id)).map((item, order) => ({ ...item, order })) },
      ),
    })),
  };
}

export interface ModuleMovePlan {
  id: string;
  parentId: string | null;
  position: number;
}

/** One step up or down among its siblings; null at the ends. */
export function planModuleStep(modules: readonly StructureModule[], id: string, step: -1 | 1): ModuleMovePlan | null {
  const module = modules.find((m) => m.id === id);
  if (!module) return null;
  const siblings = moduleSiblings(modules, module.parentId ?? null);
  const position = siblings.findIndex((m) => m.id === id) + step;
  if (position < 0 || position >= siblings.length) return null;
  return { id, parentId: module.parentId ?? null, position };
}

/**
 * Dropping module `id` on module `targetId`: it takes the target's place among the target's siblings
 * (the target moves down). Within the same parent, dragging down lands after the target instead.
 * Null when nothing would change. Dropping a module on one of its own modules is left to the server,
 * which refuses it with its reason.
 */
export function planModuleDrop(modules: readonly StructureModule[], id: string, targetId: string): ModuleMovePlan | null {
  const module = modules.find((m) => m.id === id);
  const target = modules.find((m) => m.id === targetId);
  if (!module || !target || id === targetId) return null;
  const parentId = target.parentId ?? null;
  const siblings = moduleSiblings(modules, parentId);
  const targetIndex = siblings.findIndex((m) => m.id === targetId);
  if ((module.parentId ?? null) === parentId) {
    const from = siblings.findIndex((m) => m.id === id);
    return from === targetIndex ? null : { id, parentId, position: targetIndex };
  }
  return { id, parentId, position: targetIndex };
}

/** The structure with module `plan.id` (and everything in it) moved; unchanged if the move is impossible. */
export function applyModuleMove(structure: Structure, plan: ModuleMovePlan): Structure {
  const inside = subtreeIds(structure.modules, plan.id);
  if (plan.parentId !== null && inside.has(plan.parentId)) return structure;
  const tree = moduleTree(structure.modules);
  let moved: ModuleNode | undefined;
  const without = (nodes: ModuleNode[]): ModuleNode[] =>
    nodes.flatMap((node) => {
      if (node.module.id === plan.id) {
        moved = node;
        return [];
      }
      return [{ ...node, children: without(node.children) }];
    });
  const rest = without(tree);
  if (!moved) return structure;
  const node = moved;
  const insert = (nodes: ModuleNode[], parentId: string | null): ModuleNode[] => {
    if (parentId === plan.parentId) {
      const at = Math.max(0, Math.min(plan.position, nodes.length));
      return [...nodes.slice(0, at), node, ...nodes.slice(at)];
    }
    return nodes.map((n) => ({ ...n, children: insert(n.children, n.module.id) }));
  };
  return { ...structure, modules: flatten(insert(rest, null)) };
}

/** Drops a module and everything nested in it (for the view after it was moved to another course). */
export function withoutModule(structure: Structure, id: string): Structure {
  const gone = subtreeIds(structure.modules, id);
  return { ...structure, modules: structure.modules.filter((m) => !gone.has(m.id)) };
}

export interface UnitMovePlan {
  id: string;
  moduleId: string;
  position: number;
}

/** A unit one step up or down inside its module; at the ends it goes to the neighbouring module. */
export function planUnitStep(modules: readonly StructureModule[], id: string, step: -1 | 1): UnitMovePlan | null {
  const moduleIndex = modules.findIndex((m) => m.units.some((u) => u.id === id));
  if (moduleIndex < 0) return null;
  const units = modules[moduleIndex].units;
  const position = units.findIndex((u) => u.id === id) + step;
  if (position >= 0 && position < units.length) return { id, moduleId: modules[moduleIndex].id, position };
  const next = modules[moduleIndex + step];
  if (!next) return null;
  return { id, moduleId: next.id, position: step < 0 ? next.units.length : 0 };
}

/** Dropping unit `id` before unit `beforeUnitId` of `moduleId` (or at its end). Null when nothing changes. */
export function planUnitDrop(
  modules: readonly StructureModule[],
  id: string,
  moduleId: string,
  beforeUnitId: string | null,
): UnitMovePlan | null {
  const target = modules.find((m) => m.id === moduleId);
  if (!target || id === beforeUnitId) return null;
  const rest = target.units.filter((u) => u.id !== id);
  const position = beforeUnitId === null ? rest.length : rest.findIndex((u) => u.id === beforeUnitId);
  if (position < 0) return null;
  const from = target.units.findIndex((u) => u.id === id);
  if (from === position) return null;
  return { id, moduleId, position };
}

/** The structure with a unit moved. */
export function applyUnitMove(structure: Structure, plan: UnitMovePlan): Structure {
  const unit = structure.modules.flatMap((m) => m.units).find((u) => u.id === plan.id);
  if (!unit) return structure;
  return {
    ...structure,
    modules: structure.modules.map((module) => {
      const rest = module.units.filter((u) => u.id !== plan.id);
      if (module.id !== plan.moduleId) return rest.length === module.units.length ? module : { ...module, units: rest };
      const at = Math.max(0, Math.min(plan.position, rest.length));
      return { ...module, units: [...rest.slice(0, at), unit, ...rest.slice(at)] };
    }),
  };
}

/** How many items (resources and assemblies) the structure holds. */
export const itemCount = (structure: Pick<Structure, 'modules'>) =>
  structure.modules.reduce((sum, m) => sum + m.units.reduce((s, u) => s + u.items.length, 0), 0);

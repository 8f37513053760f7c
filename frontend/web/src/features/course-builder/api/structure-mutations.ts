import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import {
  assemblyCreateMutation,
  assemblyDeleteMutation,
  assemblyUpdateMutation,
  courseStructurePublishMutation,
  itemAddMutation,
  itemRemoveMutation,
  itemsReorderMutation,
  itemUpdateMutation,
  moduleAddMutation,
  moduleCopyMutation,
  moduleMoveMutation,
  moduleRemoveMutation,
  moduleRenameMutation,
  unitAddMutation,
  unitMoveMutation,
  unitRemoveMutation,
  unitRenameMutation,
} from '@zyk/shared';
import { useApiMutation } from '@/hooks/use-api-mutation';
import {
  applyModuleMove,
  applyReorder,
  applyUnitMove,
  withoutModule,
  type ModuleMovePlan,
  type ReorderPlan,
  type Structure,
  type UnitMovePlan,
} from '../utils/structure';
import { BUILDER_KEY, builderKey, type BuilderCourse } from './course-structure';

type Snapshot = [readonly unknown[], BuilderCourse | null | undefined][];

/** Changes the cached working copy of a course at once (the drag result shows while the server confirms). */
async function optimistic(client: QueryClient, courseId: string, change: (structure: Structure) => Structure): Promise<Snapshot> {
  const queryKey = [...builderKey(courseId), 'structure', 'working'];
  await client.cancelQueries({ queryKey });
  const snapshot = client.getQueriesData<BuilderCourse | null>({ queryKey });
  client.setQueriesData<BuilderCourse | null>({ queryKey }, (course) =>
    course?.structure ? { ...course, structure: change(course.structure) } : course,
  );
  return snapshot;
}

function restore(client: QueryClient, snapshot: Snapshot | undefined) {
  for (const [key, data] of snapshot ?? []) client.setQueryData(key, data);
}

/** Refetch what a change may have touched: this course's builder data (and another course's, for moves). */
function useRefresh(courseId: string) {
  const client = useQueryClient();
  return {
    client,
    refresh: (otherCourseId?: string | null) => {
      void client.invalidateQueries({ queryKey: builderKey(courseId) });
      if (otherCourseId && otherCourseId !== courseId) void client.invalidateQueries({ queryKey: builderKey(otherCourseId) });
    },
  };
}

export function useModuleAdd(courseId: string) {
  const { refresh } = useRefresh(courseId);
  return useApiMutation(moduleAddMutation, (r) => r.moduleAdd, { onSettled: () => refresh() });
}

export function useModuleRename(courseId: string) {
  const { refresh } = useRefresh(courseId);
  return useApiMutation(moduleRenameMutation, (r) => r.moduleRename, { onSettled: () => refresh() });
}

export function useModuleRemove(courseId: string) {
  const { refresh } = useRefresh(courseId);
  return useApiMutation(moduleRemoveMutation, (r) => r.moduleRemove, { onSettled: () => refresh() });
}

export function useUnitRename(courseId: string) {
  const { refresh } = useRefresh(courseId);
  return useApiMutation(unitRenameMutation, (r) => r.unitRename, { onSettled: () => refresh() });
}

export function useUnitRemove(courseId: string) {
  const { refresh } = useRefresh(courseId);
  return useApiMutation(unitRemoveMutation, (r) => r.unitRemove, { onSettled: () => refresh() });
}

/** Reorder a unit or move it to another module (dragging or the arrows), shown at once and undone when refused. */
export function useUnitMove(courseId: string) {
  const { client, refresh } = useRefresh(courseId);
  return useApiMutation(unitMoveMutation, (r) => r.unitMove, {
    onMutate: (plan) =>
      optimistic(client, courseId, (s) => applyUnitMove(s, { id: plan.id, moduleId: plan.moduleId, position: plan.position ?? Number.MAX_SAFE_INTEGER } as UnitMovePlan)),
    onError: (_error, _plan, snapshot) => restore(client, snapshot as Snapshot | undefined),
    onSettled: () => refresh(),
  });
}

/** 试学 on or off, shown at once and undone when refused. */
export function useItemUpdate(courseId: string) {
  const { client, refresh } = useRefresh(courseId);
  return useApiMutation(itemUpdateMutation, (r) => r.itemUpdate, {
    onMutate: ({ id, openForTrial }) =>
      optimistic(client, courseId, (s) => ({
        ...s,
        modules: s.modules.map((m) => ({
          ...m,
          units: m.units.map((u) => ({ ...u, items: u.items.map((i) => (i.id === id ? { ...i, openForTrial } : i)) })),
        })),
      })),
    onError: (_error, _variables, snapshot) => restore(client, snapshot as Snapshot | undefined),
    onSettled: () => refresh(),
  });
}

export function useUnitAdd(courseId: string) {
  const { refresh } = useRefresh(courseId);
  return useApiMutation(unitAddMutation, (r) => r.unitAdd, { onSettled: () => refresh() });
}

export function useItemAdd(courseId: string) {
  const { refresh } = useRefresh(courseId);
  return useApiMutation(itemAddMutation, (r) => r.itemAdd, { onSettled: () => refresh() });
}

export function useItemRemove(courseId: string) {
  const { refresh } = useRefresh(courseId);
  return useApiMutation(itemRemoveMutation, (r) => r.itemRemove, { onSettled: () => refresh() });
}

/** Drag and drop or the arrow buttons: the unit's full new order, shown at once and undone when refused. */
export function useItemsReorder(courseId: string) {
  const { client, refresh } = useRefresh(courseId);
  return useApiMutation(itemsReorderMutation, (r) => r.itemsReorder, {
    onMutate: (plan) => optimistic(client, courseId, (s) => applyReorder(s, plan as ReorderPlan)),
    onError: (_error, _plan, snapshot) => restore(client, snapshot as Snapshot | undefined),
    onSettled: () => refresh(),
  });
}

/**
 * Reorder a module or move it under another parent or into another course. Within the course it is
 * shown at once; to another course it leaves this one. Undone when refused.
 */
export function useModuleMove(courseId: string) {
  const { client, refresh } = useRefresh(courseId);
  return useApiMutation(moduleMoveMutation, (r) => r.moduleMove, {
    onMutate: (variables) =>
      optimistic(client, courseId, (s) =>
        variables.courseId === courseId
          ? applyModuleMove(s, { id: variables.id, parentId: variables.parentId ?? null, position: variables.position ?? Number.MAX_SAFE_INTEGER } as ModuleMovePlan)
          : withoutModule(s, variables.id),
      ),
    onError: (_error, _variables, snapshot) => restore(client, snapshot as Snapshot | undefined),
    onSettled: (_data, _error, variables) => refresh(variables.courseId),
  });
}

export function useModuleCopy(courseId: string) {
  const { refresh } = useRefresh(courseId);
  return useApiMutation(moduleCopyMutation, (r) => r.moduleCopy, { onSettled: (_d, _e, variables) => refresh(variables.courseId) });
}

/** Assemblies show in every course that uses them: refresh all builder data. */
function useRefreshAll() {
  const client = useQueryClient();
  return () => void client.invalidateQueries({ queryKey: [BUILDER_KEY] });
}

export function useAssemblyCreate() {
  const refreshAll = useRefreshAll();
  return useApiMutation(assemblyCreateMutation, (r) => r.assemblyCreate, { onSettled: refreshAll });
}

export function useAssemblyUpdate() {
  const refreshAll = useRefreshAll();
  return useApiMutation(assemblyUpdateMutation, (r) => r.assemblyUpdate, { onSettled: refreshAll });
}

export function useAssemblyDelete() {
  const refreshAll = useRefreshAll();
  return useApiMutation(assemblyDeleteMutation, (r) => r.assemblyDelete, { onSettled: refreshAll });
}

export function useStructurePublish(courseId: string) {
  const { refresh } = useRefresh(courseId);
  return useApiMutation(courseStructurePublishMutation, (r) => r.courseStructurePublish, { onSettled: () => refresh() });
}

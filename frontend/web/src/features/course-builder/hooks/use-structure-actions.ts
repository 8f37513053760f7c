import { App } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import {
  useItemAdd,
  useItemRemove,
  useItemsReorder,
  useItemUpdate,
  useModuleAdd,
  useModuleMove,
  useModuleRemove,
  useModuleRename,
  useUnitAdd,
  useUnitMove,
  useUnitRemove,
  useUnitRename,
} from '../api/structure-mutations';
import type { ModuleMovePlan, ReorderPlan, UnitMovePlan } from '../utils/structure';
import { useBuilderFeedback } from './use-builder-feedback';

/** Scopes: where each kind of refusal is shown. */
export const scopes = {
  module: (id: string) => `module:${id}`,
  unit: (id: string) => `unit:${id}`,
  item: (id: string) => `item:${id}`,
  library: (id: string) => `library:${id}`,
  addModule: (parentId: string | null) => `add-module:${parentId ?? 'top'}`,
  addUnit: (moduleId: string) => `add-unit:${moduleId}`,
  publish: 'publish',
};

/**
 * The tree's changes, each reporting a refusal next to where it was tried and returning whether it
 * went through (forms keep what was typed when it did not).
 */
export function useStructureActions(courseId: string) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { run } = useBuilderFeedback();
  const { mutateAsync: moduleAdd } = useModuleAdd(courseId);
  const { mutateAsync: moduleMove } = useModuleMove(courseId);
  const { mutateAsync: unitAdd } = useUnitAdd(courseId);
  const { mutateAsync: itemAdd } = useItemAdd(courseId);
  const { mutateAsync: itemRemove } = useItemRemove(courseId);
  const { mutateAsync: itemsReorder } = useItemsReorder(courseId);
  const { mutateAsync: itemUpdate } = useItemUpdate(courseId);
  const { mutateAsync: moduleRename } = useModuleRename(courseId);
  const { mutateAsync: moduleRemove } = useModuleRemove(courseId);
  const { mutateAsync: unitRename } = useUnitRename(courseId);
  const { mutateAsync: unitMove } = useUnitMove(courseId);
  const { mutateAsync: unitRemove } = useUnitRemove(courseId);

  return useMemo(() => {
    const done = async (scope: string, action: () => Promise<unknown>, success?: string) => {
      const result = await run(scope, action);
      if (result !== undefined && success) void message.success(success);
      return result !== undefined;
    };
    return {
      addModule: (title: string, parentId: string | null) =>
        done(scopes.addModule(parentId), () => moduleAdd({ courseId, title, parentId, position: null }), t('courseBuilder.done.moduleAdded')),
      moveModule: (plan: ModuleMovePlan) =>
        done(scopes.module(plan.id), () => moduleMove({ id: plan.id, courseId, parentId: plan.parentId, position: plan.position })),
      addUnit: (moduleId: string, title: string) =>
        done(scopes.addUnit(moduleId), () => unitAdd({ moduleId, title, position: null }), t('courseBuilder.done.unitAdded')),
      addItem: (scope: string, unitId: string, ref: { resourceId?: string; assemblyId?: string }) =>
        done(scope, () => itemAdd({ unitId, resourceId: ref.resourceId ?? null, assemblyId: ref.assemblyId ?? null, position: null }), t('courseBuilder.done.itemAdded')),
      removeItem: (id: string) => done(scopes.item(id), () => itemRemove({ id }), t('courseBuilder.done.itemRemoved')),
      reorderItems: (itemId: string, plan: ReorderPlan) => done(scopes.item(itemId), () => itemsReorder(plan)),
      setTrial: (id: string, openForTrial: boolean) =>
        done(scopes.item(id), () => itemUpdate({ id, openForTrial }), t(openForTrial ? 'courseBuilder.done.trialOn' : 'courseBuilder.done.trialOff')),
      renameModule: (id: string, title: string) => done(scopes.module(id), () => moduleRename({ id, title }), t('courseBuilder.done.renamed')),
      removeModule: (id: string) => done(scopes.module(id), () => moduleRemove({ id }), t('courseBuilder.done.moduleRemoved')),
      renameUnit: (id: string, title: string) => done(scopes.unit(id), () => unitRename({ id, title }), t('courseBuilder.done.renamed')),
      moveUnit: (plan: UnitMovePlan) => done(scopes.unit(plan.id), () => unitMove(plan)),
      removeUnit: (id: string) => done(scopes.unit(id), () => unitRemove({ id }), t('courseBuilder.done.unitRemoved')),
    };
  }, [run, message, t, courseId, moduleAdd, moduleMove, unitAdd, itemAdd, itemRemove, itemsReorder, itemUpdate, moduleRename, moduleRemove, unitRename, unitMove, unitRemove]);
}

export type StructureActions = ReturnType<typeof useStructureActions>;

import { smallStructure } from '../testing/builder-fixtures';
import {
  applyModuleMove,
  applyReorder,
  applyUnitMove,
  moduleTree,
  planItemDrop,
  planItemStep,
  planModuleDrop,
  planModuleStep,
  planUnitDrop,
  planUnitStep,
  subtreeIds,
  unitPlaces,
  withoutModule,
} from './structure';

const ids = (items: { id: string }[]) => items.map((i) => i.id);
const unitItems = (structure: ReturnType<typeof smallStructure>, unitId: string) =>
  ids(structure.modules.flatMap((m) => m.units).find((u) => u.id === unitId)!.items);

describe('the structure helpers', () => {
  it('fold the depth-first modules into a tree and list units with their path', () => {
    const tree = moduleTree(smallStructure().modules);
    expect(tree.map((n) => n.module.id)).toEqual(['1', '3']);
    expect(tree[0].children.map((n) => n.module.id)).toEqual(['2']);
    expect(tree[1]).toMatchObject({ index: 1, siblings: 2 });
    expect(unitPlaces(smallStructure().modules).map((p) => [p.unit.id, p.path.join(' › ')])).toEqual([
      ['11', '项目一 数控编程基础'],
      ['12', '项目一 数控编程基础'],
      ['21', '项目一 数控编程基础 › 子模块 1.1 编程练习'],
    ]);
    expect([...subtreeIds(smallStructure().modules, '1')]).toEqual(['1', '2']);
  });

  it('plan an item drop as the target unit’s full new order, also across units', () => {
    const { modules } = smallStructure();
    expect(planItemDrop(modules, '102', '11', '101')).toEqual({ unitId: '11', itemIds: ['102', '101'] });
    expect(planItemDrop(modules, '101', '12', '104')).toEqual({ unitId: '12', itemIds: ['103', '101', '104'] });
    expect(planItemDrop(modules, '101', '21', null)).toEqual({ unitId: '21', itemIds: ['101'] });
    // Dropping where it already is changes nothing.
    expect(planItemDrop(modules, '102', '11', null)).toBeNull();
    expect(planItemDrop(modules, '101', '11', '101')).toBeNull();
  });

  it('step an item up and down, into the neighbouring unit at the ends', () => {
    const { modules } = smallStructure();
    expect(planItemStep(modules, '101', 1)).toEqual({ unitId: '11', itemIds: ['102', '101'] });
    expect(planItemStep(modules, '102', 1)).toEqual({ unitId: '12', itemIds: ['102', '103', '104'] });
    expect(planItemStep(modules, '103', -1)).toEqual({ unitId: '11', itemIds: ['101', '102', '103'] });
    expect(planItemStep(modules, '104', 1)).toEqual({ unitId: '21', itemIds: ['104'] });
    expect(planItemStep(modules, '101', -1)).toBeNull();
  });

  it('apply a reorder, taking the item out of its old unit', () => {
    const moved = applyReorder(smallStructure(), { unitId: '12', itemIds: ['102', '103', '104'] });
    expect(unitItems(moved, '11')).toEqual(['101']);
    expect(unitItems(moved, '12')).toEqual(['102', '103', '104']);
    expect(moved.modules[0].units[1].items.map((i) => i.order)).toEqual([0, 1, 2]);
  });

  it('plan and apply module moves among siblings and under another parent', () => {
    const structure = smallStructure();
    expect(planModuleStep(structure.modules, '3', -1)).toEqual({ id: '3', parentId: null, position: 0 });
    expect(planModuleStep(structure.modules, '1', -1)).toBeNull();
    expect(planModuleStep(structure.modules, '2', 1)).toBeNull();
    const up = applyModuleMove(structure, { id: '3', parentId: null, position: 0 });
    expect(up.modules.map((m) => [m.id, m.depth])).toEqual([
      ['3', 0],
      ['1', 0],
      ['2', 1],
    ]);
    // Dropping 项目二 on the nested module nests it beside that one.
    const plan = planModuleDrop(structure.modules, '3', '2');
    expect(plan).toEqual({ id: '3', parentId: '1', position: 0 });
    expect(applyModuleMove(structure, plan!).modules.map((m) => [m.id, m.parentId, m.depth])).toEqual([
      ['1', null, 0],
      ['3', '1', 1],
      ['2', '1', 1],
    ]);
    // A module into its own module is left to the server to refuse; the view does not change.
    expect(planModuleDrop(structure.modules, '1', '2')).toEqual({ id: '1', parentId: '1', position: 0 });
    expect(applyModuleMove(structure, { id: '1', parentId: '1', position: 0 })).toBe(structure);
    expect(withoutModule(structure, '1').modules.map((m) => m.id)).toEqual(['3']);
  });

  it('plan and apply unit moves, into the neighbouring module at the ends', () => {
    const { modules } = smallStructure();
    expect(planUnitStep(modules, '11', 1)).toEqual({ id: '11', moduleId: '1', position: 1 });
    expect(planUnitStep(modules, '12', 1)).toEqual({ id: '12', moduleId: '2', position: 0 });
    expect(planUnitStep(modules, '11', -1)).toBeNull();
    expect(planUnitDrop(modules, '12', '1', '11')).toEqual({ id: '12', moduleId: '1', position: 0 });
    expect(planUnitDrop(modules, '11', '1', '11')).toBeNull();
    const moved = applyUnitMove(smallStructure(), { id: '11', moduleId: '3', position: 0 });
    expect(moved.modules.map((m) => ids(m.units))).toEqual([['12'], ['21'], ['11']]);
  });
});

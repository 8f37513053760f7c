import type { CourseBuilderQuery } from '@zyk/shared';
import type { Structure, StructureItem } from '../utils/structure';

type Course = NonNullable<CourseBuilderQuery['course']>;

export const resource = (id: string, title: string, type: 'VIDEO' | 'ANIMATION' | 'SIMULATION' | 'DOCUMENT' = 'VIDEO') => ({
  id,
  title,
  type,
  status: 'PUBLISHED' as const,
});

export const item = (id: string, overrides: Partial<StructureItem> = {}): StructureItem => ({
  id,
  order: 0,
  openForTrial: false,
  withdrawn: false,
  resource: null,
  assembly: null,
  assemblyResources: [],
  ...overrides,
});

/**
 * A small working copy: 项目一 (with a nested 子模块) and 项目二; 任务2 holds a withdrawn item and an
 * assembly (积件).
 */
export function smallStructure(): Structure {
  return {
    version: null,
    modules: [
      {
        id: '1',
        title: '项目一 数控编程基础',
        parentId: null,
        depth: 0,
        units: [
          {
            id: '11',
            title: '任务1 工件坐标系',
            items: [
              item('101', { resource: resource('501', '工件坐标系设定微课'), openForTrial: true }),
              item('102', { order: 1, resource: resource('502', '刀具半径补偿动画', 'ANIMATION') }),
            ],
          },
          {
            id: '12',
            title: '任务2 刀具补偿',
            items: [
              item('103', { withdrawn: true }),
              item('104', {
                order: 1,
                assembly: { id: '9', title: '阶梯轴车削积件', description: '实拍 + 动画' },
                assemblyResources: [resource('503', '阶梯轴车削实拍'), resource('504', '阶梯轴仿真', 'SIMULATION')],
              }),
            ],
          },
        ],
      },
      { id: '2', title: '子模块 1.1 编程练习', parentId: '1', depth: 1, units: [{ id: '21', title: '任务3 练习', items: [] }] },
      { id: '3', title: '项目二 程序仿真', parentId: null, depth: 0, units: [] },
    ],
  };
}

export function builderCourse(overrides: Partial<Course> = {}): Course {
  return {
    id: '3',
    name: '数控加工工艺与编程',
    major: { id: '2', code: '460103', name: '数控技术' },
    structure: smallStructure(),
    affectedItems: [
      {
        itemId: '103',
        unitId: '12',
        unitTitle: '任务2 刀具补偿',
        moduleId: '1',
        moduleTitle: '项目一 数控编程基础',
        resourceTitles: ['旧版对刀视频'],
      },
    ],
    ...overrides,
  };
}

export const hit = (id: string, title: string, type: 'VIDEO' | 'ANIMATION' | 'DOCUMENT' = 'VIDEO') => ({
  id,
  title,
  type,
  description: '',
  keywords: [],
  previewUrl: null,
  viewCount: 3,
  downloadCount: 0,
  publishedAt: '2026-03-01T08:00:00Z',
  organisation: { id: '1', name: '华东机电职业技术学院' },
  major: { id: '2', name: '数控技术' },
  course: { id: '3', name: '数控加工工艺与编程' },
});

export const emptyFacets = { majors: [], courses: [], types: [], sources: [], knowledgePoints: [] };

export const versions = (...numbers: number[]) =>
  numbers.map((number) => ({ number, publishedAt: `2026-0${number}-01T08:00:00Z`, publishedBy: '张海涛', itemCount: 4 }));

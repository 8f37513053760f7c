import type { CatalogueCourse, CatalogueFacets } from '../api/get-course-catalogue';

/** A catalogue card's data (数控车削加工技术 of 460103 by default). */
export function catalogueCourse(overrides: Partial<CatalogueCourse> = {}): CatalogueCourse {
  return {
    id: '21',
    name: '数控车削加工技术',
    kind: 'CORE',
    level: 'INTERMEDIATE',
    summary: '以典型轴类、盘套类零件为载体，学习数控车床的编程与操作。',
    hours: 96,
    credits: 6,
    coverUrl: null,
    major: { id: '3', code: '460103', name: '数控技术' },
    teachers: [
      { id: '1', name: '李明', title: '讲师', role: 'MEMBER', photoUrl: null },
      { id: '2', name: '王建国', title: '教授', role: 'LEAD', photoUrl: null },
    ],
    ...overrides,
  };
}

/** Facet counts with every option at 0 unless given. */
export function catalogueFacets(counts: Partial<{ majors: Record<string, number>; kinds: Record<string, number>; levels: Record<string, number> }> = {}): CatalogueFacets {
  return {
    majors: ['460103', '460104'].map((code) => ({ code, count: counts.majors?.[code] ?? 0 })),
    kinds: (['FOUNDATION', 'CORE'] as const).map((kind) => ({ kind, count: counts.kinds?.[kind] ?? 0 })),
    levels: (['INTRODUCTORY', 'INTERMEDIATE', 'ADVANCED'] as const).map((level) => ({ level, count: counts.levels?.[level] ?? 0 })),
  };
}

/** The `CourseCatalogue` answer for these courses (`totalCount` defaults to their number; facets all 0 unless given). */
export function catalogueAnswer(items: CatalogueCourse[], totalCount = items.length, facets: CatalogueFacets = catalogueFacets()) {
  return { courses: { totalCount, items, facets } };
}

export const majorsAnswer = () => ({
  majors: {
    totalCount: 2,
    items: [
      { id: '3', code: '460103', name: '数控技术' },
      { id: '4', code: '460104', name: '机械制造及自动化' },
    ],
  },
});

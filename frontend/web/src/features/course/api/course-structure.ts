import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { courseStructureOutlineQuery, type CourseStructureOutlineQuery } from '@zyk/shared';
import { useLanguage } from '@/hooks/use-language';
import { useMe } from '@/hooks/use-me';
import { graphqlRequest } from '@/lib/graphql-client';

export type CourseStructureData = NonNullable<NonNullable<CourseStructureOutlineQuery['course']>['structure']>;
export type StructureModuleData = CourseStructureData['modules'][number];
export type StructureUnitData = StructureModuleData['units'][number];
export type StructureItemData = StructureUnitData['items'][number];

/**
 * The structure the viewer sees (M5, M6): the latest published version, the team's working copy, and for
 * anonymous visitors only the trial items (试学) unlocked. The answer depends on who asks, so the signed-in
 * person is part of the key and their requests go by POST (never into a shared cache).
 */
export function useCourseStructure(id: string) {
  const [language] = useLanguage();
  const { me, isPending: mePending } = useMe();
  const viewer = me?.id ?? null;
  return useQuery({
    queryKey: ['course-structure', id, viewer, language],
    queryFn: ({ signal }) =>
      graphqlRequest(courseStructureOutlineQuery, { id }, { language, signal, method: viewer ? 'POST' : 'GET' }),
    enabled: !mePending,
    placeholderData: (previous, previousQuery) =>
      previousQuery?.queryKey[1] === id ? keepPreviousData(previous) : undefined,
  });
}

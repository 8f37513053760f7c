import { keepPreviousData, useQuery } from '@tanstack/react-query';
import {
  courseBuildAccessQuery,
  courseBuilderQuery,
  courseBuilderTargetModulesQuery,
  courseBuilderTargetsQuery,
  courseStructureVersionsQuery,
  myAssembliesQuery,
  type CourseBuilderQuery,
  type MyAssembliesQuery,
} from '@zyk/shared';
import { useLanguage } from '@/hooks/use-language';
import { useMe } from '@/hooks/use-me';
import { graphqlRequest } from '@/lib/graphql-client';

export type BuilderCourse = NonNullable<CourseBuilderQuery['course']>;
export type AffectedItemData = NonNullable<BuilderCourse['affectedItems']>[number];
export type MyAssembly = MyAssembliesQuery['myAssemblies']['items'][number];

/**
 * Query keys of the builder start with this; they also carry the signed-in person's id, so what one
 * team member saw is never shown to the next person on the same browser.
 */
export const BUILDER_KEY = 'course-builder';

export const builderKey = (courseId: string) => [BUILDER_KEY, courseId];
export const structureKey = (courseId: string, version: number | null, meId: string, language: string) => [
  ...builderKey(courseId),
  'structure',
  version ?? 'working',
  meId,
  language,
];

/** The team's reads are their own: by POST, never in a URL or a shared cache. */
const POST = 'POST' as const;

/**
 * Whether the signed-in person may build the course, and how many of its items lost a resource. Asks
 * nothing for anonymous visitors.
 */
export function useCourseBuildAccess(courseId: string) {
  const [language] = useLanguage();
  const { me } = useMe();
  const meId = me?.id ?? '';
  return useQuery({
    queryKey: [...builderKey(courseId), 'access', meId, language],
    queryFn: async ({ signal }) => (await graphqlRequest(courseBuildAccessQuery, { id: courseId }, { language, signal, method: POST })).course,
    enabled: Boolean(meId && courseId),
    staleTime: 30_000,
  });
}

/** The course with its working copy (`version` null) or a published version, and the affected items. */
export function useCourseBuilder(courseId: string, version: number | null) {
  const [language] = useLanguage();
  const { me } = useMe();
  const meId = me?.id ?? '';
  return useQuery({
    queryKey: structureKey(courseId, version, meId, language),
    queryFn: async ({ signal }) =>
      (await graphqlRequest(courseBuilderQuery, { id: courseId, version }, { language, signal, method: POST })).course,
    enabled: Boolean(meId),
    placeholderData: (previous, previousQuery) =>
      previousQuery?.queryKey[1] === courseId && previousQuery.queryKey[3] === (version ?? 'working') ? keepPreviousData(previous) : undefined,
  });
}

/** The courses of the major the viewer may build (targets of moving or copying a module). */
export function useBuildableCourses(majorCode: string | null, enabled: boolean) {
  const [language] = useLanguage();
  const { me } = useMe();
  const meId = me?.id ?? '';
  return useQuery({
    queryKey: [BUILDER_KEY, 'targets', majorCode, meId, language],
    queryFn: async ({ signal }) => {
      const data = await graphqlRequest(courseBuilderTargetsQuery, { code: majorCode }, { language, signal, method: POST });
      return (data.major?.courses ?? []).filter((course) => course.affectedItems !== null).map(({ id, name }) => ({ id, name }));
    },
    enabled: enabled && Boolean(meId && majorCode),
    staleTime: 60_000,
  });
}

/** The modules of another course's working copy, to pick where a module goes. */
export function useTargetModules(courseId: string | null) {
  const [language] = useLanguage();
  const { me } = useMe();
  const meId = me?.id ?? '';
  return useQuery({
    queryKey: [...builderKey(courseId ?? ''), 'modules', meId, language],
    queryFn: async ({ signal }) =>
      (await graphqlRequest(courseBuilderTargetModulesQuery, { id: courseId ?? '' }, { language, signal, method: POST })).course?.structure
        ?.modules ?? [],
    enabled: Boolean(meId && courseId),
  });
}

/** The published versions of the course, newest first (null when the viewer is not on the team). */
export function useStructureVersions(courseId: string) {
  const [language] = useLanguage();
  const { me } = useMe();
  const meId = me?.id ?? '';
  return useQuery({
    queryKey: [...builderKey(courseId), 'versions', meId, language],
    queryFn: async ({ signal }) =>
      (await graphqlRequest(courseStructureVersionsQuery, { id: courseId }, { language, signal, method: POST })).course?.structureVersions ?? null,
    enabled: Boolean(meId),
  });
}

export const ASSEMBLY_PAGE_SIZE = 20;

/** The signed-in person's assemblies (积件), last changed first, optionally by title words. */
export function useMyAssemblies(query: string, page: number, enabled = true) {
  const [language] = useLanguage();
  const { me } = useMe();
  const meId = me?.id ?? '';
  const variables = { query: query.trim(), limit: ASSEMBLY_PAGE_SIZE, offset: (page - 1) * ASSEMBLY_PAGE_SIZE };
  return useQuery({
    queryKey: [BUILDER_KEY, 'my-assemblies', variables, meId, language],
    queryFn: async ({ signal }) => (await graphqlRequest(myAssembliesQuery, variables, { language, signal, method: POST })).myAssemblies,
    enabled: enabled && Boolean(meId),
    placeholderData: keepPreviousData,
  });
}

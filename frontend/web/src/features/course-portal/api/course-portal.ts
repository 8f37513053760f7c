import { useQuery, useQueryClient } from '@tanstack/react-query';
import {
  coursePortalDraftQuery,
  coursePortalQuery,
  coursePortalSaveMutation,
  coursePortalSubmitMutation,
  type CoursePageQuery,
  type CoursePortalDraftFieldsFragment,
  type CoursePortalFieldsFragment,
  type CoursePortalTeamDraftQuery,
} from '@zyk/shared';
import { useApiMutation } from '@/hooks/use-api-mutation';
import { useLanguage } from '@/hooks/use-language';
import { useMe } from '@/hooks/use-me';
import { graphqlRequest } from '@/lib/graphql-client';

export type PortalData = CoursePortalFieldsFragment;
export type PortalDraftData = CoursePortalDraftFieldsFragment;
export type PortalTeamData = NonNullable<CoursePortalTeamDraftQuery['course']>;
/** The rest of the course page (name, kind, hours, major, outline…) that the templates lay out. */
export type PortalCourse = NonNullable<CoursePageQuery['course']>;

const liveKey = (id: string) => ['course-portal', id];
const draftKey = (id: string) => ['course-portal-draft', id];

/** The live portal (public; GET so that edges may cache it). */
export function useCoursePortal(id: string) {
  const [language] = useLanguage();
  return useQuery({
    queryKey: [...liveKey(id), language],
    queryFn: ({ signal }) => graphqlRequest(coursePortalQuery, { id }, { language, signal }),
  });
}

/**
 * The team's newest change and its review, by POST (personal). Only asked for when someone is signed in;
 * `data.course.portalDraft` is null for everyone outside the course team. The person is in the key, so a
 * browser shared by two people never shows one the other's draft.
 */
export function useCoursePortalDraft(id: string) {
  const [language] = useLanguage();
  const { me, isPending: mePending } = useMe();
  const query = useQuery({
    queryKey: [...draftKey(id), me?.id ?? null, language],
    queryFn: ({ signal }) => graphqlRequest(coursePortalDraftQuery, { id }, { language, signal, method: 'POST' }),
    enabled: Boolean(me),
  });
  return { ...query, isPending: mePending || (Boolean(me) && query.isPending), signedIn: Boolean(me) };
}

/** After a save or submit: the draft and (once approved) the live portal are refetched. */
function useRefreshPortal(courseId: string) {
  const client = useQueryClient();
  return {
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: draftKey(courseId) });
      void client.invalidateQueries({ queryKey: liveKey(courseId) });
    },
  };
}

/** Save the whole portal as a draft; `submit` also sends it to review. */
export function useCoursePortalSave(courseId: string) {
  return useApiMutation(coursePortalSaveMutation, (result) => result.coursePortalSave, useRefreshPortal(courseId));
}

/** Send the newest draft to review as it is. */
export function useCoursePortalSubmit(courseId: string) {
  return useApiMutation(coursePortalSubmitMutation, (result) => result.coursePortalSubmit, useRefreshPortal(courseId));
}

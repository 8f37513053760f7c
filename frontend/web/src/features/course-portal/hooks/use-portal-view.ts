import { useCoursePortal, useCoursePortalDraft } from '../api/course-portal';

/**
 * What the course page shows: the live portal, or with `preview` the team's draft (`/courses/:id?preview=draft`).
 * `draft` is the team's view (null for everyone else): its status drives the edit link and the banner.
 */
export function usePortalView(courseId: string, preview: boolean) {
  const live = useCoursePortal(courseId);
  const team = useCoursePortalDraft(courseId);
  const draft = team.data?.course?.portalDraft ?? null;
  const showDraft = preview && draft !== null;
  const portal = showDraft ? draft.portal : (live.data?.course?.portal ?? null);
  return {
    portal,
    draft,
    showDraft,
    isPending: live.isPending || (preview && team.isPending),
    isFetching: live.isFetching || team.isFetching,
    isError: live.isError,
    error: live.error,
    refetch: live.refetch,
  };
}

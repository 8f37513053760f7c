import {
  constructionTaskAssignMutation,
  constructionTaskReportMutation,
  invitationAcceptMutation,
  organisationCreateMutation,
  organisationInviteMutation,
} from '@zyk/shared';
import { useInvalidateAdmin } from '@/hooks/use-admin-query';
import { useApiMutation } from '@/hooks/use-api-mutation';

/** Every change here refreshes the board and the organisation lists. */
function useRefresh() {
  const invalidate = useInvalidateAdmin();
  return { onSuccess: () => void invalidate() };
}

export function useOrganisationCreate() {
  return useApiMutation(organisationCreateMutation, (result) => result.organisationCreate, useRefresh());
}

export function useOrganisationInvite() {
  return useApiMutation(organisationInviteMutation, (result) => result.organisationInvite, useRefresh());
}

export function useConstructionTaskAssign() {
  return useApiMutation(constructionTaskAssignMutation, (result) => result.constructionTaskAssign, useRefresh());
}

export function useConstructionTaskReport() {
  return useApiMutation(constructionTaskReportMutation, (result) => result.constructionTaskReport, useRefresh());
}

export function useInvitationAccept() {
  return useApiMutation(invitationAcceptMutation, (result) => result.invitationAccept, useRefresh());
}

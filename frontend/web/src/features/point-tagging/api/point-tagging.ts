import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  knowledgePointAttachMutation,
  knowledgePointDetachMutation,
  knowledgePointQuestionsAttachMutation,
  knowledgePointQuestionsDetachMutation,
  knowledgePointQuestionsQuery,
  knowledgePointResourcesQuery,
  myResourcesQuery,
  questionBankQuery,
} from '@zyk/shared';
import { useApiMutation } from '@/hooks/use-api-mutation';
import { useLanguage } from '@/hooks/use-language';
import { graphqlRequest } from '@/lib/graphql-client';

const PICK_LIMIT = 20;

/** The bank items testing a point (the team's view, drafts included). */
export function usePointQuestions(pointId: string) {
  const [language] = useLanguage();
  return useQuery({
    queryKey: ['knowledge-point-questions', pointId, language],
    queryFn: ({ signal }) => graphqlRequest(knowledgePointQuestionsQuery, { id: pointId }, { language, signal }),
  });
}

/** The point's published resources (the same read as the public panel). */
export function usePointResources(pointId: string) {
  const [language] = useLanguage();
  return useQuery({
    queryKey: ['knowledge-point-resources', pointId, language],
    queryFn: ({ signal }) => graphqlRequest(knowledgePointResourcesQuery, { id: pointId }, { language, signal }),
  });
}

/** Items of the course's bank whose stem holds `search` (the picker's options). */
export function useBankSearch(courseId: string, search: string, enabled: boolean) {
  const [language] = useLanguage();
  return useQuery({
    queryKey: ['question-bank', courseId, 'pick', search, language],
    queryFn: async ({ signal }) =>
      (await graphqlRequest(questionBankQuery, {
            courseId,
            search: search || null,
            questionType: null,
            difficulty: null,
            knowledgePointId: null,
            moduleId: null,
            status: null,
            limit: PICK_LIMIT,
            offset: 0,
          }, { language, signal }))
        .questionBank,
    placeholderData: keepPreviousData,
    enabled,
  });
}

/** Resources the viewer manages (the ones a tag can be added to), matching `search` in their titles. */
export function useManagedResourceSearch(search: string, enabled: boolean) {
  const [language] = useLanguage();
  const variables = { query: search.trim(), status: null, deleted: false, limit: PICK_LIMIT, offset: 0 };
  return useQuery({
    queryKey: ['point-tagging-resources', variables, language],
    queryFn: async ({ signal }) => (await graphqlRequest(myResourcesQuery, variables, { language, signal })).myResources,
    placeholderData: keepPreviousData,
    enabled,
  });
}

function useRefresh() {
  const client = useQueryClient();
  return {
    onSuccess: () => {
      for (const key of ['knowledge-point-questions', 'knowledge-point-resources', 'question-coverage', 'question-bank', 'course-knowledge-graph'])
        void client.invalidateQueries({ queryKey: [key] });
    },
  };
}

export const useAttachQuestions = () =>
  useApiMutation(knowledgePointQuestionsAttachMutation, (r) => r.knowledgePointQuestionsAttach, useRefresh());
export const useDetachQuestions = () =>
  useApiMutation(knowledgePointQuestionsDetachMutation, (r) => r.knowledgePointQuestionsDetach, useRefresh());
export const useAttachResources = () => useApiMutation(knowledgePointAttachMutation, (r) => r.knowledgePointAttach, useRefresh());
export const useDetachResources = () => useApiMutation(knowledgePointDetachMutation, (r) => r.knowledgePointDetach, useRefresh());

import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  answerSaveMutation,
  attemptQuery,
  attemptStartMutation,
  attemptSubmitMutation,
  courseSelfTestsQuery,
  coursePapersQuery,
  paperBankPickerQuery,
  paperCreateMutation,
  paperDeleteMutation,
  paperRulesCheckQuery,
  paperUpdateMutation,
  selfTestPageQuery,
  type AttemptItemFieldsFragment,
  type PaperEditFieldsFragment,
  type PaperInput,
  type PaperRuleInput,
  type QuestionType,
  type SelfTestSummaryFragment,
} from '@zyk/shared';
import { useApiMutation } from '@/hooks/use-api-mutation';
import { useLanguage } from '@/hooks/use-language';
import { graphqlRequest } from '@/lib/graphql-client';

export type SelfTestSummary = SelfTestSummaryFragment;
export type PaperEdit = PaperEditFieldsFragment;
export type AttemptItemData = AttemptItemFieldsFragment & { subQuestions?: AttemptItemFieldsFragment[] };
export type { PaperInput, PaperRuleInput, QuestionType };

// Every list here is personal (the viewer's attempts, the team's papers): keyed by the user, sent by POST.
const keys = {
  selfTests: (courseId: string) => ['self-tests', courseId],
  papers: (courseId: string) => ['course-papers', courseId],
  page: (paperId: string) => ['self-test-page', paperId],
  attempt: (attemptId: string) => ['attempt', attemptId],
};

/** 自测 of a course for the course page: open self-tests with the viewer's attempts and best score. */
export function useCourseSelfTests(courseId: string, userId: string | null) {
  const [language] = useLanguage();
  return useQuery({
    queryKey: [...keys.selfTests(courseId), userId, language],
    queryFn: async ({ signal }) =>
      (await graphqlRequest(courseSelfTestsQuery, { courseId, moduleId: null }, { language, signal, method: 'POST' })).selfTests,
  });
}

/** The paper editor's data: the course's modules and points, and all its papers (course team). */
export function useCoursePapers(courseId: string) {
  const [language] = useLanguage();
  return useQuery({
    queryKey: [...keys.papers(courseId), language],
    queryFn: async ({ signal }) => graphqlRequest(coursePapersQuery, { courseId }, { language, signal, method: 'POST' }),
  });
}

export interface PickerFilters {
  search?: string;
  questionType?: QuestionType;
  moduleId?: string;
  offset?: number;
}

/** Published items of the bank, 10 a page, to add to a fixed paper. */
export function useBankPicker(courseId: string, filters: PickerFilters, enabled: boolean) {
  const [language] = useLanguage();
  return useQuery({
    queryKey: ['paper-bank-picker', courseId, filters, language],
    queryFn: async ({ signal }) =>
      (
        await graphqlRequest(
          paperBankPickerQuery,
          { courseId, search: filters.search || null, questionType: filters.questionType ?? null, moduleId: filters.moduleId ?? null, offset: filters.offset ?? 0 },
          { language, signal, method: 'POST' },
        )
      ).questionBank,
    enabled,
    placeholderData: keepPreviousData,
  });
}

/** Whether the published bank satisfies the rules now (checked as the rules change). */
export function useRulesCheck(courseId: string, rules: PaperRuleInput[], enabled: boolean) {
  const [language] = useLanguage();
  return useQuery({
    queryKey: ['paper-rules-check', courseId, rules, language],
    queryFn: async ({ signal }) =>
      (await graphqlRequest(paperRulesCheckQuery, { courseId, rules }, { language, signal, method: 'POST' })).paperRulesCheck,
    enabled: enabled && rules.length > 0,
    placeholderData: keepPreviousData,
  });
}

export function usePaperSave(courseId: string) {
  const client = useQueryClient();
  const onSuccess = () => void client.invalidateQueries({ queryKey: keys.papers(courseId) });
  const create = useApiMutation(paperCreateMutation, (r) => r.paperCreate, { onSuccess });
  const update = useApiMutation(paperUpdateMutation, (r) => r.paperUpdate, { onSuccess });
  const remove = useApiMutation(paperDeleteMutation, (r) => r.paperDelete, { onSuccess });
  return { create, update, remove };
}

/** The self-test page: the paper and the viewer's history. */
export function useSelfTestPage(paperId: string, userId: string) {
  const [language] = useLanguage();
  return useQuery({
    queryKey: [...keys.page(paperId), userId, language],
    queryFn: async ({ signal }) => graphqlRequest(selfTestPageQuery, { paperId }, { language, signal, method: 'POST' }),
  });
}

export function useAttempt(attemptId: string | null) {
  const [language] = useLanguage();
  return useQuery({
    queryKey: [...keys.attempt(attemptId ?? ''), language],
    queryFn: async ({ signal }) => (await graphqlRequest(attemptQuery, { id: attemptId ?? '' }, { language, signal, method: 'POST' })).attempt,
    enabled: attemptId !== null,
    // answers are autosaved from local state; refetching on focus would fight with typing
    refetchOnWindowFocus: false,
    staleTime: Infinity,
  });
}

export function useAttemptActions(paperId: string) {
  const client = useQueryClient();
  const refresh = () => void client.invalidateQueries({ queryKey: keys.page(paperId) });
  const start = useApiMutation(attemptStartMutation, (r) => r.attemptStart, { onSuccess: refresh });
  const save = useApiMutation(answerSaveMutation, (r) => r.answerSave);
  const submit = useApiMutation(attemptSubmitMutation, (r) => r.attemptSubmit, {
    onSuccess: (payload) => {
      refresh();
      if (payload.attempt) void client.invalidateQueries({ queryKey: keys.attempt(payload.attempt.id) });
    },
  });
  return { start, save, submit };
}

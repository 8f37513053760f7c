import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  questionBankCourseQuery,
  questionBankItemQuery,
  questionBankQuery,
  questionCreateMutation,
  questionDeleteMutation,
  questionRestoreMutation,
  questionSubmitMutation,
  questionUpdateMutation,
  type QuestionBankItemFieldsFragment,
  type QuestionBankPartFieldsFragment,
  type QuestionBankQueryVariables,
} from '@zyk/shared';
import { useApiMutation } from '@/hooks/use-api-mutation';
import { useLanguage } from '@/hooks/use-language';
import { useMe } from '@/hooks/use-me';
import { graphqlRequest } from '@/lib/graphql-client';

export type BankItem = QuestionBankItemFieldsFragment;
export type BankPart = QuestionBankPartFieldsFragment;
export type BankFilters = Omit<QuestionBankQueryVariables, 'courseId' | 'limit' | 'offset'>;

/** Query keys start with this and carry the signed-in person's id: the bank is the team's own. */
export const BANK_KEY = 'question-bank';
const POST = 'POST' as const;

/** One page of the course's bank. */
export function useQuestionBank(courseId: string, filters: BankFilters, page: number, pageSize: number) {
  const [language] = useLanguage();
  const { me } = useMe();
  const meId = me?.id ?? '';
  return useQuery({
    queryKey: [BANK_KEY, courseId, 'list', filters, page, pageSize, meId, language],
    queryFn: async ({ signal }) =>
      (
        await graphqlRequest(
          questionBankQuery,
          { courseId, ...filters, limit: pageSize, offset: (page - 1) * pageSize },
          { language, signal, method: POST },
        )
      ).questionBank,
    enabled: Boolean(meId),
    placeholderData: keepPreviousData,
  });
}

/** The course's modules and knowledge points (filters and the editor's metadata). */
export function useBankCourse(courseId: string) {
  const [language] = useLanguage();
  const { me } = useMe();
  const meId = me?.id ?? '';
  return useQuery({
    queryKey: [BANK_KEY, courseId, 'course', meId, language],
    queryFn: async ({ signal }) => (await graphqlRequest(questionBankCourseQuery, { id: courseId }, { language, signal, method: POST })).course,
    enabled: Boolean(meId),
    staleTime: 60_000,
  });
}

/** One item as its latest draft. */
export function useBankItem(questionId: string | null) {
  const [language] = useLanguage();
  const { me } = useMe();
  const meId = me?.id ?? '';
  return useQuery({
    queryKey: [BANK_KEY, 'item', questionId, meId, language],
    queryFn: async ({ signal }) => (await graphqlRequest(questionBankItemQuery, { id: questionId ?? '' }, { language, signal, method: POST })).question,
    enabled: Boolean(meId && questionId),
  });
}

function useInvalidateBank() {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: [BANK_KEY] });
}

export function useQuestionCreate() {
  const invalidate = useInvalidateBank();
  return useApiMutation(questionCreateMutation, (data) => data.questionCreate, { onSuccess: invalidate });
}

export function useQuestionUpdate() {
  const invalidate = useInvalidateBank();
  return useApiMutation(questionUpdateMutation, (data) => data.questionUpdate, { onSuccess: invalidate });
}

export function useQuestionDelete() {
  const invalidate = useInvalidateBank();
  return useApiMutation(questionDeleteMutation, (data) => data.questionDelete, { onSuccess: invalidate });
}

export function useQuestionRestore() {
  const invalidate = useInvalidateBank();
  return useApiMutation(questionRestoreMutation, (data) => data.questionRestore, { onSuccess: invalidate });
}

export function useQuestionSubmit() {
  const invalidate = useInvalidateBank();
  return useApiMutation(questionSubmitMutation, (data) => data.questionSubmit, { onSuccess: invalidate });
}

import { useInfiniteQuery, useQueryClient } from '@tanstack/react-query';
import {
  courseMyQuestionsQuery,
  courseOpenQuestionsQuery,
  courseQuestionAnswerMutation,
  courseQuestionDismissMutation,
  type CourseQuestionFieldsFragment,
} from '@zyk/shared';
import { useApiMutation } from '@/hooks/use-api-mutation';
import { useLanguage } from '@/hooks/use-language';
import { graphqlRequest } from '@/lib/graphql-client';

export type CourseQuestionData = CourseQuestionFieldsFragment;
export type DismissReason = NonNullable<CourseQuestionData['dismissReason']>;

export const QUESTIONS_PAGE_SIZE = 10;
/** The server refuses longer answers; the form stops there too. */
export const MAX_ANSWER_LENGTH = 2000;
export const MAX_NOTE_LENGTH = 200;
export const DISMISS_REASONS: DismissReason[] = ['DUPLICATE', 'OFF_TOPIC', 'OTHER'];

// Both lists name people: the user id is in the key, so one person's list is never shown to the next one
// signed in on the same browser, and they go by POST (never into a URL or a shared cache).
const openKey = (courseId: string) => ['course-open-questions', courseId];
const myKey = (courseId: string) => ['course-my-questions', courseId];

interface Page {
  total: number;
  questions: CourseQuestionData[];
}

function nextOffset(last: Page | null | undefined, pages: (Page | null | undefined)[]) {
  const loaded = pages.reduce((sum, page) => sum + (page?.questions.length ?? 0), 0);
  return last && last.questions.length > 0 && loaded < last.total ? loaded : undefined;
}

/** 待回答的提问 for the course team, QUESTIONS_PAGE_SIZE at a time; the pages are null for everyone else. */
export function useOpenQuestions(courseId: string, userId: string | null) {
  const [language] = useLanguage();
  return useInfiniteQuery({
    queryKey: [...openKey(courseId), userId, language],
    queryFn: async ({ pageParam, signal }) =>
      (
        await graphqlRequest(
          courseOpenQuestionsQuery,
          { id: courseId, limit: QUESTIONS_PAGE_SIZE, offset: pageParam },
          { language, signal, method: 'POST' },
        )
      ).course?.openQuestions ?? null,
    initialPageParam: 0,
    getNextPageParam: nextOffset,
    enabled: userId !== null,
  });
}

/** 我的提问: the signed-in viewer's questions to the course, QUESTIONS_PAGE_SIZE at a time. */
export function useMyQuestions(courseId: string, userId: string | null) {
  const [language] = useLanguage();
  return useInfiniteQuery({
    queryKey: [...myKey(courseId), userId, language],
    queryFn: async ({ pageParam, signal }) =>
      (
        await graphqlRequest(
          courseMyQuestionsQuery,
          { id: courseId, limit: QUESTIONS_PAGE_SIZE, offset: pageParam },
          { language, signal, method: 'POST' },
        )
      ).course?.myQuestions ?? null,
    initialPageParam: 0,
    getNextPageParam: nextOffset,
    enabled: userId !== null,
  });
}

/** After the team answered or dismissed: both lists, and (answers into the FAQ) the FAQ and earlier answers. */
function useRefreshQuestions(courseId: string) {
  const client = useQueryClient();
  return {
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: openKey(courseId) });
      void client.invalidateQueries({ queryKey: myKey(courseId) });
      void client.invalidateQueries({ queryKey: ['course-faq', courseId] });
      void client.invalidateQueries({ queryKey: ['course-answer', courseId] });
    },
  };
}

/** A posted question reaches 我的提问 at once. */
export function useRefreshMyQuestions(courseId: string) {
  const client = useQueryClient();
  return { onSuccess: () => void client.invalidateQueries({ queryKey: myKey(courseId) }) };
}

/** Answer a posted question (course team), optionally into the FAQ with knowledge points. */
export function useCourseQuestionAnswer(courseId: string) {
  return useApiMutation(courseQuestionAnswerMutation, (result) => result.courseQuestionAnswer, useRefreshQuestions(courseId));
}

/** Dismiss a posted question with a reason (course team). */
export function useCourseQuestionDismiss(courseId: string) {
  return useApiMutation(courseQuestionDismissMutation, (result) => result.courseQuestionDismiss, useRefreshQuestions(courseId));
}

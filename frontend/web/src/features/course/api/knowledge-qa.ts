import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { courseAnswerQuery, courseFaqQuery, courseQuestionPostMutation, type CourseAnswerQuery, type CourseFaqQuery } from '@zyk/shared';
import { useApiMutation } from '@/hooks/use-api-mutation';
import { useLanguage } from '@/hooks/use-language';
import { graphqlRequest } from '@/lib/graphql-client';
import { useRefreshMyQuestions } from './course-questions';

export type CourseAnswerData = CourseAnswerQuery['courseAnswer'];
export type FaqEntryData = NonNullable<CourseFaqQuery['course']>['faq']['entries'][number];

/** The server refuses longer questions; the box stops there too. */
export const MAX_QUESTION_LENGTH = 300;
export const FAQ_PAGE_SIZE = 10;

/** The answer to the question last asked (null: nothing asked yet, nothing is requested). */
export function useCourseAnswer(courseId: string, question: string | null) {
  const [language] = useLanguage();
  return useQuery({
    queryKey: ['course-answer', courseId, question, language],
    queryFn: ({ signal }) => graphqlRequest(courseAnswerQuery, { courseId, question: question ?? '' }, { language, signal }),
    enabled: question !== null,
    retry: false,
  });
}

/** Post a question the FAQ declined to the course Q&A (signed-in viewers); it shows under 我的提问 at once. */
export function useCourseQuestionPost(courseId: string) {
  return useApiMutation(courseQuestionPostMutation, (result) => result.courseQuestionPost, useRefreshMyQuestions(courseId));
}

/** The course FAQ, FAQ_PAGE_SIZE entries at a time; only asked for once `enabled`. */
export function useCourseFaq(courseId: string, enabled: boolean) {
  const [language] = useLanguage();
  return useInfiniteQuery({
    queryKey: ['course-faq', courseId, language],
    queryFn: ({ pageParam, signal }) =>
      graphqlRequest(courseFaqQuery, { id: courseId, limit: FAQ_PAGE_SIZE, offset: pageParam }, { language, signal }),
    initialPageParam: 0,
    getNextPageParam: (last, pages) => {
      const loaded = pages.reduce((sum, page) => sum + (page.course?.faq.entries.length ?? 0), 0);
      const total = last.course?.faq.total ?? 0;
      return last.course && last.course.faq.entries.length > 0 && loaded < total ? loaded : undefined;
    },
    enabled,
  });
}

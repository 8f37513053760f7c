import { useQuery } from '@tanstack/react-query';
import { questionCoverageQuery, type QuestionCoverageQuery } from '@zyk/shared';
import { useLanguage } from '@/hooks/use-language';
import { graphqlRequest } from '@/lib/graphql-client';

export type CoverageData = QuestionCoverageQuery['questionCoverage'];
export type CoverageRow = CoverageData['points'][number];

/** The coverage matrix of a course's bank (C4), published items or every item. */
export function useQuestionCoverage(courseId: string, includeDrafts: boolean) {
  const [language] = useLanguage();
  return useQuery({
    queryKey: ['question-coverage', courseId, includeDrafts, language],
    queryFn: ({ signal }) => graphqlRequest(questionCoverageQuery, { courseId, includeDrafts }, { language, signal }),
  });
}

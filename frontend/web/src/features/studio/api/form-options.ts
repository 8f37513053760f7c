import { resourceFormOptionsQuery, resourceTitleSuggestionQuery, type ResourceFormOptionsQuery } from '@zyk/shared';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useLanguage } from '@/hooks/use-language';
import { useMe } from '@/hooks/use-me';
import { graphqlRequest } from '@/lib/graphql-client';
import { STUDIO_KEY, useStudioQuery } from './use-studio-query';

export type FormOptions = ResourceFormOptionsQuery['resourceFormOptions'];
export type FormMajor = FormOptions['majors'][number];
export type FormCourse = FormMajor['courses'][number];

/** Institutions, majors, courses, modules, points and the size limit (they change rarely). */
export function useFormOptions() {
  const query = useStudioQuery('form-options', resourceFormOptionsQuery, {}, { staleTime: 5 * 60_000 });
  return { ...query, options: query.data?.resourceFormOptions };
}

export interface TitleSuggestionInput {
  majorId: string;
  courseId?: string | null;
  moduleId?: string | null;
  knowledgePointId?: string | null;
  type?: string | null;
}

/** Asks for the next title by the major's naming rule (null when the rule needs a part not chosen yet). */
export function useTitleSuggestion() {
  const [language] = useLanguage();
  const { me } = useMe();
  const client = useQueryClient();
  return useCallback(
    (input: TitleSuggestionInput) =>
      client.fetchQuery({
        queryKey: [STUDIO_KEY, me?.id ?? null, 'title-suggestion', language, input],
        queryFn: async () =>
          (
            await graphqlRequest(
              resourceTitleSuggestionQuery,
              {
                majorId: input.majorId,
                courseId: input.courseId || null,
                moduleId: input.moduleId || null,
                knowledgePointId: input.knowledgePointId || null,
                type: input.type ? input.type.toLowerCase() : null,
              },
              { language, method: 'POST' },
            )
          ).resourceTitleSuggestion,
        staleTime: 0,
      }),
    [client, language, me?.id],
  );
}

import type { FormInstance } from 'antd';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '@/lib/graphql-client';
import { MutationFailed, type MutationProblem } from '@/lib/mutation-result';

/**
 * Shows a failed mutation on a form: each server error that names a field the form has goes under
 * that field (server field → form field name in `fields`), everything else into one alert.
 */
export function useFormFeedback(form: FormInstance, fields: Record<string, string> = {}) {
  const { t } = useTranslation();
  const [alert, setAlert] = useState<MutationProblem | null>(null);

  const report = useCallback(
    (error: unknown) => {
      const problems: MutationProblem[] =
        error instanceof MutationFailed
          ? error.problems
          : [
              {
                code: error instanceof ApiError ? String(error.code) : 'INTERNAL',
                message: error instanceof Error && error.message ? error.message : t('errors.unknown'),
              },
            ];
      const byField = new Map<string, string[]>();
      const rest: MutationProblem[] = [];
      for (const problem of problems) {
        const name = problem.field ? fields[problem.field] : undefined;
        if (name) byField.set(name, [...(byField.get(name) ?? []), problem.message]);
        else rest.push(problem);
      }
      form.setFields([...byField].map(([name, errors]) => ({ name, errors })));
      setAlert(rest.length ? { code: rest[0].code, message: rest.map((p) => p.message).join(' ') } : null);
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the field map is a literal per form
    [form, t, JSON.stringify(fields)],
  );
  const clear = useCallback(() => setAlert(null), []);
  return useMemo(() => ({ alert, report, clear }), [alert, report, clear]);
}

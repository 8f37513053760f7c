import { useParams } from 'react-router';
import { NotFoundView } from '@/components/feedback/not-found-view';
import { RequireLogin } from '@/components/require-login';
import { CoverageMatrixPage } from '@/features/question-coverage/components/coverage-matrix-page';

const isId = (value: string | undefined): value is string => Boolean(value && /^\d{1,12}$/.test(value));

/** `/courses/:id/questions/coverage`: the bank's coverage matrix for the course team (issue 7: C4). */
export function QuestionCoverageRoute() {
  const { id } = useParams();
  if (!isId(id)) return <NotFoundView />;
  return <RequireLogin>{() => <CoverageMatrixPage key={id} courseId={id} />}</RequireLogin>;
}

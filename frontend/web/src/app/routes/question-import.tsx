import { useParams } from 'react-router';
import { NotFoundView } from '@/components/feedback/not-found-view';
import { RequireLogin } from '@/components/require-login';
import { QuestionImportPage } from '@/features/question-import/components/question-import-page';

const isId = (value: string | undefined): value is string => Boolean(value && /^\d{1,12}$/.test(value));

/** `/courses/:id/questions/import`: import into and export from the course's bank (issue 7: C4, M5). */
export function QuestionImportRoute() {
  const { id } = useParams();
  if (!isId(id)) return <NotFoundView />;
  return <RequireLogin>{() => <QuestionImportPage key={id} courseId={id} />}</RequireLogin>;
}

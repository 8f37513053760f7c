import { useParams } from 'react-router';
import { NotFoundView } from '@/components/feedback/not-found-view';
import { RequireLogin } from '@/components/require-login';
import { QuestionBankPage } from '@/features/question-bank/components/question-bank-page';
import { QuestionEditorPage } from '@/features/question-bank/components/question-editor-page';

const isId = (value: string | undefined): value is string => Boolean(value && /^\d{1,12}$/.test(value));

/** `/courses/:id/questions`: 题库 for the course team and editors (issue 7: C4, M5). */
export function QuestionBankRoute() {
  const { id } = useParams();
  if (!isId(id)) return <NotFoundView />;
  return <RequireLogin>{() => <QuestionBankPage key={id} courseId={id} />}</RequireLogin>;
}

/** `/courses/:id/questions/new` and `/courses/:id/questions/:questionId`: the item editor. */
export function QuestionEditRoute() {
  const { id, questionId } = useParams();
  if (!isId(id) || (questionId !== undefined && !isId(questionId))) return <NotFoundView />;
  return <RequireLogin>{() => <QuestionEditorPage key={`${id}-${questionId ?? 'new'}`} courseId={id} questionId={questionId ?? null} />}</RequireLogin>;
}

import { useParams } from 'react-router';
import { NotFoundView } from '@/components/feedback/not-found-view';
import { RequireLogin } from '@/components/require-login';
import { PaperEditorPage } from '@/features/self-test/components/paper-editor-page';
import { SelfTestPage } from '@/features/self-test/components/self-test-page';

const isId = (value: string | undefined): value is string => Boolean(value && /^\d{1,12}$/.test(value));

/** `/self-tests/:paperId`: a learner takes a self-test (issue 7: L5); signed-in only. */
export function SelfTestRoute() {
  const { paperId } = useParams();
  if (!isId(paperId)) return <NotFoundView />;
  return <RequireLogin>{(me) => <SelfTestPage key={paperId} paperId={paperId} userId={me.id} />}</RequireLogin>;
}

/** `/courses/:id/papers`: the course team's self-test papers (issue 7: L5). */
export function CoursePapersRoute() {
  const { id } = useParams();
  if (!isId(id)) return <NotFoundView />;
  return <RequireLogin>{() => <PaperEditorPage key={id} courseId={id} />}</RequireLogin>;
}

import { useParams } from 'react-router';
import { NotFoundView } from '@/components/feedback/not-found-view';
import { RequireLogin } from '@/components/require-login';
import { PortalEditorPage } from '@/features/course-portal/components/portal-editor-page';

const isId = (value: string | undefined): value is string => Boolean(value && /^\d{1,12}$/.test(value));

/** `/courses/:id/portal`: the course team's portal editor (template, intro, standard, team; M6). */
export function CoursePortalEditRoute() {
  const { id } = useParams();
  if (!isId(id)) return <NotFoundView />;
  return <RequireLogin>{() => <PortalEditorPage key={id} courseId={id} />}</RequireLogin>;
}

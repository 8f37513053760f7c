import { useParams } from 'react-router';
import { NotFoundView } from '@/components/feedback/not-found-view';
import { RequireLogin } from '@/components/require-login';
import { CourseBuilderPage } from '@/features/course-builder/components/course-builder-page';

const isId = (value: string | undefined): value is string => Boolean(value && /^\d{1,12}$/.test(value));

/** `/courses/:id/build`: 组课 for the course team and editors (M5, T1); `?version=n` shows a published version. */
export function CourseBuildRoute() {
  const { id } = useParams();
  if (!isId(id)) return <NotFoundView />;
  return <RequireLogin>{() => <CourseBuilderPage key={id} courseId={id} />}</RequireLogin>;
}

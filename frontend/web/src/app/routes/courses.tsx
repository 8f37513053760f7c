import { CourseCataloguePage } from '@/features/course-catalogue/components/course-catalogue-page';

/** `/courses`: the course catalogue (M6), open to anonymous visitors; filters in the query string. */
export function CoursesRoute() {
  return <CourseCataloguePage />;
}

import type { CatalogueCourse } from '../api/get-course-catalogue';

/** The teacher a card names: the lead teacher (课程负责人), else the first of the team, else none. */
export function leadTeacher(teachers: CatalogueCourse['teachers']) {
  return teachers.find((teacher) => teacher.role === 'LEAD') ?? teachers[0] ?? null;
}

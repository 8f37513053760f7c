import { ReadOutlined } from '@ant-design/icons';
import { useState } from 'react';
import type { CatalogueCourse } from '../api/get-course-catalogue';
import { coverColours } from '../utils/cover-palette';

/**
 * The course's cover picture (1200×500), or — without one, or when it fails to load — a generated cover:
 * the kind's colours with the course name on it. Decorative either way: the card names the course.
 */
export function CourseCover({ course }: { course: Pick<CatalogueCourse, 'id' | 'name' | 'kind' | 'coverUrl'> }) {
  const [failed, setFailed] = useState(false);
  if (course.coverUrl && !failed) {
    return (
      <img
        className="zyk-course-cover zyk-course-cover--image"
        src={course.coverUrl}
        alt=""
        loading="lazy"
        decoding="async"
        onError={() => setFailed(true)}
        data-testid="course-cover-image"
      />
    );
  }
  const [from, to] = coverColours(course.kind, course.id);
  return (
    <div
      className="zyk-course-cover zyk-course-cover--generated"
      style={{ backgroundImage: `linear-gradient(135deg, ${from} 0%, ${to} 100%)` }}
      data-testid="course-cover-generated"
    >
      <ReadOutlined className="zyk-course-cover__icon" aria-hidden />
      <span className="zyk-course-cover__name">{course.name}</span>
    </div>
  );
}

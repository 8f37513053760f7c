import { ClockCircleOutlined, TrophyOutlined } from '@ant-design/icons';
import { Avatar } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CatalogueCourse } from '../api/get-course-catalogue';
import { leadTeacher } from '../utils/lead-teacher';
import { CourseCover } from './course-cover';

const LEVEL_BARS: Record<CatalogueCourse['level'], number> = { INTRODUCTORY: 1, INTERMEDIATE: 2, ADVANCED: 3 };

/** 入门 / 进阶 / 高级 with one to three bars. */
export function LevelTag({ level }: { level: CatalogueCourse['level'] }) {
  const { t } = useTranslation();
  return (
    <span className={`zyk-level zyk-level--${level.toLowerCase()}`} data-testid="course-card-level">
      <span className="zyk-level__bars" aria-hidden="true">
        {[1, 2, 3].map((bar) => (
          <span key={bar} className={bar <= LEVEL_BARS[level] ? 'is-on' : undefined} />
        ))}
      </span>
      {t(`catalogue.level.${level}`)}
    </span>
  );
}

/**
 * One course of the catalogue: cover, kind and level, name, summary, hours and credits, lead teacher.
 * The whole card opens the course (its title link covers it), so it is one tap target on a phone.
 */
export function CourseCard({ course }: { course: CatalogueCourse }) {
  const { t } = useTranslation();
  const href = `/courses/${course.id}`;
  const lead = leadTeacher(course.teachers);
  const titleId = `catalogue-course-${course.id}`;
  return (
    <article className="zyk-course-card" data-testid="course-card" data-kind={course.kind} data-level={course.level} aria-labelledby={titleId}>
      <div className="zyk-course-card__cover">
        <CourseCover course={course} />
      </div>
      <div className="zyk-course-card__body">
        <p className="zyk-course-card__tags">
          <span className={`zyk-kind zyk-kind--${course.kind.toLowerCase()}`} data-testid="course-card-kind">
            {t(`courseKind.${course.kind}`)}
          </span>
          <LevelTag level={course.level} />
        </p>
        <h3 className="zyk-course-card__title" id={titleId}>
          <Link to={href} className="zyk-course-card__link" data-testid="course-card-link">
            {course.name}
          </Link>
        </h3>
        {course.summary ? <p className="zyk-course-card__summary">{course.summary}</p> : null}
        <ul className="zyk-course-card__facts" aria-label={t('catalogue.card.facts')}>
          <li>
            <ClockCircleOutlined aria-hidden />
            {t('common.hours', { count: course.hours })}
          </li>
          <li>
            <TrophyOutlined aria-hidden />
            {t('common.credits', { count: course.credits })}
          </li>
        </ul>
        <div className="zyk-course-card__footer">
          {lead ? (
            <p className="zyk-course-card__teacher" data-testid="course-card-teacher">
              <Avatar size={28} src={lead.photoUrl || undefined} alt="" className="zyk-course-card__avatar">
                {[...lead.name][0]}
              </Avatar>
              <span className="zyk-course-card__teacher-text">
                <span className="zyk-visually-hidden">{t('catalogue.card.lead')}</span>
                <span className="zyk-course-card__teacher-name">{lead.name}</span>
                {lead.title ? <span className="zyk-course-card__teacher-title">{lead.title}</span> : null}
              </span>
            </p>
          ) : (
            <p className="zyk-course-card__teacher zyk-muted">{t('catalogue.card.noTeacher')}</p>
          )}
          <span className="zyk-course-card__major">{course.major.name}</span>
        </div>
      </div>
    </article>
  );
}

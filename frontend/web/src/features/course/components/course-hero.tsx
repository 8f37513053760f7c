import { Breadcrumb } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CoursePageData } from '../api/get-course-page';

/** Breadcrumb back to the major, the course name, kind, hours, credits, semester and summary. */
export function CourseHero({ course }: { course: CoursePageData }) {
  const { t } = useTranslation();
  const facts = [
    { key: 'hours', label: t('course.hours'), value: String(course.hours) },
    { key: 'credits', label: t('course.credits'), value: Number.isInteger(course.credits) ? String(course.credits) : course.credits.toFixed(1) },
    ...(course.semester ? [{ key: 'semester', label: t('course.semester'), value: String(course.semester) }] : []),
  ];
  return (
    <section className="zyk-hero zyk-hero--course" aria-labelledby="course-title">
      <div className="zyk-container">
        <nav aria-label={t('course.breadcrumb')}>
          <Breadcrumb
            className="zyk-hero__breadcrumb"
            items={[
              { title: <Link to="/">{t('app.nav.home')}</Link> },
              { title: <Link to={`/majors/${encodeURIComponent(course.major.code)}`}>{course.major.name}</Link> },
              { title: <span aria-current="page">{course.name}</span> },
            ]}
          />
        </nav>
        <div className="zyk-hero__grid">
          <div className="zyk-hero__main">
            <p className="zyk-hero__eyebrow">
              <span className={`zyk-kind zyk-kind--on-dark zyk-kind--${course.kind.toLowerCase()}`}>{t(`courseKind.${course.kind}`)}</span>
            </p>
            <h1 id="course-title" className="zyk-hero__title" data-testid="course-name">
              {course.name}
            </h1>
            {course.summary ? <p className="zyk-hero__intro">{course.summary}</p> : null}
          </div>
          <dl className="zyk-hero__stats zyk-hero__stats--course" aria-label={t('course.facts')}>
            {facts.map((fact) => (
              <div className="zyk-stat" key={fact.key}>
                <dt className="zyk-stat__label">{fact.label}</dt>
                <dd className="zyk-stat__value">{fact.value}</dd>
              </div>
            ))}
          </dl>
        </div>
      </div>
    </section>
  );
}

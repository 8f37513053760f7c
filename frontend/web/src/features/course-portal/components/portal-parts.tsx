import { Breadcrumb } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Section } from '@/components/section';
import type { PortalCourse, PortalData } from '../api/course-portal';
import { portalFacts } from '../lib/portal-facts';

/** Home / major / course; the same landmark name in every template. */
export function PortalBreadcrumb({ course, className }: { course: PortalCourse; className?: string }) {
  const { t } = useTranslation();
  return (
    <nav aria-label={t('course.breadcrumb')} className={className}>
      <Breadcrumb
        className="zyk-hero__breadcrumb"
        items={[
          { title: <Link to="/">{t('app.nav.home')}</Link> },
          { title: <Link to={`/majors/${encodeURIComponent(course.major.code)}`}>{course.major.name}</Link> },
          { title: <span aria-current="page">{course.name}</span> },
        ]}
      />
    </nav>
  );
}

/** 专业核心课 · 中级: the course kind and level as tags. */
export function PortalTags({ course, portal, onDark = false }: { course: PortalCourse; portal: PortalData; onDark?: boolean }) {
  const { t } = useTranslation();
  return (
    <span className="zyk-portal-tags" data-testid="portal-tags">
      <span className={`zyk-kind zyk-kind--${course.kind.toLowerCase()}${onDark ? ' zyk-kind--on-dark' : ''}`}>
        {t(`courseKind.${course.kind}`)}
      </span>
      <span className={`zyk-portal-level zyk-portal-level--${portal.level.toLowerCase()}${onDark ? ' zyk-portal-level--on-dark' : ''}`} data-testid="portal-level">
        {t(`coursePortal.level.${portal.level}`)}
      </span>
    </span>
  );
}

/** The facts card of a side column: kind, level, hours, credits, semester, hours of the standard. */
export function PortalFactsCard({ course, portal }: { course: PortalCourse; portal: PortalData }) {
  const { t } = useTranslation();
  const facts = [
    { key: 'kind', label: t('coursePortal.kindLabel'), value: t(`courseKind.${course.kind}`) },
    ...portalFacts(course, portal, t),
    ...(portal.standard.totalHours
      ? [{ key: 'standardHours', label: t('coursePortal.standard.totalHours'), value: String(portal.standard.totalHours) }]
      : []),
  ];
  return (
    <Section title={t('course.facts')} id="facts">
      <dl className="zyk-portal-facts" data-testid="portal-facts">
        {facts.map((fact) => (
          <div key={fact.key} className="zyk-portal-facts__row">
            <dt>{fact.label}</dt>
            <dd>{fact.value}</dd>
          </div>
        ))}
      </dl>
    </Section>
  );
}

/** The introduction (server-rendered, sanitised HTML); `summary` above it when `withSummary`. */
export function PortalIntro({ portal, withSummary = false, extra }: { portal: PortalData; withSummary?: boolean; extra?: ReactNode }) {
  const { t } = useTranslation();
  const hasIntro = Boolean(portal.intro.trim());
  if (!hasIntro && !(withSummary && portal.summary)) return null;
  return (
    <Section title={t('course.intro')} id="intro" extra={extra}>
      {withSummary && portal.summary ? <p className="zyk-portal-summary">{portal.summary}</p> : null}
      {hasIntro ? <div className="zyk-rich-text" data-testid="portal-intro" dangerouslySetInnerHTML={{ __html: portal.intro }} /> : null}
    </Section>
  );
}

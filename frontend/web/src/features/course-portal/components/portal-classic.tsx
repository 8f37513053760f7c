import { useTranslation } from 'react-i18next';
import { portalFacts } from '../lib/portal-facts';
import type { PortalLayoutProps } from './portal-layout-props';
import { PortalBreadcrumb, PortalFactsCard, PortalIntro, PortalTags } from './portal-parts';
import { PortalStandard } from './portal-standard';
import { PortalTeam } from './portal-team';
import './course-portal.css';

/**
 * 经典 template: the blue hero with the facts, the content in a main column and a side column with the
 * team, the facts card and the prerequisites.
 */
export function PortalClassic({ course, portal, sections, tools, notice }: PortalLayoutProps) {
  const { t } = useTranslation();
  return (
    <div className="zyk-portal zyk-portal--classic" data-template="classic">
      {notice}
      <section className="zyk-hero zyk-hero--course" aria-labelledby="course-title">
        <div className="zyk-container">
          <PortalBreadcrumb course={course} />
          <div className="zyk-hero__grid">
            <div className="zyk-hero__main">
              <p className="zyk-hero__eyebrow">
                <PortalTags course={course} portal={portal} onDark />
              </p>
              <h1 id="course-title" className="zyk-hero__title" data-testid="course-name">
                {portal.name}
              </h1>
              {portal.summary ? <p className="zyk-hero__intro">{portal.summary}</p> : null}
            </div>
            <dl className="zyk-hero__stats zyk-hero__stats--course" aria-label={t('course.facts')}>
              {portalFacts(course, portal, t)
                .filter((fact) => fact.key !== 'level')
                .map((fact) => (
                  <div className="zyk-stat" key={fact.key}>
                    <dt className="zyk-stat__label">{fact.label}</dt>
                    <dd className="zyk-stat__value">{fact.value}</dd>
                  </div>
                ))}
            </dl>
          </div>
        </div>
      </section>
      <div className="zyk-container zyk-page zyk-course-layout">
        <div className="zyk-course-layout__main">
          <PortalIntro portal={portal} />
          <PortalStandard standard={portal.standard} />
          {sections.outline}
          {sections.graph}
          {sections.qa}
          {sections.skills}
          {sections.more}
        </div>
        <aside className="zyk-course-layout__side" data-testid="portal-sidebar" aria-label={t('coursePortal.sidebar')}>
          {tools}
          <PortalTeam teachers={portal.teachers} />
          <PortalFactsCard course={course} portal={portal} />
          {sections.prerequisites}
        </aside>
      </div>
    </div>
  );
}

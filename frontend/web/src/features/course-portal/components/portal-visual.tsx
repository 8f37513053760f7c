import { useTranslation } from 'react-i18next';
import { bannerStyle, seedOf } from '../lib/banner';
import { BannerPattern } from './portal-banner';
import { portalFacts } from '../lib/portal-facts';
import type { PortalLayoutProps } from './portal-layout-props';
import { PortalBreadcrumb, PortalIntro, PortalTags } from './portal-parts';
import { PortalStandard } from './portal-standard';
import { PortalTeam } from './portal-team';
import './course-portal.css';

/**
 * 视觉 template: a full-width banner (the cover, or a generated picture without one) with the title over
 * it, the knowledge graph near the top, the standard in tabs and the team as photo cards.
 */
export function PortalVisual({ course, portal, sections, tools, notice }: PortalLayoutProps) {
  const { t } = useTranslation();
  const seed = seedOf(`${course.id}:${portal.name}`);
  const facts = [
    ...portalFacts(course, portal, t),
    { key: 'teachers', label: t('coursePortal.teacherCount'), value: String(portal.teachers.length) },
  ];
  return (
    <div className="zyk-portal zyk-portal--visual" data-template="visual">
      {notice}
      <section
        className="zyk-portal-banner"
        style={bannerStyle(seed)}
        data-testid="portal-banner"
        data-cover={portal.coverUrl ? 'image' : 'generated'}
        aria-labelledby="course-title"
      >
        {portal.coverUrl ? (
          <img className="zyk-portal-banner__image" src={portal.coverUrl} alt="" data-testid="portal-cover" />
        ) : (
          <BannerPattern seed={seed} />
        )}
        <div className="zyk-portal-banner__shade" aria-hidden="true" />
        <div className="zyk-container zyk-portal-banner__content">
          <PortalBreadcrumb course={course} className="zyk-portal-banner__crumbs" />
          <p className="zyk-portal-banner__tags">
            <PortalTags course={course} portal={portal} onDark />
          </p>
          <h1 id="course-title" className="zyk-portal-banner__title" data-testid="course-name">
            {portal.name}
          </h1>
          {portal.summary ? <p className="zyk-portal-banner__summary">{portal.summary}</p> : null}
        </div>
      </section>
      <div className="zyk-container">
        <dl className="zyk-portal-strip" aria-label={t('course.facts')} data-testid="portal-strip">
          {facts.map((fact) => (
            <div key={fact.key} className="zyk-portal-strip__fact">
              <dt>{fact.label}</dt>
              <dd>{fact.value}</dd>
            </div>
          ))}
        </dl>
      </div>
      <div className="zyk-container zyk-page zyk-portal-visual">
        {tools ? <div className="zyk-portal-visual__tools">{tools}</div> : null}
        {sections.graph}
        <PortalIntro portal={portal} />
        <PortalStandard standard={portal.standard} layout="tabs" />
        <PortalTeam teachers={portal.teachers} variant="cards" />
        {sections.outline}
        {sections.skills}
        <div className="zyk-portal-visual__pair">
          {sections.qa}
          {sections.prerequisites}
        </div>
        {sections.more}
      </div>
    </div>
  );
}

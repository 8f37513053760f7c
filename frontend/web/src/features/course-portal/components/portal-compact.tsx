import { DownOutlined } from '@ant-design/icons';
import { useCallback, useState, type MouseEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { portalFacts } from '../lib/portal-facts';
import type { PortalLayoutProps } from './portal-layout-props';
import { PortalBreadcrumb, PortalIntro, PortalTags } from './portal-parts';
import { PortalStandard } from './portal-standard';
import { PortalTeam } from './portal-team';
import './course-portal.css';

interface Block {
  key: string;
  label: string;
  node: ReactNode;
}

/** A section that folds to its heading; open unless the reader folded it. */
function Fold({ block, collapsed, onToggle }: { block: Block; collapsed: boolean; onToggle: (key: string) => void }) {
  const { t } = useTranslation();
  const id = `portal-${block.key}`;
  return (
    <div className="zyk-fold" id={id} data-collapsed={collapsed} data-testid="portal-fold" data-fold={block.key}>
      <button
        type="button"
        className="zyk-fold__toggle"
        aria-expanded={!collapsed}
        aria-controls={`${id}-body`}
        aria-label={t(collapsed ? 'coursePortal.compact.expand' : 'coursePortal.compact.collapse', { name: block.label })}
        onClick={() => onToggle(block.key)}
        data-testid="fold-toggle"
      >
        <DownOutlined aria-hidden />
      </button>
      <div id={`${id}-body`} className="zyk-fold__body">
        {block.node}
      </div>
    </div>
  );
}

/**
 * 简洁 template: one column, mobile first. A small header, section chips that stay under the app header,
 * and sections that fold to their headings.
 */
export function PortalCompact({ course, portal, sections, tools, notice }: PortalLayoutProps) {
  const { t } = useTranslation();
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(() => new Set());
  const toggle = useCallback(
    (key: string) =>
      setCollapsed((current) => {
        const next = new Set(current);
        if (!next.delete(key)) next.add(key);
        return next;
      }),
    [],
  );

  const candidates: (Block | null)[] = [
    portal.intro.trim() ? { key: 'intro', label: t('course.intro'), node: <PortalIntro portal={portal} /> } : null,
    { key: 'standard', label: t('coursePortal.standard.title'), node: <PortalStandard standard={portal.standard} /> },
    { key: 'teachers', label: t('course.teachers'), node: <PortalTeam teachers={portal.teachers} variant="compact" /> },
    sections.outline ? { key: 'outline', label: t('course.outline'), node: sections.outline } : null,
    sections.graph ? { key: 'graph', label: t('coursePortal.compact.graph'), node: sections.graph } : null,
    sections.qa ? { key: 'qa', label: t('coursePortal.compact.qa'), node: sections.qa } : null,
    sections.skills ? { key: 'skills', label: t('coursePortal.compact.skills'), node: sections.skills } : null,
    sections.prerequisites ? { key: 'prerequisites', label: t('course.prerequisites'), node: sections.prerequisites } : null,
  ];
  const blocks = candidates.filter((block): block is Block => block !== null);

  // A chip opens its section and scrolls to it (after the re-render, so a folded section has its height).
  const jump = (event: MouseEvent<HTMLAnchorElement>, key: string) => {
    event.preventDefault();
    setCollapsed((current) => {
      if (!current.has(key)) return current;
      const next = new Set(current);
      next.delete(key);
      return next;
    });
    window.requestAnimationFrame(() => {
      const target = document.getElementById(`portal-${key}`);
      target?.scrollIntoView?.({ behavior: 'smooth', block: 'start' });
      window.history.replaceState(window.history.state, '', `#portal-${key}`);
    });
  };

  return (
    <div className="zyk-portal zyk-portal--compact" data-template="compact">
      {notice}
      <header className="zyk-portal-compact__head">
        <div className="zyk-portal-compact__column">
          <PortalBreadcrumb course={course} className="zyk-portal-compact__crumbs" />
          <h1 id="course-title" className="zyk-portal-compact__title" data-testid="course-name">
            {portal.name}
          </h1>
          <p className="zyk-portal-compact__tags">
            <PortalTags course={course} portal={portal} />
          </p>
          {portal.summary ? <p className="zyk-portal-compact__summary">{portal.summary}</p> : null}
          <dl className="zyk-portal-compact__facts" aria-label={t('course.facts')}>
            {portalFacts(course, portal, t)
              .filter((fact) => fact.key !== 'level')
              .map((fact) => (
                <div key={fact.key}>
                  <dt>{fact.label}</dt>
                  <dd>{fact.value}</dd>
                </div>
              ))}
          </dl>
        </div>
      </header>
      <nav className="zyk-portal-chips" aria-label={t('coursePortal.compact.nav')} data-testid="portal-chips">
        <div className="zyk-portal-compact__column zyk-portal-chips__inner">
          {blocks.map((block) => (
            <a key={block.key} href={`#portal-${block.key}`} className="zyk-portal-chip" onClick={(event) => jump(event, block.key)}>
              {block.label}
            </a>
          ))}
        </div>
      </nav>
      <div className="zyk-portal-compact__column zyk-page zyk-portal-compact__body">
        {tools}
        {blocks.map((block) => (
          <Fold key={block.key} block={block} collapsed={collapsed.has(block.key)} onToggle={toggle} />
        ))}
        {sections.more}
      </div>
    </div>
  );
}

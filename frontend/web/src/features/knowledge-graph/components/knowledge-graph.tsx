import { Empty, Grid, Skeleton } from 'antd';
import { lazy, Suspense, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CourseGraphFragment } from '@zyk/shared';
import { Section } from '@/components/section';
import { useCoarsePointer } from '@/hooks/use-coarse-pointer';
import { CATEGORY_STYLE } from '../utils/graph-option';
import { GraphFallbackList } from './graph-fallback-list';

// ECharts is the largest dependency; it loads while the rest of the page is already readable.
const CourseGraphChart = lazy(() => import('./course-graph-chart'));

/**
 * The knowledge graph of the course system (C2): the interactive chart and its text version; `extra`
 * goes in the section header (the major page's link to all its courses).
 */
export function KnowledgeGraph({
  graph,
  majorName,
  id,
  extra,
}: {
  graph: CourseGraphFragment;
  majorName: string;
  id?: string;
  extra?: ReactNode;
}) {
  const { t } = useTranslation();
  const coarse = useCoarsePointer();
  // On a phone the text version comes first (a canvas graph is hard to read on a small screen).
  const phone = Grid.useBreakpoint().md === false;
  const skillCount = graph.courses.reduce((n, c) => n + c.skillPoints.length, 0);
  const fallbackId = `${id ?? 'graph'}-fallback`;

  return (
    <Section id={id} title={t('graph.title')} subtitle={t('graph.subtitle')} extra={extra} className="zyk-graph-section">
      {graph.courses.length === 0 ? (
        <Empty description={t('graph.empty')} />
      ) : (
        <>
          {phone ? <GraphFallbackList graph={graph} id={fallbackId} /> : null}
          <p className="zyk-graph__hint">{t(coarse ? 'graph.hintTouch' : 'graph.hint')}</p>
          <ul className="zyk-graph__key" aria-hidden="true">
            <li>
              <svg width="36" height="10">
                <line x1="2" y1="5" x2="28" y2="5" stroke="#3d5a99" strokeWidth="1.6" />
                <path d="M26 1 L34 5 L26 9 z" fill="#3d5a99" />
              </svg>
              {t('graph.relation.prerequisite')}
            </li>
            <li>
              <svg width="36" height="10">
                <line x1="2" y1="5" x2="34" y2="5" stroke="#6b7a99" strokeWidth="1.4" strokeDasharray="4 3" />
              </svg>
              {t('graph.relation.related')}
            </li>
            <li>
              <svg width="36" height="10">
                <line x1="2" y1="5" x2="34" y2="5" stroke={CATEGORY_STYLE.skill.color} strokeWidth="1.2" />
              </svg>
              {t('graph.relation.contains')}
            </li>
            <li>
              <svg width="36" height="10">
                <line x1="2" y1="5" x2="34" y2="5" stroke={CATEGORY_STYLE.job.color} strokeWidth="1.2" />
              </svg>
              {t('graph.relation.mapsTo')}
            </li>
          </ul>
          <Suspense fallback={<Skeleton.Node active className="zyk-graph__loading" children={null} />}>
            <CourseGraphChart
              graph={graph}
              ariaLabel={t('graph.ariaLabel', {
                name: majorName,
                courses: graph.courses.length,
                skills: skillCount,
                jobs: graph.jobPositions.length,
              })}
            />
          </Suspense>
          {phone ? null : <GraphFallbackList graph={graph} id={fallbackId} />}
        </>
      )}
    </Section>
  );
}

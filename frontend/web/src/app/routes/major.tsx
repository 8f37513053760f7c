import { RightOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorState } from '@/components/feedback/error-state';
import { NotFoundView } from '@/components/feedback/not-found-view';
import { PageSkeleton } from '@/components/feedback/page-skeleton';
import { useMajorPage } from '@/features/major/api/get-major-page';
import { MajorHero } from '@/features/major/components/major-hero';
import { TrainingProgram } from '@/features/major/components/training-program';
import { cataloguePath } from '@/features/course-catalogue/utils/catalogue-state';
import { KnowledgeGraph } from '@/features/knowledge-graph/components/knowledge-graph';
import { useLatestResources } from '@/features/library/api/search-resources';
import { LatestResources } from '@/features/library/components/latest-resources';
import { useDocumentTitle } from '@/hooks/use-document-title';
import { ApiError } from '@/lib/graphql-client';

/** `/` (the featured major) and `/majors/:code`: the major's home page (C1, C2). */
export function MajorRoute() {
  const { code } = useParams();
  const { t } = useTranslation();
  const query = useMajorPage(code);
  const major = query.data?.major;
  // Shares its cache with the 最新资源 section: the section link shows only when there is something.
  const latest = useLatestResources(major?.id ?? '');
  useDocumentTitle(major ? t('major.documentTitle', { name: major.name }) : undefined);

  if (query.isPending) return <PageSkeleton cards={3} />;
  if (query.isError) {
    if (query.error instanceof ApiError && query.error.code === 'NOT_FOUND') return <NotFoundView />;
    return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  }
  if (!major) return <NotFoundView />;

  return (
    <div data-testid="major-page" aria-busy={query.isFetching}>
      <MajorHero major={major} />
      <nav className="zyk-section-nav" aria-label={t('major.sectionNav')}>
        <div className="zyk-container zyk-section-nav__inner">
          <a href="#program">{t('major.sections.program')}</a>
          <a href="#graph">{t('major.sections.graph')}</a>
          {latest.data?.items.length ? <a href="#resources">{t('library.latest.title')}</a> : null}
        </div>
      </nav>
      <div className="zyk-container zyk-page">
        <TrainingProgram id="program" program={major.trainingProgram} />
        <KnowledgeGraph
          id="graph"
          graph={major}
          majorName={major.name}
          extra={
            major.courses.length ? (
              <Link to={cataloguePath({ major: major.code })} className="zyk-latest__all" data-testid="major-all-courses">
                {t('catalogue.majorLink')}
                <RightOutlined aria-hidden />
              </Link>
            ) : null
          }
        />
        <LatestResources id="resources" majorId={major.id} />
      </div>
    </div>
  );
}

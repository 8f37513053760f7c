import { Alert, Empty, Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useKnowledgePointResources } from '../api/knowledge-graph';

/** The resources of the picked point (the ones the viewer may open), each a link to its page. */
export function PointResources({ pointId }: { pointId: string | null }) {
  const { t } = useTranslation();
  const query = useKnowledgePointResources(pointId);
  const point = query.data?.knowledgePoint;
  if (pointId === null) {
    return <p className="zyk-muted zyk-kg__panel">{t('course.graph.pickPoint')}</p>;
  }
  return (
    <div className="zyk-kg__panel" data-testid="point-resources" aria-live="polite" aria-busy={query.isFetching}>
      {query.isPending ? (
        <Skeleton active paragraph={{ rows: 3 }} />
      ) : query.isError ? (
        <Alert type="error" showIcon message={query.error.message} />
      ) : !point ? (
        <Empty description={t('course.graph.pointGone')} />
      ) : (
        <>
          <h4 className="zyk-kg__panel-title">{t('course.graph.resourcesOf', { name: point.name })}</h4>
          {point.description ? <p className="zyk-kg__panel-text">{point.description}</p> : null}
          {point.resources.length ? (
            <ul className="zyk-link-list">
              {point.resources.map((resource) => (
                <li key={resource.id}>
                  <Link to={`/resources/${resource.id}`} className="zyk-link-list__link" data-testid="point-resource-link">
                    <span>{resource.title}</span>
                    <span className="zyk-badge zyk-badge--grey">{t(`library.type.${resource.type}`)}</span>
                  </Link>
                </li>
              ))}
            </ul>
          ) : (
            <p className="zyk-muted">{t('course.graph.noResources')}</p>
          )}
        </>
      )}
    </div>
  );
}

import { RightOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Section } from '@/components/section';
import { useLatestResources } from '../api/search-resources';
import { emptyFilters, searchPath } from '../utils/search-state';
import { ResourceCard } from './resource-card';

/** 最新资源 on a major's home page: the newest published resources and the way into the library. */
export function LatestResources({ id, majorId }: { id?: string; majorId: string }) {
  const { t } = useTranslation();
  const latest = useLatestResources(majorId);
  const items = latest.data?.items ?? [];
  if (!items.length) return null;
  const all = searchPath({ q: '', sort: 'newest', page: 1, filters: { ...emptyFilters(), major: [majorId] } });
  return (
    <Section
      id={id}
      title={t('library.latest.title')}
      subtitle={t('library.latest.subtitle', { count: latest.data?.total ?? items.length })}
      extra={
        <Link to={all} className="zyk-latest__all" data-testid="latest-all">
          {t('library.latest.all')} <RightOutlined aria-hidden />
        </Link>
      }
    >
      <ol className="zyk-resource-grid zyk-latest" data-testid="latest-resources">
        {items.map((item) => (
          <li key={item.id}>
            <ResourceCard resource={item} />
          </li>
        ))}
      </ol>
    </Section>
  );
}

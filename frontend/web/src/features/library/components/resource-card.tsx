import { DownloadOutlined, EyeOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLanguage } from '@/hooks/use-language';
import type { ResourceCard as ResourceCardData } from '../api/search-resources';
import { formatCount } from '../utils/format';
import { ResourceTypeIcon } from './resource-type-icon';

/** One search result: cover (image resources) or type icon, title, course, type, keywords, counts, institution. */
export function ResourceCard({ resource }: { resource: ResourceCardData }) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const href = `/resources/${resource.id}`;
  const typeName = t(`library.type.${resource.type}`);
  const cover = resource.type === 'IMAGE' && resource.previewUrl;
  const typeClass = `zyk-type--${resource.type.toLowerCase()}`;
  return (
    <article className="zyk-resource-card" data-testid="resource-card" data-type={resource.type} aria-labelledby={`resource-${resource.id}-title`}>
      <Link to={href} className={`zyk-resource-card__thumb ${typeClass}`} tabIndex={-1} aria-hidden="true">
        {cover ? (
          <img src={resource.previewUrl ?? undefined} alt="" loading="lazy" decoding="async" className="zyk-resource-card__cover" />
        ) : (
          <ResourceTypeIcon type={resource.type} className="zyk-resource-card__icon" />
        )}
      </Link>
      <div className="zyk-resource-card__body">
        <div className="zyk-resource-card__meta">
          <span className={`zyk-type-tag ${typeClass}`} data-testid="resource-card-type">
            <ResourceTypeIcon type={resource.type} />
            {typeName}
          </span>
          <span className="zyk-resource-card__course">{resource.course?.name ?? resource.major.name}</span>
        </div>
        <h3 className="zyk-resource-card__title" id={`resource-${resource.id}-title`}>
          <Link to={href} data-testid="resource-card-link">
            {resource.title}
          </Link>
        </h3>
        {resource.keywords.length ? (
          <ul className="zyk-resource-card__keywords" aria-label={t('library.card.keywords')}>
            {resource.keywords.slice(0, 4).map((keyword) => (
              <li key={keyword}>{keyword}</li>
            ))}
          </ul>
        ) : null}
        <div className="zyk-resource-card__footer">
          <span className="zyk-resource-card__org" title={resource.organisation.name}>
            {resource.organisation.name}
          </span>
          <span className="zyk-resource-card__counts">
            <span title={t('library.card.views', { count: resource.viewCount })}>
              <EyeOutlined aria-hidden />
              <span className="zyk-visually-hidden">{t('library.card.viewsLabel')}</span>
              {formatCount(resource.viewCount, language)}
            </span>
            <span title={t('library.card.downloads', { count: resource.downloadCount })}>
              <DownloadOutlined aria-hidden />
              <span className="zyk-visually-hidden">{t('library.card.downloadsLabel')}</span>
              {formatCount(resource.downloadCount, language)}
            </span>
          </span>
        </div>
      </div>
    </article>
  );
}

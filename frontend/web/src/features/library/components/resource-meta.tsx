import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { ReactNode } from 'react';
import { useLanguage } from '@/hooks/use-language';
import type { LibraryResource } from '../api/get-resource';
import { formatBytes, formatDay, formatDuration } from '../utils/format';
import { searchPath, emptyFilters, type SearchState } from '../utils/search-state';

const browse = (patch: Partial<SearchState>) => searchPath({ q: '', sort: 'relevance', page: 1, filters: emptyFilters(), ...patch });

/** The resource's facts (C11 rights and credits included) as a description list. */
export function ResourceMeta({ resource }: { resource: LibraryResource }) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const file = resource.file;
  const rows: { key: string; label: string; value: ReactNode }[] = [];
  const add = (key: string, value: ReactNode) => {
    if (value !== null && value !== undefined && value !== '' && !(Array.isArray(value) && !value.length)) rows.push({ key, label: t(`library.meta.${key}`), value });
  };

  add('type', t(`library.type.${resource.type}`));
  add('major', <Link to={browse({ filters: { ...emptyFilters(), major: [resource.major.id] } })}>{resource.major.name}</Link>);
  if (resource.course)
    add(
      'course',
      <>
        <Link to={`/courses/${resource.course.id}`}>{resource.course.name}</Link>
        <Link to={browse({ filters: { ...emptyFilters(), course: [resource.course.id] } })} className="zyk-meta__more">
          {t('library.meta.moreOfCourse')}
        </Link>
      </>,
    );
  add('module', resource.module?.name);
  if (resource.knowledgePoints.length)
    add(
      'knowledgePoints',
      <ul className="zyk-chips" data-testid="resource-points">
        {resource.knowledgePoints.map((point) => (
          <li key={point.id}>
            <Link className={`zyk-chip zyk-chip--${point.kind === 'skill' ? 'skill' : 'knowledge'}`} to={browse({ filters: { ...emptyFilters(), point: [point.id] } })}>
              {point.name}
            </Link>
          </li>
        ))}
      </ul>,
    );
  if (resource.keywords.length)
    add(
      'keywords',
      <ul className="zyk-chips">
        {resource.keywords.map((keyword) => (
          <li key={keyword}>
            <Link className="zyk-chip" to={browse({ q: keyword })}>
              {keyword}
            </Link>
          </li>
        ))}
      </ul>,
    );
  add('source', t(`library.source.${resource.source}`));
  add('licence', t(`library.licence.${resource.licence}`));
  add('audienceLevel', t(`library.audience.${resource.audienceLevel}`));
  add('rightsHolder', resource.rightsHolder);
  if (resource.authors.length)
    add(
      'authors',
      <ul className="zyk-meta__authors" data-testid="resource-authors">
        {resource.authors.map((author, index) => (
          <li key={`${author.name}-${index}`}>
            {author.name}
            {author.organisationName ? <span className="zyk-muted">（{author.organisationName}）</span> : null}
          </li>
        ))}
      </ul>,
    );
  add('organisation', resource.organisation.name);
  if (file) {
    add('filename', <span className="zyk-meta__file">{file.filename}</span>);
    add('size', formatBytes(file.size, language));
    add('duration', file.durationSeconds ? formatDuration(file.durationSeconds) : null);
    add('pages', file.pages ? t('library.meta.pagesValue', { count: file.pages }) : null);
    add('dimensions', file.width && file.height ? t('library.meta.dimensionsValue', { width: file.width, height: file.height }) : null);
  }
  add('publishedAt', formatDay(resource.publishedAt, language));
  add('views', resource.viewCount.toLocaleString(language));
  add('downloads', resource.file ? resource.downloadCount.toLocaleString(language) : null);

  return (
    <dl className="zyk-meta" data-testid="resource-meta">
      {rows.map((row) => (
        <div className="zyk-meta__row" key={row.key} data-field={row.key}>
          <dt className="zyk-meta__label">{row.label}</dt>
          <dd className="zyk-meta__value">{row.value}</dd>
        </div>
      ))}
    </dl>
  );
}

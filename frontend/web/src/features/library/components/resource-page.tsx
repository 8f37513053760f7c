import { CalendarOutlined, DownloadOutlined, EditOutlined, EyeOutlined, LockOutlined } from '@ant-design/icons';
import { Breadcrumb, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import type { MouseEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { Section } from '@/components/section';
import { useLanguage } from '@/hooks/use-language';
import { useCountView, type LibraryResource } from '../api/get-resource';
import { formatDay } from '../utils/format';
import { emptyFilters, searchPath } from '../utils/search-state';
import { DownloadAction } from './download-action';
import { ResourceMeta } from './resource-meta';
import { ResourcePreview } from './resource-preview';
import { ResourceTypeIcon } from './resource-type-icon';

/** `/resources/:id` once loaded: title and actions, the preview, the description and the facts. */
export function ResourcePage({ resource }: { resource: LibraryResource }) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const navigate = useNavigate();
  useCountView(resource);
  // The editor is the studio's page (a route of this app): follow the link without a page load.
  const edit = (event: MouseEvent) => {
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    void navigate(`/my/resources/${resource.id}/edit`);
  };
  const typeClass = `zyk-type--${resource.type.toLowerCase()}`;
  const published = formatDay(resource.publishedAt, language);
  return (
    <div className="zyk-resource" data-testid="resource-page" data-type={resource.type}>
      <section className="zyk-resource-head" aria-labelledby="resource-title">
        <div className="zyk-container">
          <nav aria-label={t('library.detail.breadcrumb')}>
            <Breadcrumb
              className="zyk-resource-head__breadcrumb"
              items={[
                { title: <Link to="/resources">{t('library.title')}</Link> },
                ...(resource.course
                  ? [{ title: <Link to={searchPath({ q: '', sort: 'relevance', page: 1, filters: { ...emptyFilters(), course: [resource.course.id] } })}>{resource.course.name}</Link> }]
                  : []),
                { title: <span aria-current="page">{resource.title}</span> },
              ]}
            />
          </nav>
          <div className="zyk-resource-head__grid">
            <div className="zyk-resource-head__main">
              <p className="zyk-resource-head__eyebrow">
                <span className={`zyk-type-tag ${typeClass}`} data-testid="resource-type">
                  <ResourceTypeIcon type={resource.type} />
                  {t(`library.type.${resource.type}`)}
                </span>
                {resource.course ? <span>{resource.course.name}</span> : <span>{resource.major.name}</span>}
              </p>
              <h1 id="resource-title" className="zyk-resource-head__title" data-testid="resource-title">
                {resource.title}
              </h1>
              <ul className="zyk-resource-head__facts">
                <li>{resource.organisation.name}</li>
                {published ? (
                  <li>
                    <CalendarOutlined aria-hidden /> {t('library.detail.published', { date: published })}
                  </li>
                ) : null}
                <li>
                  <EyeOutlined aria-hidden /> {t('library.card.views', { count: resource.viewCount })}
                </li>
                {resource.file ? (
                  <li>
                    <DownloadOutlined aria-hidden /> {t('library.card.downloads', { count: resource.downloadCount })}
                  </li>
                ) : null}
              </ul>
            </div>
            {resource.file || resource.canEdit ? (
              <div className="zyk-resource-head__actions">
                <div className="zyk-resource-head__buttons">
                  {resource.canEdit ? (
                    <Button size="large" icon={<EditOutlined />} href={`/my/resources/${resource.id}/edit`} onClick={edit} data-testid="resource-edit">
                      {t('library.detail.edit')}
                    </Button>
                  ) : null}
                  <DownloadAction resource={resource} />
                </div>
                {resource.file && resource.downloadRequiresLogin ? (
                  <p className="zyk-resource-head__hint">
                    <LockOutlined aria-hidden /> {t('library.download.needsLogin')}
                  </p>
                ) : null}
              </div>
            ) : null}
          </div>
        </div>
      </section>
      <div className="zyk-container zyk-page zyk-resource-layout">
        <div className="zyk-resource-layout__main">
          <ResourcePreview resource={resource} />
          {resource.description ? (
            <Section title={t('library.detail.description')} id="description">
              <p className="zyk-prose zyk-resource-description">{resource.description}</p>
            </Section>
          ) : null}
        </div>
        <aside className="zyk-resource-layout__side">
          <Section title={t('library.detail.facts')} id="facts">
            <ResourceMeta resource={resource} />
          </Section>
        </aside>
      </div>
    </div>
  );
}

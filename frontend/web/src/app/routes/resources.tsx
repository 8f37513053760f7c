import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ErrorState } from '@/components/feedback/error-state';
import { NotFoundView } from '@/components/feedback/not-found-view';
import { PageSkeleton } from '@/components/feedback/page-skeleton';
import { useLibraryResource } from '@/features/library/api/get-resource';
import { LibraryPage } from '@/features/library/components/library-page';
import { ResourcePage } from '@/features/library/components/resource-page';
import { useDocumentTitle } from '@/hooks/use-document-title';
import { ApiError } from '@/lib/graphql-client';
import '@/styles/library.css';

/** `/resources`: browse and search the library (anonymous visitors welcome, M8). */
export function LibraryRoute() {
  return <LibraryPage />;
}

/** `/resources/:id`: one resource; unknown ids and resources the viewer may not open get the 404 page. */
export function ResourceRoute() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const query = useLibraryResource(id);
  const resource = query.data?.resource;
  useDocumentTitle(resource ? `${resource.title} · ${t('app.libraryName')}` : undefined);

  if (!/^\d{1,12}$/.test(id)) return <NotFoundView />;
  if (query.isPending) return <PageSkeleton cards={2} />;
  if (query.isError) {
    if (query.error instanceof ApiError && ['NOT_FOUND', 'INVALID_INPUT'].includes(query.error.code)) return <NotFoundView />;
    return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  }
  if (!resource) return <NotFoundView />;
  return <ResourcePage resource={resource} />;
}

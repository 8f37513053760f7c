import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { NotFoundView } from '@/components/feedback/not-found-view';
import { RequireLogin } from '@/components/require-login';
import { BatchReportPage } from '@/features/studio/components/batch-report-page';
import { MyResourcesPage } from '@/features/studio/components/my-resources-page';
import { RecycleBinPage } from '@/features/studio/components/recycle-bin-page';
import { ResourceEditPage } from '@/features/studio/components/resource-edit-page';
import { ReviewPage } from '@/features/studio/components/review-page';
import { UploadPage } from '@/features/studio/components/upload-page';
import { useDocumentTitle } from '@/hooks/use-document-title';

function useStudioTitle(key: string) {
  const { t } = useTranslation();
  useDocumentTitle(`${t(key)} · ${t('app.libraryName')}`);
}

const isId = (value: string | undefined): value is string => Boolean(value && /^\d{1,12}$/.test(value));

/** `/my/resources`: 我的资源 with batch tools (M3). */
export function MyResourcesRoute() {
  useStudioTitle('studio.mine.title');
  return <RequireLogin>{() => <MyResourcesPage />}</RequireLogin>;
}

/** `/my/resources/upload?mode=single|batch`: single and batch upload, resumable (M2, M3). */
export function UploadRoute() {
  useStudioTitle('studio.upload.title');
  return <RequireLogin>{(me) => <UploadPage me={me} />}</RequireLogin>;
}

/** `/my/resources/recycle-bin`: restore, and purge for administrators (M3). */
export function RecycleBinRoute() {
  useStudioTitle('studio.bin.title');
  return <RequireLogin>{(me) => <RecycleBinPage me={me} />}</RequireLogin>;
}

/** `/my/resources/:id/edit`: online editing of the draft, status and review history (M1, M3). */
export function ResourceEditRoute() {
  const { id } = useParams();
  useStudioTitle('studio.edit.title');
  if (!isId(id)) return <NotFoundView />;
  return <RequireLogin>{() => <ResourceEditPage id={id} />}</RequireLogin>;
}

/** `/my/resources/batches/:id`: the report of a batch upload, overrides and 创建资源 (M3). */
export function BatchReportRoute() {
  const { id } = useParams();
  useStudioTitle('studio.report.title');
  if (!isId(id)) return <NotFoundView />;
  return <RequireLogin>{() => <BatchReportPage id={id} />}</RequireLogin>;
}

/** `/review`: the reviewer's queue with 通过 / 退回修改 (M1). */
export function ReviewRoute() {
  useStudioTitle('studio.review.title');
  return <RequireLogin>{() => <ReviewPage />}</RequireLogin>;
}

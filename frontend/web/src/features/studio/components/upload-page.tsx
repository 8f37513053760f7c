import { AppstoreAddOutlined, FileAddOutlined } from '@ant-design/icons';
import { Result, Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ErrorState } from '@/components/feedback/error-state';
import { PageSkeleton } from '@/components/feedback/page-skeleton';
import { Section } from '@/components/section';
import type { Me } from '@/hooks/use-me';
import { useFormOptions } from '../api/form-options';
import { BatchUpload } from './batch-upload';
import { SingleUpload } from './single-upload';
import { StudioNav } from './studio-nav';
import '@/styles/studio.css';

type Mode = 'single' | 'batch';

/** `/my/resources/upload?mode=single|batch`: one resource, or many files / folders / zips at once (M2, M3). */
export function UploadPage({ me }: { me: Me }) {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const mode: Mode = params.get('mode') === 'batch' ? 'batch' : 'single';
  const { options, isPending, isError, error, refetch } = useFormOptions();

  let body;
  if (isPending && !options) body = <PageSkeleton cards={1} />;
  else if (isError && !options) body = <ErrorState error={error} onRetry={() => void refetch()} />;
  else if (!options?.organisations.length)
    body = <Result status="info" title={t('studio.upload.notCreatorTitle')} subTitle={t('studio.upload.notCreatorText')} data-testid="not-creator" />;
  else
    body = (
      <>
        <Segmented<Mode>
          block
          value={mode}
          onChange={(value) => setParams(value === 'batch' ? { mode: 'batch' } : {}, { replace: true })}
          options={[
            { value: 'single', icon: <FileAddOutlined />, label: t('studio.upload.single') },
            { value: 'batch', icon: <AppstoreAddOutlined />, label: t('studio.upload.batch') },
          ]}
          aria-label={t('studio.upload.mode')}
          className="zyk-studio__mode"
          data-testid="upload-mode"
        />
        {mode === 'batch' ? <BatchUpload key="batch" options={options} me={me} /> : <SingleUpload key="single" options={options} me={me} />}
      </>
    );

  return (
    <div className="zyk-container zyk-page zyk-studio" data-testid="upload-page">
      <StudioNav />
      <Section title={t('studio.upload.title')} subtitle={t('studio.upload.subtitle')}>
        {body}
      </Section>
    </div>
  );
}

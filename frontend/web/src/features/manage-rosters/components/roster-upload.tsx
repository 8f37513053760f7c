import { DownloadOutlined, InboxOutlined } from '@ant-design/icons';
import { Alert, App, Button, Upload } from 'antd';
import { useTranslation } from 'react-i18next';
import { useProblemMessage } from '@/components/manage/problem-message';
import { RosterRefused, ROSTER_TEMPLATE_URL, useUploadRoster } from '../api/upload-roster';
import { UploadProblemsTable } from './upload-problems-table';

const MAX_BYTES = 5 * 1024 * 1024;

/** Download the template, fill it in, drop it here: the roster is imported and its problems listed by line. */
export function RosterUpload({ organisationId }: { organisationId: string }) {
  const { t } = useTranslation();
  const upload = useUploadRoster();
  const { message } = App.useApp();
  const problemMessage = useProblemMessage();
  const refused = upload.error instanceof RosterRefused ? upload.error : null;

  return (
    <div className="zyk-manage__upload" data-testid="roster-upload">
      <div className="zyk-manage__upload-intro">
        <p>{t('manage.rosters.upload.intro')}</p>
        <Button href={ROSTER_TEMPLATE_URL} icon={<DownloadOutlined />} data-testid="roster-template">
          {t('manage.rosters.upload.template')}
        </Button>
      </div>
      <Upload.Dragger
        accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        multiple={false}
        showUploadList={false}
        disabled={upload.isPending}
        beforeUpload={(file) => {
          upload.reset();
          if (file.size > MAX_BYTES) void message.error(t('manage.rosters.upload.tooLarge'));
          else upload.mutate({ organisationId, file });
          return false;
        }}
        data-testid="roster-dropzone"
      >
        <p className="ant-upload-drag-icon">
          <InboxOutlined />
        </p>
        <p className="ant-upload-text">{upload.isPending ? t('manage.rosters.upload.sending') : t('manage.rosters.upload.drop')}</p>
        <p className="ant-upload-hint">{t('manage.rosters.upload.hint')}</p>
      </Upload.Dragger>
      {upload.isSuccess ? (
        <Alert
          type="success"
          showIcon
          role="status"
          data-testid="roster-upload-success"
          message={
            upload.data.created + upload.data.updated
              ? t('manage.rosters.upload.done', { created: upload.data.created, updated: upload.data.updated })
              : t('manage.rosters.upload.unchanged')
          }
        />
      ) : null}
      {upload.isError ? (
        <Alert
          type="error"
          showIcon
          role="alert"
          data-testid="roster-upload-error"
          message={refused?.lineProblems.length ? t('manage.rosters.upload.refused', { count: refused.lineProblems.length }) : problemMessage(upload.error)}
        />
      ) : null}
      {/* Below the alert rather than inside it, so the table has the full width on phones. */}
      {refused?.lineProblems.length ? <UploadProblemsTable problems={refused.lineProblems} /> : null}
    </div>
  );
}

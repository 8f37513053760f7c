import { ArrowLeftOutlined, CloudDownloadOutlined, DownloadOutlined, InboxOutlined } from '@ant-design/icons';
import { Alert, Button, Select, Space, Typography, Upload } from 'antd';
import type { QuestionImportFormat } from '@zyk/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorState } from '@/components/feedback/error-state';
import { NotFoundView } from '@/components/feedback/not-found-view';
import { PageSkeleton } from '@/components/feedback/page-skeleton';
import { useDocumentTitle } from '@/hooks/use-document-title';
import { ApiError } from '@/lib/graphql-client';
import {
  FORMATS,
  MAX_IMPORT_BYTES,
  templateUrl,
  useConfirmImport,
  useDownloadExport,
  useImportCourse,
  useImportLog,
  usePreviewImport,
  useUploadQuestionFile,
  type ExportKind,
  type ImportPreview,
  type ImportState,
} from '../api/question-import';
import { ImportLog } from './import-log';
import { ImportOutcome } from './import-outcome';
import { ImportPreviewList } from './import-preview';
import './question-import.css';
import { IssueList } from './issue-list';

const ACCEPT = '.docx,.xlsx,.xml,.zip,.txt,.gift';

/** 导入试题 (C4, M5): templates, upload, a preview of every item and error, all-or-nothing import; and exports. */
export function QuestionImportPage({ courseId }: { courseId: string }) {
  const { t } = useTranslation();
  const course = useImportCourse(courseId);
  const log = useImportLog(courseId);
  const upload = useUploadQuestionFile(courseId);
  const previewer = usePreviewImport();
  const confirm = useConfirmImport();
  const [format, setFormat] = useState<QuestionImportFormat | 'AUTO'>('AUTO');
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [started, setStarted] = useState<ImportState | null>(null); // confirmed: the worker imports it
  useDocumentTitle(course.data?.course ? t('questionImport.documentTitle', { name: course.data.course.name }) : undefined);

  if (course.isPending) return <PageSkeleton cards={2} />;
  if (course.error || !course.data?.course) {
    if (!course.error || (course.error instanceof ApiError && ['NOT_FOUND', 'INVALID_INPUT'].includes(course.error.code))) return <NotFoundView />;
    return <ErrorState error={course.error} onRetry={() => void course.refetch()} />;
  }
  const bankPath = `/courses/${courseId}/questions`;
  const importing = started !== null && !['IMPORTED', 'FAILED'].includes(started.status);
  const busy = upload.isPending || previewer.isPending || confirm.isPending || importing;
  const failure = upload.error ?? previewer.error;

  const read = (importId: string, chosen: QuestionImportFormat | 'AUTO') => {
    previewer.mutate(
      { importId, format: chosen === 'AUTO' ? null : chosen },
      { onSuccess: (payload) => setPreview(payload.preview ?? null), onSettled: () => void log.refetch() },
    );
  };

  const start = (file: File) => {
    setPreview(null);
    setStarted(null);
    confirm.reset();
    previewer.reset();
    if (file.size > MAX_IMPORT_BYTES) {
      upload.reset();
      return;
    }
    upload.mutate(file, { onSuccess: (importId) => read(importId, format) });
  };

  return (
    <div className="zyk-container zyk-page zyk-qi" data-testid="question-import">
      <Link to={bankPath} className="zyk-qi__back">
        <ArrowLeftOutlined aria-hidden /> {t('questionImport.back', { name: course.data.course.name })}
      </Link>
      <Typography.Title level={2}>{t('questionImport.title')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('questionImport.intro')}</Typography.Paragraph>

      <section className="zyk-qi__card" aria-labelledby="qi-templates">
        <Typography.Title level={4} id="qi-templates">
          {t('questionImport.templates.title')}
        </Typography.Title>
        <ul className="zyk-qi__rules">
          <li>{t('questionImport.templates.word')}</li>
          <li>{t('questionImport.templates.excel')}</li>
          <li>{t('questionImport.templates.keys')}</li>
          <li>{t('questionImport.templates.formulas')}</li>
          <li>{t('questionImport.templates.others')}</li>
        </ul>
        <Space wrap>
          <Button href={templateUrl('word')} icon={<DownloadOutlined />} data-testid="template-word">
            {t('questionImport.templates.downloadWord')}
          </Button>
          <Button href={templateUrl('excel')} icon={<DownloadOutlined />} data-testid="template-excel">
            {t('questionImport.templates.downloadExcel')}
          </Button>
        </Space>
      </section>

      <section className="zyk-qi__card" aria-labelledby="qi-upload">
        <Typography.Title level={4} id="qi-upload">
          {t('questionImport.upload.title')}
        </Typography.Title>
        <label className="zyk-qi__format">
          <span>{t('questionImport.upload.format')}</span>
          <Select
            value={format}
            onChange={(value) => {
              setFormat(value);
              if (preview && !started) read(preview.importId, value);
            }}
            options={[{ value: 'AUTO', label: t('questionImport.formats.AUTO') }, ...FORMATS.map((f) => ({ value: f, label: t(`questionImport.formats.${f}`) }))]}
            style={{ minWidth: 200 }}
            disabled={busy}
            data-testid="import-format"
          />
        </label>
        <Upload.Dragger
          accept={ACCEPT}
          multiple={false}
          showUploadList={false}
          disabled={busy}
          beforeUpload={(file) => {
            start(file);
            return false;
          }}
          data-testid="import-dropzone"
        >
          <p className="ant-upload-drag-icon">
            <InboxOutlined />
          </p>
          <p className="ant-upload-text">{upload.isPending || previewer.isPending ? t('questionImport.upload.reading') : t('questionImport.upload.drop')}</p>
          <p className="ant-upload-hint">{t('questionImport.upload.hint')}</p>
        </Upload.Dragger>
        {failure ? <Alert type="error" showIcon role="alert" message={failure.message} data-testid="import-failure" className="zyk-qi__alert" /> : null}
      </section>

      {preview ? (
        <section className="zyk-qi__card" aria-labelledby="qi-preview" data-testid="import-preview" aria-busy={previewer.isPending}>
          <Typography.Title level={4} id="qi-preview">
            {t('questionImport.preview.title')}
          </Typography.Title>
          <p className="zyk-qi__summary" data-testid="import-summary">
            {t('questionImport.preview.summary', {
              file: preview.filename,
              format: preview.format ? t(`questionImport.formats.${preview.format}`) : '—',
              items: preview.items.length,
              errors: preview.errors.length,
              warnings: preview.warnings.length,
            })}
          </p>
          {preview.errors.length ? (
            <Alert
              type="error"
              showIcon
              role="alert"
              className="zyk-qi__alert"
              data-testid="import-errors"
              message={t('questionImport.preview.errorsTitle', { count: preview.errors.length })}
              description={
                <IssueList issues={preview.errors} itemTestId="import-error" />
              }
            />
          ) : null}
          {preview.warnings.length ? (
            <Alert
              type="warning"
              showIcon
              className="zyk-qi__alert"
              data-testid="import-warnings"
              message={t('questionImport.preview.warningsTitle', { count: preview.warnings.length })}
              description={
                <IssueList issues={preview.warnings} ordered={false} />
              }
            />
          ) : null}
          {started === null ? (
            <div className="zyk-qi__actions">
              <Button
                type="primary"
                size="large"
                disabled={!preview.canImport || busy}
                loading={confirm.isPending}
                data-testid="import-confirm"
                onClick={() =>
                  confirm.mutate(
                    { importId: preview.importId },
                    {
                      onSuccess: (payload) => {
                        if (payload.questionImport) setStarted(payload.questionImport);
                      },
                      onSettled: () => void log.refetch(),
                    },
                  )
                }
              >
                {t('questionImport.preview.confirm', { count: preview.items.length })}
              </Button>
              {!preview.canImport ? <span className="zyk-qi__blocked">{t('questionImport.preview.blocked')}</span> : null}
            </div>
          ) : null}
          {confirm.error ? <Alert type="error" showIcon role="alert" className="zyk-qi__alert" message={confirm.error.message} data-testid="import-confirm-error" /> : null}
          {started !== null ? (
            <ImportOutcome
              initial={started}
              total={preview.items.length}
              bankPath={bankPath}
              onFinished={(state) => {
                setStarted(state);
                void log.refetch();
                if (state.status === 'IMPORTED') void course.refetch();
              }}
            />
          ) : null}
          <ImportPreviewList items={preview.items} />
        </section>
      ) : null}

      <ExportSection courseId={courseId} total={course.data.questionBank.totalCount} />
      {log.data ? <ImportLog records={log.data} /> : null}
    </div>
  );
}

function ExportSection({ courseId, total }: { courseId: string; total: number }) {
  const { t } = useTranslation();
  const download = useDownloadExport(courseId);
  const run = (kind: ExportKind) => download.mutate(kind);
  return (
    <section className="zyk-qi__card" aria-labelledby="qi-export" data-testid="import-export">
      <Typography.Title level={4} id="qi-export">
        {t('questionImport.export.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('questionImport.export.intro', { count: total })}</Typography.Paragraph>
      <Space wrap>
        <Button icon={<CloudDownloadOutlined />} onClick={() => run('moodle_xml')} disabled={!total} loading={download.isPending && download.variables === 'moodle_xml'} data-testid="export-moodle">
          {t('questionImport.export.moodle')}
        </Button>
        <Button icon={<CloudDownloadOutlined />} onClick={() => run('qti')} disabled={!total} loading={download.isPending && download.variables === 'qti'} data-testid="export-qti">
          {t('questionImport.export.qti')}
        </Button>
      </Space>
      {download.isSuccess ? (
        <Alert
          type={download.data.skipped ? 'warning' : 'success'}
          showIcon
          role="status"
          className="zyk-qi__alert"
          data-testid="export-done"
          message={
            download.data.skipped
              ? t('questionImport.export.doneSkipped', { count: download.data.exported, skipped: download.data.skipped })
              : t('questionImport.export.done', { count: download.data.exported })
          }
        />
      ) : null}
      {download.error ? <Alert type="error" showIcon role="alert" className="zyk-qi__alert" message={download.error.message} /> : null}
    </section>
  );
}

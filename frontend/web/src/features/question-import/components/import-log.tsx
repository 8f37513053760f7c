import { Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ImportRecord } from '../api/question-import';

const STATUS_COLOURS: Record<string, string> = { UPLOADED: 'default', PREVIEWED: 'blue', IMPORTING: 'processing', IMPORTED: 'green', FAILED: 'red' };

/** 导入记录: who brought which file, in which format, with what result (the last ten). */
export function ImportLog({ records }: { records: ImportRecord[] }) {
  const { t, i18n } = useTranslation();
  const when = (value: string) => new Date(value).toLocaleString(i18n.language, { dateStyle: 'short', timeStyle: 'short' });
  return (
    <section className="zyk-qi__card" aria-labelledby="qi-log" data-testid="import-log">
      <Typography.Title level={4} id="qi-log">
        {t('questionImport.log.title')}
      </Typography.Title>
      {records.length ? (
        <ul className="zyk-qi__log">
          {records.map((record) => (
            <li key={record.id} data-testid="import-log-row">
              <Tag color={STATUS_COLOURS[record.status]}>{t(`questionImport.log.status.${record.status}`)}</Tag>
              <span className="zyk-qi__log-file">{record.filename}</span>
              <span className="zyk-qi__log-meta">
                {[
                  record.format ? t(`questionImport.formats.${record.format}`) : null,
                  record.status === 'FAILED' ? t('questionImport.log.errors', { count: record.errorCount }) : t('questionImport.log.items', { count: record.itemCount }),
                  record.userName,
                  when(record.importedAt ?? record.createdAt),
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </span>
            </li>
          ))}
        </ul>
      ) : (
        <Typography.Paragraph type="secondary">{t('questionImport.log.empty')}</Typography.Paragraph>
      )}
    </section>
  );
}

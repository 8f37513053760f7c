import { Table } from 'antd';
import { useTranslation } from 'react-i18next';
import type { RosterProblem } from '../api/upload-roster';

/** What the server could not take from an uploaded roster, by spreadsheet line. */
export function UploadProblemsTable({ problems }: { problems: readonly RosterProblem[] }) {
  const { t } = useTranslation();
  const rows = problems.map((problem, index) => ({ ...problem, key: index }));
  return (
    <Table
      className="zyk-manage__problems"
      size="small"
      rowKey="key"
      dataSource={rows}
      pagination={rows.length > 10 ? { pageSize: 10, size: 'small', showSizeChanger: false } : false}
      data-testid="roster-problems"
      columns={[
        {
          key: 'line',
          title: t('manage.rosters.upload.line'),
          dataIndex: 'line',
          width: 96,
          render: (line: number | null) =>
            line == null ? <span className="zyk-muted">{t('manage.rosters.upload.wholeFile')}</span> : t('manage.rosters.upload.lineNumber', { line }),
        },
        { key: 'message', title: t('manage.rosters.upload.problem'), dataIndex: 'message' },
      ]}
    />
  );
}

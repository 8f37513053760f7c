import { Alert, Progress, Spin } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { IMPORT_POLL_MS, useImportState, type ImportState } from '../api/question-import';
import { IssueList } from './issue-list';

interface Props {
  initial: ImportState;
  total: number;
  bankPath: string;
  onFinished: (state: ImportState) => void;
  pollMs?: number;
}

/**
 * After 确认导入 (issue 7): the worker imports the file while this polls the import every 1.5 s —
 * 正在导入… with a progress bar (items created so far, when the server knows), then the count and the bank link
 * (IMPORTED), or the errors and that nothing was imported (FAILED).
 */
export function ImportOutcome({ initial, total, bankPath, onFinished, pollMs = IMPORT_POLL_MS }: Props) {
  const { t } = useTranslation();
  const query = useImportState(initial.id, initial, pollMs);
  const state = query.data ?? null;
  const status = state?.status;
  useEffect(() => {
    if (state && (status === 'IMPORTED' || status === 'FAILED')) onFinished(state);
    // once per outcome
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [status]);

  if (!state) return <Alert type="error" showIcon role="alert" className="zyk-qi__alert" message={t('questionImport.outcome.lost')} data-testid="import-failed" />;
  if (status === 'IMPORTED') {
    return (
      <Alert
        type="success"
        showIcon
        role="status"
        className="zyk-qi__alert"
        data-testid="import-done"
        message={t('questionImport.done', { count: state.itemCount })}
        description={
          <Link to={bankPath} data-testid="import-bank-link">
            {t('questionImport.toBank')}
          </Link>
        }
      />
    );
  }
  if (status === 'FAILED') {
    return (
      <Alert
        type="error"
        showIcon
        role="alert"
        className="zyk-qi__alert"
        data-testid="import-failed"
        message={t('questionImport.outcome.failed', { count: state.errors.length })}
        description={
          <IssueList issues={state.errors} itemTestId="import-failed-error" />
        }
      />
    );
  }
  const done = state.progress ?? null;
  const percent = done !== null && total > 0 ? Math.min(99, Math.round((done / total) * 100)) : null;
  return (
    <div className="zyk-qi__progress" role="status" aria-live="polite" data-testid="import-progress">
      <Spin size="small" />
      <div className="zyk-qi__progress-body">
        <strong>{t('questionImport.outcome.importing')}</strong>
        {percent !== null ? <Progress percent={percent} status="active" aria-hidden data-testid="import-progress-bar" /> : null}
        <span className="zyk-qi__progress-note">
          {done !== null ? t('questionImport.outcome.progress', { done, count: total }) : t('questionImport.outcome.wait', { count: total })}
        </span>
      </div>
    </div>
  );
}

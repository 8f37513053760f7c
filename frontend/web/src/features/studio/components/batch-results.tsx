import { CheckCircleFilled, CloseCircleFilled } from '@ant-design/icons';
import { Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import type { BatchResult } from '../api/my-resources';

export interface BatchOutcome {
  /** Which tool ran (studio.tools.<action>). */
  action: string;
  results: BatchResult[];
  /** Titles by id, for people (the results only carry ids). */
  titles: Record<string, string>;
}

/**
 * What a batch tool did to each resource: done, or the translated reason it was not. One refusal never
 * hides the others: every id gets its line.
 */
export function BatchResultsModal({ outcome, onClose }: { outcome: BatchOutcome | null; onClose: () => void }) {
  const { t } = useTranslation();
  const results = outcome?.results ?? [];
  const ok = results.filter((r) => r.ok).length;
  return (
    <Modal
      open={Boolean(outcome)}
      title={outcome ? t('studio.results.title', { action: t(`studio.tools.${outcome.action}`) }) : ''}
      onCancel={onClose}
      onOk={onClose}
      okText={t('studio.results.close')}
      cancelButtonProps={{ style: { display: 'none' } }}
      destroyOnHidden
    >
      <div data-testid="batch-results">
        <p className="zyk-studio__results-summary" data-testid="batch-results-summary">
          {t('studio.results.summary', { ok, failed: results.length - ok })}
        </p>
        <ul className="zyk-studio__results">
          {results.map((result) => (
            <li
              key={result.id}
              className={`zyk-studio__result-row zyk-studio__result-row--${result.ok ? 'ok' : 'failed'}`}
              data-testid="batch-result"
              data-ok={result.ok}
              data-id={result.id}
            >
              {result.ok ? (
                <CheckCircleFilled className="zyk-studio__result-icon--ok" aria-label={t('studio.results.ok')} />
              ) : (
                <CloseCircleFilled className="zyk-studio__result-icon--failed" aria-label={t('studio.results.failed')} />
              )}
              <div>
                <div className="zyk-studio__result-title">{outcome?.titles[result.id] || `#${result.id}`}</div>
                <div className={result.ok ? 'zyk-muted' : 'zyk-studio__result-message'}>
                  {result.ok ? t(`studio.results.done.${outcome?.action}`) : result.message || result.code}
                </div>
              </div>
            </li>
          ))}
        </ul>
      </div>
    </Modal>
  );
}

import { Alert } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { MutationProblem } from '@/lib/mutation-result';

const TITLED = new Set([
  'ACCOUNT_LOCKED',
  'INVALID_CREDENTIALS',
  'INVALID_CODE',
  'RATE_LIMITED',
  'DELIVERY_FAILED',
  'UNAUTHENTICATED',
  'CONFLICT',
  'NETWORK',
  'PERMISSION_DENIED',
]);

/**
 * A form-level failure: a short title for the kind of problem (locked, wrong code, too many
 * requests…) and the server's own translated explanation below it.
 */
export function FormAlert({ problem, action, onClose }: { problem: MutationProblem | null; action?: ReactNode; onClose?: () => void }) {
  const { t } = useTranslation();
  if (!problem) return null;
  const title = TITLED.has(problem.code) ? t(`formErrors.${problem.code}`) : t('formErrors.generic');
  return (
    <Alert
      className="zyk-form-alert"
      type={problem.code === 'RATE_LIMITED' ? 'warning' : 'error'}
      showIcon
      message={title}
      description={
        <>
          <span data-testid="form-alert-message">{problem.message}</span>
          {action ? <div className="zyk-form-alert__action">{action}</div> : null}
        </>
      }
      closable={Boolean(onClose)}
      onClose={onClose}
      role="alert"
      data-testid="form-alert"
      data-code={problem.code}
    />
  );
}

import { Alert } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { loginPath } from '@/lib/next-path';
import { problemCode, useProblemMessage } from './problem-message';

/** Refusals with a title of their own; anything else is "操作未成功" with the server's message. */
const TITLES: Record<string, string> = {
  TWO_FACTOR_REQUIRED: 'manage.problems.twoFactorTitle',
  PERMISSION_DENIED: 'manage.problems.permissionTitle',
  UNAUTHENTICATED: 'manage.problems.loggedOutTitle',
  CONFLICT: 'formErrors.CONFLICT',
  NOT_FOUND: 'manage.problems.notFoundTitle',
};

/**
 * A console action that failed (a row's button, not a form): a translated title for the kind of
 * refusal, an explanation (ours for the refusals every page meets, the server's translated one
 * otherwise), and a way to take the two-factor step when that is what is missing.
 */
export function ManageActionAlert({
  error,
  onClose,
  messages = {},
  testId = 'manage-action-alert',
}: {
  error: unknown;
  onClose?: () => void;
  /** Page-specific explanations by error code, in place of the general ones. */
  messages?: Partial<Record<string, ReactNode>>;
  testId?: string;
}) {
  const { t } = useTranslation();
  const location = useLocation();
  const problemMessage = useProblemMessage();
  if (!error) return null;
  const code = problemCode(error) ?? 'INTERNAL';
  const title = t(TITLES[code] ?? 'formErrors.generic');
  const action =
    code === 'TWO_FACTOR_REQUIRED' ? (
      <Link to={loginPath(location.pathname + location.search, '/two-factor')} className="zyk-button-link">
        {t('manage.problems.twoFactorAction')}
      </Link>
    ) : undefined;
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      className="zyk-manage__note"
      message={title}
      description={
        <>
          <span data-testid={`${testId}-message`}>{messages[code] ?? problemMessage(error)}</span>
          {action ? <div className="zyk-form-alert__action">{action}</div> : null}
        </>
      }
      closable={Boolean(onClose)}
      onClose={onClose}
      data-testid={testId}
      data-code={code}
    />
  );
}

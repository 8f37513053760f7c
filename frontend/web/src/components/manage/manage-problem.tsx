import { LockOutlined, SafetyOutlined } from '@ant-design/icons';
import { Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { ErrorState } from '@/components/feedback/error-state';
import { loginPath } from '@/lib/next-path';
import { problemCode, useProblemMessage } from './problem-message';

/** "You may not use this part" — for sections outside one's duties (no request is even made). */
export function NoAccess() {
  const { t } = useTranslation();
  return (
    <div data-testid="manage-no-access">
      <Result
        status="403"
        icon={<LockOutlined className="zyk-manage__result-icon" />}
        title={t('manage.problems.permissionTitle')}
        subTitle={t('manage.problems.permission')}
        extra={
          <Link to="/" className="zyk-button-link">
            {t('common.backHome')}
          </Link>
        }
      />
    </div>
  );
}

/**
 * A failed console read: a two-factor step still owed (with a link to take it and come back), no
 * permission, a session that ended, or any other failure with a retry button. Never a blank page.
 */
export function ManageErrorState({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  const location = useLocation();
  const message = useProblemMessage();
  const here = location.pathname + location.search;
  const code = problemCode(error);
  if (code === 'TWO_FACTOR_REQUIRED') {
    return (
      <div data-testid="manage-two-factor-required" role="alert">
        <Result
          status="warning"
          icon={<SafetyOutlined className="zyk-manage__result-icon" />}
          title={t('manage.problems.twoFactorTitle')}
          subTitle={message(error)}
          extra={
            <Link to={loginPath(here, '/two-factor')} className="zyk-button-link">
              {t('manage.problems.twoFactorAction')}
            </Link>
          }
        />
      </div>
    );
  }
  if (code === 'PERMISSION_DENIED') {
    return (
      <div data-testid="manage-permission-denied" role="alert">
        <Result
          status="403"
          title={t('manage.problems.permissionTitle')}
          subTitle={message(error)}
        />
      </div>
    );
  }
  if (code === 'UNAUTHENTICATED') {
    return (
      <Result
        status="info"
        title={t('manage.problems.loggedOutTitle')}
        subTitle={message(error)}
        extra={
          <Link to={loginPath(here)} className="zyk-button-link">
            {t('auth.login.link')}
          </Link>
        }
      />
    );
  }
  return <ErrorState error={error} onRetry={onRetry} />;
}

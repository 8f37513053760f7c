import { CheckCircleOutlined, MailOutlined } from '@ant-design/icons';
import { Button, Result, Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useSearchParams } from 'react-router';
import { FormAlert } from '@/components/forms/form-alert';
import { useProblemMessage } from '@/components/manage/problem-message';
import { useDocumentTitle } from '@/hooks/use-document-title';
import { useMe, useSessionCache } from '@/hooks/use-me';
import { MutationFailed } from '@/lib/mutation-result';
import { loginPath } from '@/lib/next-path';
import { useInvitationAccept } from '../api/organisation-mutations';
import '@/styles/manage.css';

/**
 * `/invitations/accept?token=…`: the link a host emailed. Logged in, one click makes me the invited
 * organisation's administrator; logged out, I log in (or register) first and come back here.
 */
export function InvitationAcceptPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const location = useLocation();
  const token = params.get('token') ?? '';
  const { me, isPending } = useMe();
  const cache = useSessionCache();
  const accept = useInvitationAccept();
  const problemMessage = useProblemMessage();
  useDocumentTitle(`${t('manage.invitation.title')} · ${t('app.libraryName')}`);
  const here = location.pathname + location.search;

  let body;
  let state = 'ready';
  if (!token) {
    state = 'no-token';
    body = <Result status="warning" title={t('manage.invitation.noToken')} subTitle={t('manage.invitation.noTokenHint')} />;
  } else if (isPending) {
    body = <Skeleton active />;
  } else if (!me) {
    state = 'logged-out';
    body = (
      <Result
        icon={<MailOutlined className="zyk-manage__result-icon" />}
        title={t('manage.invitation.title')}
        subTitle={t('manage.invitation.loginFirst')}
        extra={
          <div className="zyk-manage__result-actions">
            <Link to={loginPath(here)} className="zyk-button-link" data-testid="invitation-login">
              {t('auth.login.link')}
            </Link>
            <Link to={loginPath(here, '/register')}>{t('auth.register.link')}</Link>
          </div>
        }
      />
    );
  } else if (accept.isSuccess) {
    state = 'accepted';
    const organisation = accept.data.assignment?.organisation?.name ?? '';
    body = (
      <Result
        status="success"
        icon={<CheckCircleOutlined />}
        title={t('manage.invitation.accepted', { name: organisation })}
        subTitle={t('manage.invitation.acceptedHint')}
        extra={
          <Link to="/manage" className="zyk-button-link" data-testid="invitation-to-manage">
            {t('manage.title')}
          </Link>
        }
      />
    );
  } else {
    const failed = accept.error;
    body = (
      <Result
        icon={<MailOutlined className="zyk-manage__result-icon" />}
        title={t('manage.invitation.title')}
        subTitle={t('manage.invitation.intro', { name: me.displayName })}
        extra={
          <div className="zyk-manage__result-stack">
            {failed ? (
              <FormAlert
                problem={
                  failed instanceof MutationFailed
                    ? { code: failed.code, message: problemMessage(failed) }
                    : { code: 'NETWORK', message: problemMessage(failed) }
                }
              />
            ) : null}
            <Button
              type="primary"
              size="large"
              loading={accept.isPending}
              onClick={() => accept.mutate({ token }, { onSuccess: () => cache.updated(null) })}
              data-testid="invitation-accept"
            >
              {t('manage.invitation.accept')}
            </Button>
          </div>
        }
      />
    );
  }
  return (
    <div className="zyk-container zyk-state zyk-manage__narrow" data-testid="invitation-page" data-state={state}>
      {body}
    </div>
  );
}

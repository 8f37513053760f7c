import { BookOutlined, SafetyOutlined, TeamOutlined } from '@ant-design/icons';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '@/hooks/use-document-title';

/**
 * The frame of the login, registration, recovery and two-factor pages: on wide screens a blue panel
 * saying what the account is for beside the form card; on phones the card alone.
 */
export function AuthShell({
  title,
  subtitle,
  children,
  footer,
  testId,
}: {
  title: string;
  subtitle?: ReactNode;
  children: ReactNode;
  footer?: ReactNode;
  testId?: string;
}) {
  const { t } = useTranslation();
  useDocumentTitle(t('auth.documentTitle', { title }));
  return (
    <div className="zyk-auth" data-testid={testId}>
      <div className="zyk-container zyk-auth__inner">
        <aside className="zyk-auth__aside" aria-hidden="true">
          <p className="zyk-auth__aside-title">{t('app.libraryName')}</p>
          <p className="zyk-auth__aside-lead">{t('auth.aside.lead')}</p>
          <ul className="zyk-auth__points">
            <li>
              <BookOutlined />
              <span>{t('auth.aside.resources')}</span>
            </li>
            <li>
              <TeamOutlined />
              <span>{t('auth.aside.schools')}</span>
            </li>
            <li>
              <SafetyOutlined />
              <span>{t('auth.aside.security')}</span>
            </li>
          </ul>
        </aside>
        <section className="zyk-auth__card" aria-labelledby="auth-title">
          <h1 id="auth-title" className="zyk-auth__title">
            {title}
          </h1>
          {subtitle ? <p className="zyk-auth__subtitle">{subtitle}</p> : null}
          {children}
          {footer ? <div className="zyk-auth__footer">{footer}</div> : null}
        </section>
      </div>
    </div>
  );
}

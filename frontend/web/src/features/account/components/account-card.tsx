import type { ReactNode } from 'react';

/** A titled white card of the personal space. */
export function AccountCard({ title, extra, children, testId }: { title: string; extra?: ReactNode; children: ReactNode; testId?: string }) {
  return (
    <section className="zyk-card zyk-account-card" data-testid={testId}>
      <header className="zyk-account-card__header">
        <h2 className="zyk-account-card__title">{title}</h2>
        {extra ? <div className="zyk-account-card__extra">{extra}</div> : null}
      </header>
      {children}
    </section>
  );
}

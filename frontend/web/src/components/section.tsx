import type { ReactNode } from 'react';

/** A titled card section of a page; `id` makes it a target for in-page links. */
export function Section({
  id,
  title,
  subtitle,
  extra,
  children,
  className,
}: {
  id?: string;
  title: ReactNode;
  subtitle?: ReactNode;
  extra?: ReactNode;
  children: ReactNode;
  className?: string;
}) {
  const headingId = id ? `${id}-title` : undefined;
  return (
    <section id={id} className={`zyk-card zyk-section ${className ?? ''}`} aria-labelledby={headingId}>
      <div className="zyk-section__header">
        <div>
          <h2 id={headingId} className="zyk-section__title">
            {title}
          </h2>
          {subtitle ? <p className="zyk-section__subtitle">{subtitle}</p> : null}
        </div>
        {extra ? <div className="zyk-section__extra">{extra}</div> : null}
      </div>
      {children}
    </section>
  );
}

/** A sub-heading block inside a Section. */
export function SubSection({ title, children, id }: { title: ReactNode; children: ReactNode; id?: string }) {
  return (
    <div className="zyk-subsection" id={id}>
      <h3 className="zyk-subsection__title">{title}</h3>
      {children}
    </div>
  );
}

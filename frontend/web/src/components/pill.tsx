import type { ReactNode } from 'react';

export type PillTone = 'blue' | 'purple' | 'teal' | 'orange' | 'grey';

/** A small coloured label. Unlike antd's preset Tag colours, every tone meets WCAG AA contrast. */
export function Pill({ tone = 'grey', children, title }: { tone?: PillTone; children: ReactNode; title?: string }) {
  return (
    <span className={`zyk-badge zyk-badge--${tone}`} title={title}>
      {children}
    </span>
  );
}

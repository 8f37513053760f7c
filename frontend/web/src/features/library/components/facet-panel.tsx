import { Button, Checkbox } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FacetBucket, Facets } from '../api/search-resources';
import { facetValueLabel } from '../utils/facet-labels';
import { FACET_ORDER, type FacetKey } from '../utils/search-state';

const SHOWN = 8;

interface FacetPanelProps {
  facets: Facets;
  selected: Record<FacetKey, string[]>;
  labels: (key: FacetKey, value: string) => string | undefined;
  onToggle: (key: FacetKey, value: string) => void;
}

/** Facets with counts (multi-select checkboxes); a facet with nothing to choose is left out. */
export function FacetPanel({ facets, selected, labels, onToggle }: FacetPanelProps) {
  const { t } = useTranslation();
  const groups = FACET_ORDER.filter((key) => facets[key].length > 0 || selected[key].length > 0);
  if (!groups.length) return <p className="zyk-muted zyk-facets__none">{t('library.facets.none')}</p>;
  return (
    <div className="zyk-facets" data-testid="library-facets">
      {groups.map((key) => (
        <FacetGroup key={key} facet={key} buckets={facets[key]} selected={selected[key]} labels={labels} onToggle={onToggle} />
      ))}
    </div>
  );
}

function FacetGroup({
  facet,
  buckets,
  selected,
  labels,
  onToggle,
}: {
  facet: FacetKey;
  buckets: FacetBucket[];
  selected: string[];
  labels: FacetPanelProps['labels'];
  onToggle: FacetPanelProps['onToggle'];
}) {
  const { t } = useTranslation();
  const [expanded, setExpanded] = useState(false);
  // Chosen values stay listed even when they match nothing any more, so they can be unticked.
  const missing = selected.filter((value) => !buckets.some((bucket) => bucket.value === value));
  const rows = [...buckets.map((b) => ({ value: b.value, label: b.label, count: b.count as number | null })), ...missing.map((value) => ({ value, label: labels(facet, value), count: null }))];
  const visible = expanded ? rows : rows.filter((row, index) => index < SHOWN || selected.includes(row.value));
  const headingId = `facet-${facet}-title`;
  return (
    <section className="zyk-facet" aria-labelledby={headingId} data-testid={`facet-${facet}`}>
      <h3 id={headingId} className="zyk-facet__title">
        {t(`library.facets.${facet}`)}
      </h3>
      <ul className="zyk-facet__list">
        {visible.map((row) => {
          const label = facetValueLabel(t, facet, row.value, row.label);
          const checked = selected.includes(row.value);
          return (
            <li key={row.value} className="zyk-facet__item">
              <Checkbox
                checked={checked}
                onChange={() => onToggle(facet, row.value)}
                data-testid="facet-option"
                data-facet={facet}
                data-value={row.value}
              >
                <span className="zyk-facet__label">{label}</span>
                {row.count != null ? (
                  <span className="zyk-facet__count">
                    <span aria-hidden="true">{row.count}</span>
                    <span className="zyk-visually-hidden">{t('library.facets.count', { count: row.count })}</span>
                  </span>
                ) : null}
              </Checkbox>
            </li>
          );
        })}
      </ul>
      {rows.length > SHOWN ? (
        <Button type="link" size="small" className="zyk-facet__more" onClick={() => setExpanded((v) => !v)} aria-expanded={expanded}>
          {expanded ? t('library.facets.less') : t('library.facets.more', { count: rows.length - SHOWN })}
        </Button>
      ) : null}
    </section>
  );
}

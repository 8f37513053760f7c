import { Button, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { facetValueLabel } from '../utils/facet-labels';
import { FACETS, type FacetKey } from '../utils/search-state';

/** The chosen refinements as removable chips, and one button to clear them all. */
export function ActiveFilters({
  selected,
  labels,
  onRemove,
  onClear,
}: {
  selected: Record<FacetKey, string[]>;
  labels: (key: FacetKey, value: string) => string | undefined;
  onRemove: (key: FacetKey, value: string) => void;
  onClear: () => void;
}) {
  const { t } = useTranslation();
  const chips = FACETS.flatMap((key) => selected[key].map((value) => ({ key, value })));
  if (!chips.length) return null;
  return (
    <div className="zyk-active-filters" data-testid="active-filters" aria-label={t('library.filters.active')} role="group">
      {chips.map(({ key, value }) => {
        const label = facetValueLabel(t, key, value, labels(key, value));
        return (
          <Tag
            key={`${key}:${value}`}
            closable
            onClose={(event) => {
              event.preventDefault();
              onRemove(key, value);
            }}
            closeIcon={<span aria-label={t('library.filters.remove', { name: label })}>×</span>}
            className="zyk-active-filters__chip"
            data-testid="active-filter"
            data-facet={key}
            data-value={value}
          >
            <span className="zyk-active-filters__facet">{t(`library.facets.${key}`)}</span>
            {label}
          </Tag>
        );
      })}
      <Button type="link" size="small" onClick={onClear} data-testid="clear-filters">
        {t('library.filters.clear')}
      </Button>
    </div>
  );
}

import type { TFunction } from 'i18next';
import type { FacetKey } from './search-state';

/**
 * What a facet value is called. Types and sources are translated here (the same words everywhere in
 * the UI); majors, courses and points carry their names from the server (`serverLabel`), remembered
 * from earlier answers for chips of values that no longer match anything.
 */
export function facetValueLabel(t: TFunction, key: FacetKey, value: string, serverLabel?: string): string {
  if (key === 'type') return t(`library.type.${value.toUpperCase()}`, { defaultValue: serverLabel ?? value });
  if (key === 'source') return t(`library.source.${value.toUpperCase()}`, { defaultValue: serverLabel ?? value });
  return serverLabel || t('library.filters.unknownValue', { id: value });
}

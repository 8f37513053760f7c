import { Select } from 'antd';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { CatalogueFacets } from '../api/get-course-catalogue';
import { KINDS, LEVELS, type CatalogueState, type FilterKey } from '../utils/catalogue-state';

/** Up to this many majors show as choices; more go into a select. */
const MAX_MAJOR_CHOICES = 6;

export interface MajorOption {
  code: string;
  name: string;
}

interface Choice {
  value: string;
  label: string;
  /** Courses choosing it would list, the other filters kept; undefined while unknown. */
  count?: number;
}

/** An option with nothing to show is disabled, unless it is the one chosen (so it can be seen and left). */
const isDead = (choice: Choice, value: string) => choice.count === 0 && choice.value !== value;

/**
 * One single-choice filter as a row of pills: real radio buttons (arrow keys move between them,
 * screen readers name the group), 全部 first; each option says how many courses it would give.
 */
function ChoiceGroup({
  filter,
  legend,
  choices,
  value,
  onChange,
}: {
  filter: FilterKey;
  legend: string;
  choices: Choice[];
  value: string;
  onChange: (value: string) => void;
}) {
  const { t } = useTranslation();
  const name = `catalogue-${filter}-${useId()}`;
  return (
    <fieldset className="zyk-catalogue-filter" data-testid={`catalogue-filter-${filter}`}>
      <legend className="zyk-catalogue-filter__legend">{legend}</legend>
      <div className="zyk-catalogue-filter__choices">
        {[{ value: '', label: t('catalogue.filters.all') }, ...choices].map((choice) => {
          const checked = choice.value === value;
          const dead = isDead(choice, value);
          return (
            <label
              key={choice.value || 'all'}
              className={`zyk-catalogue-choice${checked ? ' is-checked' : ''}${dead ? ' is-disabled' : ''}`}
              data-testid="catalogue-choice"
              data-value={choice.value}
            >
              <input
                type="radio"
                className="zyk-catalogue-choice__input"
                name={name}
                value={choice.value}
                checked={checked}
                disabled={dead}
                onChange={() => onChange(choice.value)}
              />
              <span>{choice.label}</span>
              {choice.count === undefined ? null : (
                <span className="zyk-catalogue-choice__count" data-testid="catalogue-choice-count">
                  {t('catalogue.filters.count', { count: choice.count })}
                </span>
              )}
            </label>
          );
        })}
      </div>
    </fieldset>
  );
}

/**
 * Major, kind (专业基础课 / 专业核心课) and level (入门 / 进阶 / 高级) of the catalogue, each option with the
 * number of courses it would give (`facets`: the API's counts with the other filters kept; absent while
 * the first answer loads).
 */
export function CatalogueFilters({
  state,
  majors,
  facets,
  onChange,
}: {
  state: CatalogueState;
  majors: MajorOption[];
  facets?: CatalogueFacets | null;
  onChange: <K extends FilterKey>(key: K, value: CatalogueState[K]) => void;
}) {
  const { t } = useTranslation();
  const majorId = useId();
  const majorCounts = new Map(facets?.majors.map((facet) => [facet.code, facet.count]));
  const kindCounts = new Map(facets?.kinds.map((facet) => [facet.kind, facet.count]));
  const levelCounts = new Map(facets?.levels.map((facet) => [facet.level, facet.count]));
  // A code from a shared link that is not (or no longer) offered still shows, so it can be unset.
  const majorChoices: Choice[] = majors.map((major) => ({
    value: major.code,
    label: major.name,
    count: facets ? (majorCounts.get(major.code) ?? 0) : undefined,
  }));
  if (state.major && !majors.some((major) => major.code === state.major)) majorChoices.push({ value: state.major, label: state.major });

  return (
    <div className="zyk-catalogue-filters" data-testid="catalogue-filters">
      {majorChoices.length <= MAX_MAJOR_CHOICES ? (
        <ChoiceGroup
          filter="major"
          legend={t('catalogue.filters.major')}
          choices={majorChoices}
          value={state.major}
          onChange={(value) => onChange('major', value)}
        />
      ) : (
        <div className="zyk-catalogue-filter" data-testid="catalogue-filter-major">
          <label className="zyk-catalogue-filter__legend" htmlFor={majorId}>
            {t('catalogue.filters.major')}
          </label>
          <div className="zyk-catalogue-filter__choices">
            <Select
              id={majorId}
              className="zyk-catalogue-filter__select"
              value={state.major}
              onChange={(value: string) => onChange('major', value)}
              showSearch
              optionFilterProp="label"
              options={[
                { value: '', label: t('catalogue.filters.allMajors') },
                ...majorChoices.map((choice) => ({
                  value: choice.value,
                  label:
                    choice.count === undefined
                      ? choice.label
                      : `${choice.label}${t('catalogue.filters.count', { count: choice.count })}`,
                  disabled: isDead(choice, state.major),
                })),
              ]}
              popupMatchSelectWidth={false}
            />
          </div>
        </div>
      )}
      <ChoiceGroup
        filter="kind"
        legend={t('catalogue.filters.kind')}
        choices={KINDS.map((kind) => ({
          value: kind,
          label: t(`courseKind.${kind}`),
          count: facets ? (kindCounts.get(kind) ?? 0) : undefined,
        }))}
        value={state.kind ?? ''}
        onChange={(value) => onChange('kind', (value || null) as CatalogueState['kind'])}
      />
      <ChoiceGroup
        filter="level"
        legend={t('catalogue.filters.level')}
        choices={LEVELS.map((level) => ({
          value: level,
          label: t(`catalogue.level.${level}`),
          count: facets ? (levelCounts.get(level) ?? 0) : undefined,
        }))}
        value={state.level ?? ''}
        onChange={(value) => onChange('level', (value || null) as CatalogueState['level'])}
      />
    </div>
  );
}

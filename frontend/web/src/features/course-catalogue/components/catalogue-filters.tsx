import { Select } from 'antd';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
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
}

/**
 * One single-choice filter as a row of pills: real radio buttons (arrow keys move between them,
 * screen readers name the group), 全部 first.
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
          return (
            <label
              key={choice.value || 'all'}
              className={`zyk-catalogue-choice${checked ? ' is-checked' : ''}`}
              data-testid="catalogue-choice"
              data-value={choice.value}
            >
              <input
                type="radio"
                className="zyk-catalogue-choice__input"
                name={name}
                value={choice.value}
                checked={checked}
                onChange={() => onChange(choice.value)}
              />
              {choice.label}
            </label>
          );
        })}
      </div>
    </fieldset>
  );
}

/** Major, kind (专业基础课 / 专业核心课) and level (入门 / 进阶 / 高级) of the catalogue. */
export function CatalogueFilters({
  state,
  majors,
  onChange,
}: {
  state: CatalogueState;
  majors: MajorOption[];
  onChange: <K extends FilterKey>(key: K, value: CatalogueState[K]) => void;
}) {
  const { t } = useTranslation();
  const majorId = useId();
  // A code from a shared link that is not (or no longer) offered still shows, so it can be unset.
  const majorChoices: Choice[] = majors.map((major) => ({ value: major.code, label: major.name }));
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
              options={[{ value: '', label: t('catalogue.filters.allMajors') }, ...majorChoices]}
              popupMatchSelectWidth={false}
            />
          </div>
        </div>
      )}
      <ChoiceGroup
        filter="kind"
        legend={t('catalogue.filters.kind')}
        choices={KINDS.map((kind) => ({ value: kind, label: t(`courseKind.${kind}`) }))}
        value={state.kind ?? ''}
        onChange={(value) => onChange('kind', (value || null) as CatalogueState['kind'])}
      />
      <ChoiceGroup
        filter="level"
        legend={t('catalogue.filters.level')}
        choices={LEVELS.map((level) => ({ value: level, label: t(`catalogue.level.${level}`) }))}
        value={state.level ?? ''}
        onChange={(value) => onChange('level', (value || null) as CatalogueState['level'])}
      />
    </div>
  );
}

import { AutoComplete, Input } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLibraryAutocomplete } from '../api/search-resources';
import { useDebouncedValue } from '../hooks/use-debounced-value';

export const AUTOCOMPLETE_DELAY = 250;

/**
 * The search field with title suggestions (resourceAutocomplete, asked for after a short pause in
 * typing). Enter, the button or picking a suggestion searches.
 */
export function SearchBox({ query, onSearch }: { query: string; onSearch: (query: string) => void }) {
  const { t } = useTranslation();
  const [text, setText] = useState(query);
  const [open, setOpen] = useState(false);
  // The URL is the truth: back/forward or a link changes the query, the field follows.
  useEffect(() => setText(query), [query]);
  const prefix = useDebouncedValue(text, AUTOCOMPLETE_DELAY);
  const suggestions = useLibraryAutocomplete(open ? prefix : '');
  const options = useMemo(
    () =>
      (text.trim() ? (suggestions.data ?? []) : []).map((title) => ({
        value: title,
        label: <span data-testid="library-suggestion">{title}</span>,
      })),
    [suggestions.data, text],
  );

  const submit = (value: string) => {
    setOpen(false);
    onSearch(value.trim());
  };

  return (
    <div className="zyk-library-search" role="search">
      <AutoComplete
        className="zyk-library-search__field"
        value={text}
        options={options}
        onChange={(value: string) => {
          setText(value);
          setOpen(true);
        }}
        onSelect={(value: string) => {
          setText(value);
          submit(value);
        }}
        open={open && options.length > 0}
        onOpenChange={(visible) => setOpen(visible)}
        onBlur={() => setOpen(false)}
        popupMatchSelectWidth
      >
        <Input.Search
          size="large"
          allowClear
          enterButton={t('library.search.button')}
          placeholder={t('library.search.placeholder')}
          aria-label={t('library.search.label')}
          data-testid="library-search-input"
          onSearch={(value, _event, info) => {
            // The clear icon "searches" the empty text: show everything again.
            if (info?.source === 'clear') submit('');
            else submit(value);
          }}
        />
      </AutoComplete>
    </div>
  );
}

import { AutoComplete, Input, type InputRef } from 'antd';
import { useEffect, useMemo, useRef, useState } from 'react';
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
  const input = useRef<InputRef>(null);
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
    // Phones: put the keyboard away so the results show.
    if (window.matchMedia('(pointer: coarse)').matches) input.current?.blur();
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
        // Not for the words just searched (Enter would otherwise reopen the list over the results).
        open={open && options.length > 0 && text.trim() !== query}
        onOpenChange={(visible) => setOpen(visible)}
        onBlur={() => setOpen(false)}
        popupMatchSelectWidth
        // Enter searches what was typed; a suggestion is taken only when picked (arrow keys or a click).
        defaultActiveFirstOption={false}
      >
        <Input.Search
          ref={input}
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

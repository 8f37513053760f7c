import { Input, type InputRef } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** Words in a course's name or summary; Enter or the button searches, the clear icon shows all again. */
export function CatalogueSearch({ query, onSearch }: { query: string; onSearch: (query: string) => void }) {
  const { t } = useTranslation();
  const [text, setText] = useState(query);
  const input = useRef<InputRef>(null);
  // The URL is the truth: back/forward or a link changes the words, the field follows.
  useEffect(() => setText(query), [query]);
  return (
    <div className="zyk-catalogue-search" role="search">
      <Input.Search
        ref={input}
        size="large"
        allowClear
        value={text}
        onChange={(event) => setText(event.target.value)}
        enterButton={t('catalogue.search.button')}
        placeholder={t('catalogue.search.placeholder')}
        aria-label={t('catalogue.search.label')}
        maxLength={100}
        data-testid="catalogue-search-input"
        onSearch={(value, _event, info) => {
          // Phones: put the keyboard away so the results show.
          if (window.matchMedia?.('(pointer: coarse)').matches) input.current?.blur();
          onSearch(info?.source === 'clear' ? '' : value.trim());
        }}
      />
    </div>
  );
}

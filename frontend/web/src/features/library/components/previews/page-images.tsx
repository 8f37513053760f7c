import { FilePdfOutlined } from '@ant-design/icons';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/** Until the first page has loaded, pages hold the room of an A4 sheet (lazy images need a size). */
const A4 = '1 / 1.414';

/**
 * A converted document, presentation or spreadsheet: its page images one under the other, each with its
 * number; the browser loads them as they come near (only the first eagerly). Light on phones: no pdf.js.
 * Pages not loaded yet keep the first page's proportions (`aspect-ratio: auto …` gives way to the real
 * one once an image has loaded), so lazy loading has something to measure.
 */
export function PageImages({ pages, title, pdfUrl }: { pages: string[]; title: string; pdfUrl?: string }) {
  const { t } = useTranslation();
  const [ratio, setRatio] = useState(A4);
  return (
    <div className="zyk-pages" data-testid="page-images" data-pages={pages.length}>
      <div className="zyk-pages__bar">
        <span className="zyk-pages__count">{t('library.media.pageCount', { count: pages.length })}</span>
        {pdfUrl ? (
          <a href={pdfUrl} target="_blank" rel="noopener noreferrer" className="zyk-pages__pdf" data-testid="pages-pdf">
            <FilePdfOutlined aria-hidden /> {t('library.media.downloadPdf')}
          </a>
        ) : null}
      </div>
      <ol className="zyk-pages__list" tabIndex={0} aria-label={t('library.pdf.pages', { title })}>
        {pages.map((url, index) => (
          <li key={url} className="zyk-pages__page" data-page={index + 1}>
            <img
              src={url}
              alt={t('library.pdf.pageLabel', { page: index + 1 })}
              loading={index === 0 ? 'eager' : 'lazy'}
              decoding="async"
              className="zyk-pages__img"
              style={{ aspectRatio: `auto ${ratio}` }}
              onLoad={
                index === 0
                  ? (event) => {
                      const { naturalWidth, naturalHeight } = event.currentTarget;
                      if (naturalWidth && naturalHeight) setRatio(`${naturalWidth} / ${naturalHeight}`);
                    }
                  : undefined
              }
              data-testid="page-image"
            />
            <span className="zyk-pages__number" aria-hidden="true">
              {t('library.media.pageNumber', { page: index + 1, count: pages.length })}
            </span>
          </li>
        ))}
      </ol>
    </div>
  );
}

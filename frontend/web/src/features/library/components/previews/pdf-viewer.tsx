import { LeftOutlined, RightOutlined, ZoomInOutlined, ZoomOutOutlined } from '@ant-design/icons';
import { Alert, Button, InputNumber, Spin } from 'antd';
import { GlobalWorkerOptions, getDocument, type PDFDocumentProxy, type RenderTask } from 'pdfjs-dist/legacy/build/pdf.mjs';
import workerUrl from 'pdfjs-dist/legacy/build/pdf.worker.min.mjs?url';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useElementWidth } from '@/hooks/use-element-width';
import { PdfCMapFactory, PdfStandardFontFactory } from './pdf-data';

/*
 * PDF pages drawn with pdf.js (this module is loaded only when a PDF is shown). The legacy build runs
 * on the older browsers of phones; the worker and pdf.js's data files come from our own build, nothing
 * from a CDN. Pages are laid out at once from the first page's size and drawn when they come near the
 * viewport, so the first page shows quickly and long documents stay light.
 */
GlobalWorkerOptions.workerSrc = workerUrl;

const ZOOMS = [0.5, 0.75, 1, 1.25, 1.5, 2, 3];
/** Browsers refuse (or blank) canvases beyond ~16 megapixels, iOS Safari earlier. */
const MAX_CANVAS_PIXELS = 12_000_000;
const PAGE_GAP = 12;

interface PageSize {
  width: number;
  height: number;
}

export interface PdfViewerProps {
  url: string;
  title: string;
}

export default function PdfViewer({ url, title }: PdfViewerProps) {
  const { t } = useTranslation();
  const [doc, setDoc] = useState<PDFDocumentProxy | null>(null);
  const [failed, setFailed] = useState(false);
  const [firstSize, setFirstSize] = useState<PageSize | null>(null);
  const [zoomIndex, setZoomIndex] = useState(ZOOMS.indexOf(1));
  const [current, setCurrent] = useState(1);
  const [draft, setDraft] = useState<number | null>(null);
  const scroller = useRef<HTMLDivElement>(null);
  // An empty full-width strip inside the frame: its width is what a page may take at 100 %.
  const strip = useRef<HTMLDivElement>(null);
  const width = useElementWidth(strip);

  useEffect(() => {
    let cancelled = false;
    setDoc(null);
    setFailed(false);
    const task = getDocument({
      url,
      CMapReaderFactory: PdfCMapFactory,
      StandardFontDataFactory: PdfStandardFontFactory,
      useWorkerFetch: false,
      isEvalSupported: false,
      enableXfa: false,
    });
    task.promise
      .then(async (loaded) => {
        const first = await loaded.getPage(1);
        const viewport = first.getViewport({ scale: 1 });
        if (cancelled) return;
        setFirstSize({ width: viewport.width, height: viewport.height });
        setDoc(loaded);
      })
      .catch(() => {
        if (!cancelled) setFailed(true);
      });
    return () => {
      cancelled = true;
      void task.destroy();
    };
  }, [url]);

  const zoom = ZOOMS[zoomIndex];
  // 100 % fits the page to the frame's width.
  const fitScale = firstSize && width ? Math.max(0.1, width / firstSize.width) : 1;
  const scale = fitScale * zoom;
  const pages = doc?.numPages ?? 0;

  const goTo = useCallback((page: number, behavior: ScrollBehavior = 'smooth') => {
    const target = scroller.current?.querySelector<HTMLElement>(`[data-page="${page}"]`);
    if (target && scroller.current) scroller.current.scrollTo({ top: target.offsetTop - PAGE_GAP, behavior });
  }, []);

  // A zoom keeps the page being read in view (its sheets grew or shrank above it).
  const reading = useRef(current);
  reading.current = current;
  useLayoutEffect(() => {
    if (reading.current > 1) goTo(reading.current, 'auto');
  }, [scale, goTo]);

  // The page shown is the one crossing the frame's upper third.
  const onScroll = useCallback(() => {
    const box = scroller.current;
    if (!box) return;
    const line = box.scrollTop + box.clientHeight / 3;
    let page = 1;
    const sheets = box.querySelectorAll<HTMLElement>('[data-page]');
    for (const element of sheets) {
      if (element.offsetTop <= line) page = Number(element.dataset.page);
      else break;
    }
    // Scrolled to the end: the last page, even when it is too short to reach the upper third.
    if (box.scrollTop + box.clientHeight >= box.scrollHeight - 2) page = sheets.length || page;
    setCurrent(page);
  }, []);

  if (failed) {
    return <Alert type="warning" showIcon message={t('library.pdf.failed')} description={t('library.pdf.failedHint')} data-testid="pdf-failed" />;
  }

  return (
    <div className="zyk-pdf" data-testid="pdf-viewer" data-pages={pages || undefined}>
      <div className="zyk-pdf__bar" role="toolbar" aria-label={t('library.pdf.toolbar')}>
        <Button size="small" icon={<LeftOutlined />} disabled={!doc || current <= 1} onClick={() => goTo(current - 1)} aria-label={t('library.pdf.previous')} />
        <span className="zyk-pdf__page">
          <InputNumber
            size="small"
            min={1}
            max={Math.max(1, pages)}
            value={draft ?? current}
            disabled={!doc}
            controls={false}
            precision={0}
            onChange={(value) => setDraft(typeof value === 'number' ? value : null)}
            onPressEnter={() => {
              if (draft && draft >= 1 && draft <= pages) goTo(draft);
              setDraft(null);
            }}
            onBlur={() => {
              if (draft && draft >= 1 && draft <= pages) goTo(draft);
              setDraft(null);
            }}
            aria-label={t('library.pdf.pageInput')}
            className="zyk-pdf__page-input"
          />
          <span aria-hidden="true">/ {pages || '–'}</span>
          <span className="zyk-visually-hidden" aria-live="polite">
            {pages ? t('library.pdf.pageOf', { page: current, count: pages }) : ''}
          </span>
        </span>
        <Button size="small" icon={<RightOutlined />} disabled={!doc || current >= pages} onClick={() => goTo(current + 1)} aria-label={t('library.pdf.next')} />
        <span className="zyk-pdf__spacer" />
        <Button size="small" icon={<ZoomOutOutlined />} disabled={zoomIndex === 0} onClick={() => setZoomIndex((i) => Math.max(0, i - 1))} aria-label={t('library.pdf.zoomOut')} />
        <Button size="small" onClick={() => setZoomIndex(ZOOMS.indexOf(1))} aria-label={t('library.pdf.fit')} className="zyk-pdf__zoom">
          {Math.round(zoom * 100)}%
        </Button>
        <Button size="small" icon={<ZoomInOutlined />} disabled={zoomIndex === ZOOMS.length - 1} onClick={() => setZoomIndex((i) => Math.min(ZOOMS.length - 1, i + 1))} aria-label={t('library.pdf.zoomIn')} />
      </div>
      <div className="zyk-pdf__scroller" ref={scroller} onScroll={onScroll} tabIndex={0} aria-label={t('library.pdf.pages', { title })} role="region">
        <div ref={strip} className="zyk-pdf__strip" aria-hidden="true" />
        {doc && firstSize && width ? (
          Array.from({ length: pages }, (_, index) => (
            <PdfPage key={index + 1} doc={doc} number={index + 1} scale={scale} guess={firstSize} root={scroller} />
          ))
        ) : (
          <div className="zyk-pdf__loading">
            <Spin tip={t('library.pdf.loading')}>
              <span />
            </Spin>
          </div>
        )}
      </div>
    </div>
  );
}

/** One page: a placeholder of the right size, drawn once it nears the visible part of the frame. */
function PdfPage({
  doc,
  number,
  scale,
  guess,
  root,
}: {
  doc: PDFDocumentProxy;
  number: number;
  scale: number;
  guess: PageSize;
  root: React.RefObject<HTMLDivElement | null>;
}) {
  const { t } = useTranslation();
  const holder = useRef<HTMLDivElement>(null);
  const canvas = useRef<HTMLCanvasElement>(null);
  const [near, setNear] = useState(number <= 2);
  const [size, setSize] = useState<PageSize>(guess);
  const [rendered, setRendered] = useState(false);

  // Pages near the visible part are drawn; far ones give their canvas memory back (phones, long documents).
  useEffect(() => {
    const element = holder.current;
    if (!element || typeof IntersectionObserver === 'undefined') {
      setNear(true);
      return undefined;
    }
    const observer = new IntersectionObserver((entries) => setNear(entries.some((entry) => entry.isIntersecting)), {
      root: root.current,
      rootMargin: '1200px 0px',
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [root]);

  useEffect(() => {
    if (!near) {
      const element = canvas.current;
      if (element) {
        element.width = 0;
        element.height = 0;
      }
      setRendered(false);
      return undefined;
    }
    let task: RenderTask | null = null;
    let cancelled = false;
    void (async () => {
      try {
        const page = await doc.getPage(number);
        if (cancelled) return;
        const base = page.getViewport({ scale: 1 });
        setSize({ width: base.width, height: base.height });
        const viewport = page.getViewport({ scale });
        const ratio = Math.min(window.devicePixelRatio || 1, 2, Math.sqrt(MAX_CANVAS_PIXELS / (viewport.width * viewport.height)));
        const element = canvas.current;
        if (!element) return;
        element.width = Math.floor(viewport.width * ratio);
        element.height = Math.floor(viewport.height * ratio);
        task = page.render({ canvas: element, viewport, transform: ratio !== 1 ? [ratio, 0, 0, ratio, 0, 0] : undefined });
        await task.promise;
        if (!cancelled) setRendered(true);
      } catch {
        // Cancelled by a zoom or unmount; a broken page stays a blank sheet.
      }
    })();
    return () => {
      cancelled = true;
      task?.cancel();
    };
  }, [doc, number, scale, near]);

  const cssWidth = Math.floor(size.width * scale);
  const cssHeight = Math.floor(size.height * scale);
  const style = useMemo(() => ({ width: cssWidth, height: cssHeight }), [cssWidth, cssHeight]);
  return (
    <div className="zyk-pdf__sheet" ref={holder} data-page={number} style={{ ...style, marginBottom: PAGE_GAP }}>
      <canvas
        ref={canvas}
        style={style}
        role="img"
        aria-label={t('library.pdf.pageLabel', { page: number })}
        data-testid="pdf-page"
        data-rendered={rendered ? 'true' : 'false'}
      />
    </div>
  );
}

import { ExportOutlined, FullscreenExitOutlined, FullscreenOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * An HTML5 / virtual-simulation package in a sandboxed frame: scripts run, but without the site's
 * origin (no `allow-same-origin`), so they can neither read its cookies nor call the API as the
 * visitor; the server adds a CSP sandbox of its own. Full screen uses the Fullscreen API where the
 * browser has it (not on iPhones), else the frame fills the window.
 *
 * A converted package (the media pipeline unpacked it) runs from its entry page with `allow-popups` as
 * well (links of the package open new tabs); the original zip is served through the package view.
 */
export const PACKAGE_SANDBOX = 'allow-scripts allow-pointer-lock allow-popups';
export const ORIGINAL_SANDBOX = 'allow-scripts allow-pointer-lock';

export function SimulationFrame({ id, title, packageUrl }: { id: string; title: string; packageUrl?: string }) {
  const { t } = useTranslation();
  const box = useRef<HTMLDivElement>(null);
  const [expanded, setExpanded] = useState(false);
  const src = packageUrl || `/resources/${encodeURIComponent(id)}/package/`;

  useEffect(() => {
    const onChange = () => setExpanded(document.fullscreenElement === box.current && box.current !== null);
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, []);

  useEffect(() => {
    if (!expanded || document.fullscreenElement) return undefined;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') setExpanded(false);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [expanded]);

  const toggle = () => {
    const element = box.current;
    if (!element) return;
    if (document.fullscreenElement) {
      void document.exitFullscreen();
    } else if (expanded) {
      setExpanded(false);
    } else if (typeof element.requestFullscreen === 'function' && document.fullscreenEnabled) {
      element.requestFullscreen().catch(() => setExpanded(true));
    } else {
      setExpanded(true);
    }
  };

  return (
    <div ref={box} className={`zyk-preview-sim${expanded ? ' is-expanded' : ''}`} data-testid="simulation-preview" data-source={packageUrl ? 'converted' : 'original'}>
      <div className="zyk-preview-sim__bar">
        <span className="zyk-preview-sim__title">{title}</span>
        <a href={src} target="_blank" rel="noopener noreferrer" className="zyk-preview-sim__open">
          <ExportOutlined aria-hidden /> {t('library.preview.openWindow')}
        </a>
        <Button
          size="small"
          icon={expanded ? <FullscreenExitOutlined /> : <FullscreenOutlined />}
          onClick={toggle}
          data-testid="simulation-fullscreen"
        >
          {expanded ? t('library.preview.exitFullscreen') : t('library.preview.fullscreen')}
        </Button>
      </div>
      <iframe
        className="zyk-preview-sim__frame"
        src={src}
        title={t('library.preview.simulationLabel', { title })}
        sandbox={packageUrl ? PACKAGE_SANDBOX : ORIGINAL_SANDBOX}
        referrerPolicy="no-referrer"
        loading="lazy"
        data-testid="simulation-frame"
      />
    </div>
  );
}

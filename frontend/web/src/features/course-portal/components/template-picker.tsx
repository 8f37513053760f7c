import { CheckCircleFilled } from '@ant-design/icons';
import type { PortalTemplate } from '@zyk/shared';
import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Pill } from '@/components/pill';

const TEMPLATES: PortalTemplate[] = ['CLASSIC', 'VISUAL', 'COMPACT'];

/** A small drawing of each layout (decorative; the card's text says what it is). */
export function TemplateSchematic({ template }: { template: PortalTemplate }) {
  const blue = '#0d47b5';
  const soft = '#c9d7f2';
  const line = '#e3e8f2';
  return (
    <svg viewBox="0 0 160 110" className="zyk-template-schematic" aria-hidden="true" focusable="false" data-schematic={template}>
      <rect x="0" y="0" width="160" height="110" rx="6" fill="#f4f6fa" />
      {template === 'CLASSIC' ? (
        <>
          <rect x="0" y="0" width="160" height="30" rx="6" fill={blue} />
          <rect x="10" y="9" width="56" height="6" rx="2" fill="#fff" />
          <rect x="10" y="19" width="80" height="3" rx="1.5" fill="rgba(255,255,255,0.6)" />
          <rect x="112" y="8" width="18" height="14" rx="2" fill="rgba(255,255,255,0.25)" />
          <rect x="134" y="8" width="18" height="14" rx="2" fill="rgba(255,255,255,0.25)" />
          <rect x="8" y="38" width="100" height="30" rx="3" fill="#fff" stroke={line} />
          <rect x="8" y="72" width="100" height="30" rx="3" fill="#fff" stroke={line} />
          <rect x="14" y="44" width="40" height="4" rx="2" fill={soft} />
          <rect x="14" y="78" width="40" height="4" rx="2" fill={soft} />
          <rect x="114" y="38" width="38" height="64" rx="3" fill="#fff" stroke={line} />
          <circle cx="122" cy="48" r="4" fill={soft} />
          <circle cx="122" cy="60" r="4" fill={soft} />
          <circle cx="122" cy="72" r="4" fill={soft} />
        </>
      ) : null}
      {template === 'VISUAL' ? (
        <>
          <defs>
            <linearGradient id="zyk-schematic-banner" x1="0" x2="1" y1="0" y2="1">
              <stop offset="0" stopColor="#082c73" />
              <stop offset="1" stopColor="#4d8dff" />
            </linearGradient>
          </defs>
          <rect x="0" y="0" width="160" height="48" rx="6" fill="url(#zyk-schematic-banner)" />
          <circle cx="126" cy="14" r="22" fill="none" stroke="rgba(255,255,255,0.3)" strokeWidth="3" />
          <rect x="10" y="26" width="70" height="9" rx="2" fill="#fff" />
          <rect x="18" y="42" width="124" height="12" rx="3" fill="#fff" stroke={line} />
          <rect x="8" y="60" width="144" height="18" rx="3" fill="#fff" stroke={line} />
          <circle cx="30" cy="69" r="4" fill="#b85c00" />
          <circle cx="52" cy="66" r="3" fill={blue} />
          <circle cx="72" cy="71" r="4" fill={blue} />
          <path d="M30 69 L52 66 L72 71" stroke={soft} fill="none" />
          {[8, 45, 82, 119].map((x) => (
            <g key={x}>
              <rect x={x} y="83" width="33" height="22" rx="3" fill="#fff" stroke={line} />
              <rect x={x} y="83" width="33" height="12" rx="3" fill={soft} />
            </g>
          ))}
        </>
      ) : null}
      {template === 'COMPACT' ? (
        <>
          <rect x="44" y="0" width="72" height="110" fill="#fff" />
          <rect x="50" y="6" width="40" height="5" rx="2" fill={blue} />
          <rect x="50" y="14" width="56" height="3" rx="1.5" fill={soft} />
          {[50, 68, 86].map((x) => (
            <rect key={x} x={x} y="22" width="15" height="6" rx="3" fill="#fff" stroke={blue} strokeWidth="0.8" />
          ))}
          {[34, 50, 66, 82, 98].map((y, i) => (
            <g key={y}>
              <rect x="50" y={y} width="60" height="12" rx="2" fill="#f4f6fa" stroke={line} />
              <rect x="54" y={y + 4} width={i === 0 ? 30 : 22} height="4" rx="2" fill={soft} />
              <path d={`M103 ${y + 4} l3 3 l3 -3`} stroke="#4a5671" fill="none" strokeWidth="0.8" />
            </g>
          ))}
        </>
      ) : null}
    </svg>
  );
}

/**
 * The three display templates as cards (a radio group): a drawing, name and description; the live one is
 * marked 当前使用 and the chosen one is outlined.
 */
export function TemplatePicker({
  value,
  onChange,
  live,
  disabled = false,
}: {
  value?: PortalTemplate;
  onChange?: (value: PortalTemplate) => void;
  live: PortalTemplate | null;
  disabled?: boolean;
}) {
  const { t } = useTranslation();
  const pick = (template: PortalTemplate) => {
    if (!disabled && template !== value) onChange?.(template);
  };
  const onKey = (event: KeyboardEvent, index: number) => {
    const step = event.key === 'ArrowRight' || event.key === 'ArrowDown' ? 1 : event.key === 'ArrowLeft' || event.key === 'ArrowUp' ? -1 : 0;
    if (!step) return;
    event.preventDefault();
    const next = TEMPLATES[(index + step + TEMPLATES.length) % TEMPLATES.length];
    pick(next);
    (event.currentTarget.parentElement?.querySelector(`[data-template-option="${next}"]`) as HTMLElement | null)?.focus();
  };
  return (
    <div className="zyk-template-picker" role="radiogroup" aria-label={t('coursePortal.editor.templateLabel')} aria-disabled={disabled}>
      {TEMPLATES.map((template, index) => {
        const checked = value === template;
        return (
          <div
            key={template}
            role="radio"
            aria-checked={checked}
            aria-disabled={disabled}
            tabIndex={checked || (!value && index === 0) ? 0 : -1}
            className={`zyk-template-option${checked ? ' zyk-template-option--checked' : ''}`}
            onClick={() => pick(template)}
            onKeyDown={(event) => {
              if (event.key === ' ' || event.key === 'Enter') {
                event.preventDefault();
                pick(template);
              } else onKey(event, index);
            }}
            data-testid="template-option"
            data-template-option={template}
          >
            <TemplateSchematic template={template} />
            <div className="zyk-template-option__text">
              <p className="zyk-template-option__name">
                <strong>{t(`coursePortal.template.${template}.name`)}</strong>
                {live === template ? <Pill tone="teal">{t('coursePortal.editor.liveTemplate')}</Pill> : null}
                {checked ? <CheckCircleFilled className="zyk-template-option__check" aria-hidden /> : null}
              </p>
              <p className="zyk-template-option__desc">{t(`coursePortal.template.${template}.description`)}</p>
            </div>
          </div>
        );
      })}
    </div>
  );
}

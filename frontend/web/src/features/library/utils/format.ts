import { toLanguage } from '@/lib/i18n';

const UNITS = ['B', 'KB', 'MB', 'GB', 'TB'];

/** "1.5 MB": binary multiples with the short names people know. */
export function formatBytes(bytes: number | null | undefined, language: string): string {
  if (bytes == null || !Number.isFinite(bytes) || bytes < 0) return '';
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const digits = unit === 0 || value >= 100 ? 0 : 1;
  return `${new Intl.NumberFormat(toLanguage(language), { maximumFractionDigits: digits }).format(value)} ${UNITS[unit]}`;
}

/** "3:07" or "1:02:03". */
export function formatDuration(seconds: number | null | undefined): string {
  if (seconds == null || !Number.isFinite(seconds) || seconds < 0) return '';
  const total = Math.round(seconds);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const mm = h ? String(m).padStart(2, '0') : String(m);
  return `${h ? `${h}:` : ''}${mm}:${String(s).padStart(2, '0')}`;
}

/** "1.2万" / "12K" style compact counts. */
export function formatCount(value: number, language: string): string {
  return new Intl.NumberFormat(toLanguage(language), { notation: 'compact', maximumFractionDigits: 1 }).format(value);
}

/** The date part only: "2025年3月5日" / "Mar 5, 2025". */
export function formatDay(value: string | null | undefined, language: string): string {
  if (!value) return '';
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return '';
  return new Intl.DateTimeFormat(toLanguage(language), { year: 'numeric', month: 'short', day: 'numeric' }).format(date);
}

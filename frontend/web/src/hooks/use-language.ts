import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { toLanguage, type Language } from '@/lib/i18n';

/** The current UI language and a setter; components re-render and queries re-key on change. */
export function useLanguage(): [Language, (language: Language) => void] {
  const { i18n } = useTranslation();
  const language = toLanguage(i18n.resolvedLanguage ?? i18n.language);
  const setLanguage = useCallback((next: Language) => void i18n.changeLanguage(next), [i18n]);
  return [language, setLanguage];
}

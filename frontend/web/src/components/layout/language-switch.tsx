import { Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '@/hooks/use-language';
import { LANGUAGES, type Language } from '@/lib/i18n';

/** 中文 / English. The choice is stored, sets <html lang> and re-keys every API query. */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const [language, setLanguage] = useLanguage();
  return (
    <div className="zyk-language" role="group" aria-label={t('language.label')}>
      <Segmented<Language>
        size="middle"
        value={language}
        onChange={setLanguage}
        options={LANGUAGES.map((lng) => ({
          value: lng,
          label: (
            <span lang={lng} data-testid={`language-${lng}`}>
              {t(`language.${lng}`)}
            </span>
          ),
        }))}
      />
    </div>
  );
}

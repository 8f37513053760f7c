import { useTranslation } from 'react-i18next';
import { Section } from '@/components/section';

/**
 * The course introduction. `html` comes from a Wagtail rich-text field that the server has already
 * rendered and sanitised (contract: "HTML … already safe"), so it is inserted as is.
 */
export function CourseIntro({ html }: { html: string }) {
  const { t } = useTranslation();
  if (!html.trim()) return null;
  return (
    <Section title={t('course.intro')} id="intro">
      <div className="zyk-rich-text" dangerouslySetInnerHTML={{ __html: html }} />
    </Section>
  );
}

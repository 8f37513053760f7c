import { ExportOutlined, LinkOutlined } from '@ant-design/icons';
import { Alert, Button } from 'antd';
import { useTranslation } from 'react-i18next';

function safeUrl(raw: string): URL | null {
  try {
    const url = new URL(raw);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : null;
  } catch {
    return null;
  }
}

/** An external link resource: where it goes, that it leaves the site, and a button opening it in a new tab. */
export function ExternalLink({ href }: { href: string }) {
  const { t } = useTranslation();
  const url = safeUrl(href);
  if (!url) return <p className="zyk-muted">{t('library.preview.badLink')}</p>;
  return (
    <div className="zyk-preview-link" data-testid="link-preview">
      <LinkOutlined className="zyk-preview-link__icon" aria-hidden />
      <p className="zyk-preview-link__host">{url.host}</p>
      <p className="zyk-preview-link__url">{url.href}</p>
      <Alert type="warning" showIcon message={t('library.preview.leavingSite')} className="zyk-preview-link__warning" />
      <Button type="primary" size="large" icon={<ExportOutlined />} href={url.href} target="_blank" rel="noopener noreferrer" data-testid="link-open">
        {t('library.preview.openLink')}
      </Button>
    </div>
  );
}

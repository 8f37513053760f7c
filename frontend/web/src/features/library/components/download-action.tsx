import { DownloadOutlined, LockOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { useMe } from '@/hooks/use-me';
import { loginPath } from '@/lib/next-path';
import type { LibraryResource } from '../api/get-resource';

/**
 * Download for those who may (a plain link: the server counts it and sends the file as an attachment);
 * for anonymous visitors of a resource that needs a login, a button to log in and come back here.
 * Text and link resources have no file and no download.
 */
export function DownloadAction({ resource, block = false }: { resource: LibraryResource; block?: boolean }) {
  const { t } = useTranslation();
  const { me } = useMe();
  const location = useLocation();
  const navigate = useNavigate();
  if (!resource.file) return null;
  if (resource.canDownload && resource.downloadUrl) {
    return (
      <Button
        type="primary"
        size="large"
        block={block}
        icon={<DownloadOutlined />}
        href={resource.downloadUrl}
        download
        data-testid="resource-download"
      >
        {t('library.download.button')}
      </Button>
    );
  }
  if (resource.downloadRequiresLogin && !me) {
    const here = location.pathname + location.search + location.hash;
    return (
      <Button type="primary" ghost size="large" block={block} icon={<LockOutlined />} onClick={() => void navigate(loginPath(here))} data-testid="resource-login-to-download">
        {t('library.download.login')}
      </Button>
    );
  }
  return null;
}

import { InfoCircleOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '@/hooks/use-language';
import type { LibraryResource } from '../../api/get-resource';
import { formatBytes } from '../../utils/format';
import { ResourceTypeIcon } from '../resource-type-icon';

/**
 * Word, PowerPoint, Excel and other files the browser cannot show, before (or without) their page
 * images: what the file is, that the online preview comes from the conversion service (left out when
 * the page says where the conversion is); the page's download button gets it.
 */
export function OfficePreview({ resource, note = true }: { resource: LibraryResource; note?: boolean }) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const file = resource.file;
  if (!file) return null;
  return (
    <div className="zyk-preview-file" data-testid="office-preview">
      <ResourceTypeIcon type={resource.type} className={`zyk-preview-file__icon zyk-type--${resource.type.toLowerCase()}`} />
      <p className="zyk-preview-file__name">{file.filename}</p>
      <p className="zyk-muted">
        {[file.extension.toUpperCase(), formatBytes(file.size, language), file.pages ? t('library.meta.pagesValue', { count: file.pages }) : '']
          .filter(Boolean)
          .join(' · ')}
      </p>
      {note ? (
        <p className="zyk-preview-file__note">
          <InfoCircleOutlined aria-hidden /> {t('library.preview.conversionPending')}
        </p>
      ) : null}
    </div>
  );
}

import {
  ExperimentOutlined,
  FileExcelOutlined,
  FilePptOutlined,
  FileTextOutlined,
  GifOutlined,
  LinkOutlined,
  PictureOutlined,
  ReadOutlined,
  SoundOutlined,
  VideoCameraOutlined,
} from '@ant-design/icons';
import type { ResourceType } from '@zyk/shared';
import { useTranslation } from 'react-i18next';

const ICONS: Record<ResourceType, typeof VideoCameraOutlined> = {
  VIDEO: VideoCameraOutlined,
  AUDIO: SoundOutlined,
  ANIMATION: GifOutlined,
  IMAGE: PictureOutlined,
  DOCUMENT: FileTextOutlined,
  PRESENTATION: FilePptOutlined,
  SPREADSHEET: FileExcelOutlined,
  SIMULATION: ExperimentOutlined,
  TEXT: ReadOutlined,
  LINK: LinkOutlined,
};

/** A resource type as an icon and its name (the library's type names). */
export function ResourceTypeLabel({ type }: { type: ResourceType }) {
  const { t } = useTranslation();
  const Icon = ICONS[type] ?? FileTextOutlined;
  return (
    <span className={`zyk-cb-type zyk-cb-type--${type.toLowerCase()}`} data-testid="resource-type">
      <Icon aria-hidden />
      {t(`library.type.${type}`)}
    </span>
  );
}

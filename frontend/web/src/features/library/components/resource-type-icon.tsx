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

/** The icon of a resource type (decorative: the type is always written next to it). */
export function ResourceTypeIcon({ type, className }: { type: ResourceType; className?: string }) {
  const Icon = ICONS[type] ?? FileTextOutlined;
  return <Icon className={className} aria-hidden />;
}

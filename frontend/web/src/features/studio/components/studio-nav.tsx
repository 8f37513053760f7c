import { CloudUploadOutlined, DeleteOutlined, FolderOpenOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';

/** 我的资源 · 上传资源 · 回收站: the teacher's places, above each of those pages. */
export function StudioNav() {
  const { t } = useTranslation();
  const links = [
    { to: '/my/resources', icon: <FolderOpenOutlined />, label: t('studio.nav.mine'), end: true },
    { to: '/my/resources/upload', icon: <CloudUploadOutlined />, label: t('studio.nav.upload'), end: true },
    { to: '/my/resources/recycle-bin', icon: <DeleteOutlined />, label: t('studio.nav.recycleBin'), end: true },
  ];
  return (
    <nav className="zyk-studio__nav" aria-label={t('studio.nav.label')}>
      {links.map((link) => (
        <NavLink
          key={link.to}
          to={link.to}
          end={link.end}
          className={({ isActive }) => `zyk-studio__nav-link${isActive ? ' zyk-studio__nav-link--active' : ''}`}
        >
          {link.icon}
          <span>{link.label}</span>
        </NavLink>
      ))}
    </nav>
  );
}

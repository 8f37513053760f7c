import { Badge } from 'antd';
import { useTranslation } from 'react-i18next';
import { NavLink, useLocation } from 'react-router';
import { useStudioAccess } from '@/hooks/use-studio-access';

/** 我的资源 and 审核 in the header, for those who upload or review. */
export function StudioLinks() {
  const { t } = useTranslation();
  const { canUpload, canReview, waiting } = useStudioAccess();
  // Re-render on navigation (like the user menu): logging in swaps the cached `me` and then navigates.
  useLocation();
  const cls = ({ isActive }: { isActive: boolean }) => `zyk-header__link${isActive ? ' zyk-header__link--active' : ''}`;
  return (
    <>
      {canUpload ? (
        <NavLink to="/my/resources" className={cls} data-testid="nav-my-resources">
          {t('studio.nav.mine')}
        </NavLink>
      ) : null}
      {canReview ? (
        <NavLink to="/review" className={cls} data-testid="nav-review">
          <Badge count={waiting} size="small" offset={[14, -4]} aria-hidden={!waiting}>
            <span>{t('studio.nav.review')}</span>
          </Badge>
        </NavLink>
      ) : null}
    </>
  );
}

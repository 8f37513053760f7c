import { CheckCircleOutlined, WarningOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AffectedItemData } from '../api/course-structure';

/**
 * 受影响的条目: working-copy items whose resource (or one of their assembly's) was withdrawn, deleted or
 * purged, with where they are; each leads to its unit in the tree.
 */
export function AffectedItemsPanel({ items, onShowUnit }: { items: readonly AffectedItemData[]; onShowUnit: (unitId: string) => void }) {
  const { t } = useTranslation();
  return (
    <section className={`zyk-card zyk-cb-affected${items.length ? ' zyk-cb-affected--some' : ''}`} aria-labelledby="cb-affected-title" data-testid="affected-items">
      <h2 className="zyk-cb-side__title" id="cb-affected-title">
        {items.length ? <WarningOutlined className="zyk-cb-affected__icon" aria-hidden /> : <CheckCircleOutlined className="zyk-cb-affected__ok" aria-hidden />}
        {t('courseBuilder.affected.title')}
        {items.length ? <span className="zyk-cb-affected__count">{items.length}</span> : null}
      </h2>
      {items.length === 0 ? (
        <p className="zyk-muted" data-testid="affected-none">
          {t('courseBuilder.affected.none')}
        </p>
      ) : (
        <>
          <p className="zyk-muted">{t('courseBuilder.affected.hint')}</p>
          <ul className="zyk-cb-affected__list">
            {items.map((item) => (
              <li key={item.itemId} className="zyk-cb-affected__row" data-testid="affected-item" data-item-id={item.itemId}>
                <div className="zyk-cb-affected__what">
                  {item.resourceTitles.length ? t('courseBuilder.affected.withdrawn', { titles: item.resourceTitles.join('、') }) : t('courseBuilder.affected.purged')}
                </div>
                <Button type="link" size="small" className="zyk-cb-affected__where" onClick={() => onShowUnit(item.unitId)} data-testid="affected-show">
                  {t('courseBuilder.affected.where', { module: item.moduleTitle, unit: item.unitTitle })}
                </Button>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

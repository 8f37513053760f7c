import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';

/** Move up, move down and remove for one row of an editable list; `what` names the row (label and tooltip). */
export function RowActions({
  index,
  count,
  what,
  onMove,
  onRemove,
  disabled,
}: {
  index: number;
  count: number;
  what: string;
  onMove: (from: number, to: number) => void;
  onRemove: (index: number) => void;
  disabled?: boolean;
}) {
  const { t } = useTranslation();
  const up = t('coursePortal.editor.moveUp', { name: what });
  const down = t('coursePortal.editor.moveDown', { name: what });
  const remove = t('coursePortal.editor.remove', { name: what });
  return (
    <span className="zyk-row-actions">
      <Button size="small" type="text" icon={<ArrowUpOutlined />} aria-label={up} title={up} disabled={disabled || index === 0} onClick={() => onMove(index, index - 1)} />
      <Button
        size="small"
        type="text"
        icon={<ArrowDownOutlined />}
        aria-label={down}
        title={down}
        disabled={disabled || index === count - 1}
        onClick={() => onMove(index, index + 1)}
      />
      <Button size="small" type="text" danger icon={<DeleteOutlined />} aria-label={remove} title={remove} disabled={disabled} onClick={() => onRemove(index)} data-testid="row-remove" />
    </span>
  );
}

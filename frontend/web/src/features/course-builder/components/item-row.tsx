import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, EditOutlined, HolderOutlined, WarningOutlined } from '@ant-design/icons';
import { Button, Popconfirm, Switch, Tag, Tooltip } from 'antd';
import { useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useBuilder } from '../hooks/use-builder-context';
import { scopes } from '../hooks/use-structure-actions';
import { planItemDrop, planItemStep, type StructureItem } from '../utils/structure';
import { ActionProblem } from './action-problem';
import { ResourceTypeLabel } from './resource-type-icon';

const STATUS_COLOR: Record<string, string> = {
  PUBLISHED: 'green',
  IN_REVIEW: 'blue',
  NEEDS_CHANGES: 'orange',
  DRAFT: 'default',
  DELETED: 'red',
};

/**
 * One item of a unit: a library resource (title, type, status) or an assembly (积件) with its
 * resources. Withdrawn ones are marked in red with the titles the team has to replace. The team drags
 * it (or uses the arrows) to reorder it or move it to another unit, opens it for trial (试学), removes it.
 */
export function ItemRow({ item, unitId, index, count }: { item: StructureItem; unitId: string; index: number; count: number }) {
  const { t } = useTranslation();
  const builder = useBuilder();
  const actions = builder.actions;
  const [over, setOver] = useState(false);
  const { readOnly, modules, dragged } = builder;
  const affected = builder.affected.get(item.id);
  const resource = item.resource;
  const assembly = item.assembly;
  const first = planItemStep(modules, item.id, -1) === null;
  const last = planItemStep(modules, item.id, 1) === null;

  const step = (direction: -1 | 1) => {
    const plan = planItemStep(modules, item.id, direction);
    if (plan) void actions.reorderItems(item.id, plan);
  };

  const onDragStart = (event: DragEvent) => {
    event.dataTransfer.effectAllowed = 'move';
    event.dataTransfer.setData('text/plain', `item:${item.id}`);
    event.stopPropagation();
    builder.setDragged({ kind: 'item', id: item.id });
  };
  const accepts = !readOnly && dragged?.kind === 'item' && dragged.id !== item.id;
  const onDragOver = (event: DragEvent) => {
    if (!accepts) return;
    event.preventDefault();
    event.stopPropagation();
    event.dataTransfer.dropEffect = 'move';
    if (!over) setOver(true);
  };
  const onDrop = (event: DragEvent) => {
    setOver(false);
    if (!accepts || !dragged) return;
    event.preventDefault();
    event.stopPropagation();
    const plan = planItemDrop(modules, dragged.id, unitId, item.id);
    builder.setDragged(null);
    if (plan) void actions.reorderItems(dragged.id, plan);
  };

  let title;
  if (resource) {
    title = (
      <Link to={`/resources/${resource.id}`} target="_blank" className="zyk-cb-item__title" data-testid="item-title">
        {resource.title}
      </Link>
    );
  } else if (assembly) {
    title = (
      <span className="zyk-cb-item__title" data-testid="item-title">
        {assembly.title}
      </span>
    );
  } else {
    const titles = affected?.resourceTitles ?? [];
    title = (
      <span className="zyk-cb-item__title zyk-cb-item__title--gone" data-testid="item-title">
        {titles.length ? titles.join('、') : t('courseBuilder.item.gone')}
      </span>
    );
  }

  return (
    <li
      className={`zyk-cb-item${item.withdrawn ? ' zyk-cb-item--withdrawn' : ''}${over ? ' zyk-cb-item--over' : ''}${dragged?.id === item.id && dragged.kind === 'item' ? ' zyk-cb-item--dragging' : ''}`}
      data-testid="builder-item"
      data-item-id={item.id}
      data-withdrawn={item.withdrawn || undefined}
      draggable={!readOnly}
      onDragStart={readOnly ? undefined : onDragStart}
      onDragEnd={() => {
        setOver(false);
        builder.setDragged(null);
      }}
      onDragOver={onDragOver}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
    >
      <div className="zyk-cb-item__main">
        {readOnly ? null : <HolderOutlined className="zyk-cb-handle" aria-hidden />}
        <div className="zyk-cb-item__body">
          <div className="zyk-cb-item__line">
            {resource ? <ResourceTypeLabel type={resource.type} /> : null}
            {assembly ? (
              <Tag color="purple" className="zyk-cb-tag" data-testid="item-assembly">
                {t('courseBuilder.item.assembly')}
              </Tag>
            ) : null}
            {title}
            {item.withdrawn ? (
              <Tag color="red" icon={<WarningOutlined />} className="zyk-cb-tag" data-testid="item-withdrawn">
                {t('courseBuilder.item.withdrawn')}
              </Tag>
            ) : null}
            {resource ? (
              <Tag color={STATUS_COLOR[resource.status] ?? 'default'} className="zyk-cb-tag" data-testid="item-status">
                {t(`courseBuilder.status.${resource.status}`)}
              </Tag>
            ) : null}
            {assembly ? <span className="zyk-muted zyk-cb-item__meta">{t('courseBuilder.item.assemblyCount', { count: item.assemblyResources.length })}</span> : null}
            {readOnly && item.openForTrial ? (
              <Tag color="cyan" className="zyk-cb-tag">
                {t('courseBuilder.item.trial')}
              </Tag>
            ) : null}
          </div>
          {assembly && item.assemblyResources.length ? (
            <ol className="zyk-cb-item__parts" data-testid="assembly-resources">
              {item.assemblyResources.map((part) => (
                <li key={part.id}>
                  <ResourceTypeLabel type={part.type} />
                  <Link to={`/resources/${part.id}`} target="_blank">
                    {part.title}
                  </Link>
                </li>
              ))}
            </ol>
          ) : null}
        </div>
        {readOnly ? null : (
          <div className="zyk-cb-item__actions">
            <TrialSwitch item={item} />
            {assembly ? (
              <Tooltip title={t('courseBuilder.assembly.edit')}>
                <Button size="small" type="text" icon={<EditOutlined />} aria-label={t('courseBuilder.assembly.edit')} onClick={() =>
                    builder.editAssembly({
                      id: assembly.id,
                      title: assembly.title,
                      description: assembly.description,
                      resources: item.assemblyResources.map(({ id, title, type }) => ({ id, title, type })),
                    })
                  } data-testid="item-edit-assembly" />
              </Tooltip>
            ) : null}
            <Button
              size="small"
              type="text"
              icon={<ArrowUpOutlined />}
              aria-label={t('courseBuilder.item.up')}
              title={t('courseBuilder.item.up')}
              disabled={first}
              onClick={() => step(-1)}
              data-testid="item-up"
            />
            <Button
              size="small"
              type="text"
              icon={<ArrowDownOutlined />}
              aria-label={t('courseBuilder.item.down')}
              title={t('courseBuilder.item.down')}
              disabled={last}
              onClick={() => step(1)}
              data-testid="item-down"
            />
            <Popconfirm
              title={t('courseBuilder.item.removeConfirm')}
              description={t('courseBuilder.item.removeHint')}
              okText={t('courseBuilder.remove')}
              cancelText={t('common.cancel')}
              onConfirm={() => actions.removeItem(item.id)}
            >
              <Button size="small" type="text" danger icon={<DeleteOutlined />} aria-label={t('courseBuilder.item.remove')} title={t('courseBuilder.item.remove')} data-testid="item-remove" />
            </Popconfirm>
          </div>
        )}
      </div>
      <ActionProblem scope={scopes.item(item.id)} />
      <span className="zyk-visually-hidden">{t('courseBuilder.item.position', { index: index + 1, count })}</span>
    </li>
  );
}

/** 试学: anonymous visitors may open the item. */
function TrialSwitch({ item }: { item: StructureItem }) {
  const { t } = useTranslation();
  const builder = useBuilder();
  const actions = builder.actions;
  return (
    <label className="zyk-cb-trial">
      <Switch
        size="small"
        checked={item.openForTrial}
        onChange={(checked) => void actions.setTrial(item.id, checked)}
        data-testid="item-trial"
        aria-label={t('courseBuilder.item.trialLabel')}
      />
      <span>{t('courseBuilder.item.trial')}</span>
    </label>
  );
}

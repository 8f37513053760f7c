import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, EditOutlined, HolderOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Popconfirm } from 'antd';
import { useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useBuilder } from '../hooks/use-builder-context';
import { scopes } from '../hooks/use-structure-actions';
import { planItemDrop, planUnitDrop, planUnitStep, type StructureUnit } from '../utils/structure';
import { ActionProblem } from './action-problem';
import { ItemRow } from './item-row';
import { TitleForm } from './title-form';

/**
 * A unit (单元/任务) of a module: its items in order, a drop zone for items dragged from anywhere in the
 * course, and for the team: add from the library, rename, move, remove.
 */
export function UnitNode({ unit, moduleId }: { unit: StructureUnit; moduleId: string }) {
  const { t } = useTranslation();
  const builder = useBuilder();
  const { readOnly, modules, dragged, actions } = builder;
  const [renaming, setRenaming] = useState(false);
  const [over, setOver] = useState<'items' | 'unit' | null>(null);
  const highlighted = builder.highlightUnitId === unit.id;

  // Items dropped on the list's free space go to the end of the unit.
  const itemsAccept = !readOnly && dragged?.kind === 'item';
  const onItemsDragOver = (event: DragEvent) => {
    if (!itemsAccept) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'move';
    if (over !== 'items') setOver('items');
  };
  const onItemsDrop = (event: DragEvent) => {
    setOver(null);
    if (!itemsAccept || !dragged) return;
    event.preventDefault();
    event.stopPropagation();
    const plan = planItemDrop(modules, dragged.id, unit.id, null);
    builder.setDragged(null);
    if (plan) void actions.reorderItems(dragged.id, plan);
  };

  // Units dropped on a unit's head take its place.
  const unitAccepts = !readOnly && dragged?.kind === 'unit' && dragged.id !== unit.id;
  const onHeadDragOver = (event: DragEvent) => {
    if (!unitAccepts) return;
    event.preventDefault();
    event.stopPropagation();
    if (over !== 'unit') setOver('unit');
  };
  const onHeadDrop = (event: DragEvent) => {
    setOver(null);
    if (!unitAccepts || !dragged) return;
    event.preventDefault();
    event.stopPropagation();
    const plan = planUnitDrop(modules, dragged.id, moduleId, unit.id);
    builder.setDragged(null);
    if (plan) void actions.moveUnit(plan);
  };

  const step = (direction: -1 | 1) => {
    const plan = planUnitStep(modules, unit.id, direction);
    if (plan) void actions.moveUnit(plan);
  };

  return (
    <div
      id={`unit-${unit.id}`}
      className={`zyk-cb-unit${highlighted ? ' zyk-cb-unit--highlight' : ''}${over === 'unit' ? ' zyk-cb-unit--over' : ''}`}
      data-testid="builder-unit"
      data-unit-id={unit.id}
      data-unit-title={unit.title}
      tabIndex={-1}
    >
      <div
        className="zyk-cb-unit__head"
        draggable={!readOnly && !renaming}
        onDragStart={(event) => {
          event.dataTransfer.effectAllowed = 'move';
          event.dataTransfer.setData('text/plain', `unit:${unit.id}`);
          event.stopPropagation();
          builder.setDragged({ kind: 'unit', id: unit.id });
        }}
        onDragEnd={() => {
          setOver(null);
          builder.setDragged(null);
        }}
        onDragOver={onHeadDragOver}
        onDragLeave={() => setOver(null)}
        onDrop={onHeadDrop}
      >
        {readOnly ? null : <HolderOutlined className="zyk-cb-handle" aria-hidden />}
        {renaming ? (
          <TitleForm
            initial={unit.title}
            label={t('courseBuilder.unit.title')}
            submitLabel={t('common.save')}
            onSubmit={async (title) => {
              const accepted = await actions.renameUnit(unit.id, title);
              if (accepted) setRenaming(false);
              return accepted;
            }}
            onCancel={() => setRenaming(false)}
            testId="unit-rename"
          />
        ) : (
          <h4 className="zyk-cb-unit__title" data-testid="unit-title">
            {unit.title}
          </h4>
        )}
        {readOnly || renaming ? null : (
          <div className="zyk-cb-unit__actions">
            <Button
              size="small"
              type="primary"
              ghost
              icon={<PlusOutlined />}
              onClick={() => builder.openLibrary(unit.id)}
              data-testid="unit-add-resource"
            >
              {t('courseBuilder.unit.addResource')}
            </Button>
            <Button
              size="small"
              type="text"
              icon={<ArrowUpOutlined />}
              aria-label={t('courseBuilder.unit.up')}
              title={t('courseBuilder.unit.up')}
              disabled={!planUnitStep(modules, unit.id, -1)}
              onClick={() => step(-1)}
              data-testid="unit-up"
            />
            <Button
              size="small"
              type="text"
              icon={<ArrowDownOutlined />}
              aria-label={t('courseBuilder.unit.down')}
              title={t('courseBuilder.unit.down')}
              disabled={!planUnitStep(modules, unit.id, 1)}
              onClick={() => step(1)}
              data-testid="unit-down"
            />
            <Button
              size="small"
              type="text"
              icon={<EditOutlined />}
              aria-label={t('courseBuilder.unit.rename')}
              title={t('courseBuilder.unit.rename')}
              onClick={() => setRenaming(true)}
              data-testid="unit-rename-open"
            />
            <Popconfirm
              title={t('courseBuilder.unit.removeConfirm', { title: unit.title })}
              description={t('courseBuilder.unit.removeHint', { count: unit.items.length })}
              okText={t('courseBuilder.remove')}
              okButtonProps={{ danger: true }}
              cancelText={t('common.cancel')}
              onConfirm={() => actions.removeUnit(unit.id)}
            >
              <Button
                size="small"
                type="text"
                danger
                icon={<DeleteOutlined />}
                aria-label={t('courseBuilder.unit.remove')}
                title={t('courseBuilder.unit.remove')}
                data-testid="unit-remove"
              />
            </Popconfirm>
          </div>
        )}
      </div>
      <ActionProblem scope={scopes.unit(unit.id)} />
      <ol
        className={`zyk-cb-items${over === 'items' ? ' zyk-cb-items--over' : ''}`}
        data-testid="unit-items"
        onDragOver={onItemsDragOver}
        onDragLeave={(event) => {
          if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setOver(null);
        }}
        onDrop={onItemsDrop}
      >
        {unit.items.map((item, index) => (
          <ItemRow key={item.id} item={item} unitId={unit.id} index={index} count={unit.items.length} />
        ))}
        {unit.items.length === 0 ? (
          <li className="zyk-cb-items__empty" data-testid="unit-empty">
            {readOnly ? t('courseBuilder.unit.emptyReadOnly') : t('courseBuilder.unit.empty')}
          </li>
        ) : null}
      </ol>
    </div>
  );
}

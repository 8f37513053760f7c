import {
  ArrowDownOutlined,
  ArrowUpOutlined,
  DeleteOutlined,
  EditOutlined,
  FolderAddOutlined,
  HolderOutlined,
  PlusOutlined,
  SwapOutlined,
} from '@ant-design/icons';
import { Button, Popconfirm } from 'antd';
import { useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useBuilder } from '../hooks/use-builder-context';
import { scopes } from '../hooks/use-structure-actions';
import { planModuleDrop, planModuleStep, type ModuleNode as ModuleTreeNode } from '../utils/structure';
import { ActionProblem } from './action-problem';
import { TitleForm } from './title-form';
import { UnitNode } from './unit-node';

/**
 * A module (模块/项目) with its units and nested modules. The team reorders modules by dragging the
 * head onto another module (it takes that place) or with the arrows, renames, moves or copies them
 * (also to another course), removes them, and adds units and sub-modules.
 */
export function ModuleNode({ node }: { node: ModuleTreeNode }) {
  const { t } = useTranslation();
  const builder = useBuilder();
  const { readOnly, modules, dragged, actions } = builder;
  const { module } = node;
  const [form, setForm] = useState<'rename' | 'unit' | 'module' | null>(null);
  const [over, setOver] = useState(false);
  const unitCount = module.units.length;
  const itemTotal = module.units.reduce((sum, unit) => sum + unit.items.length, 0);

  const accepts = !readOnly && dragged !== null && ((dragged.kind === 'module' && dragged.id !== module.id) || dragged.kind === 'unit');
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
    builder.setDragged(null);
    if (dragged.kind === 'module') {
      const plan = planModuleDrop(modules, dragged.id, module.id);
      if (plan) void actions.moveModule(plan);
    } else {
      // A unit dropped on a module's head goes to the end of that module.
      const from = modules.find((m) => m.units.some((u) => u.id === dragged.id));
      if (from?.id !== module.id) void actions.moveUnit({ id: dragged.id, moduleId: module.id, position: unitCount });
    }
  };

  const step = (direction: -1 | 1) => {
    const plan = planModuleStep(modules, module.id, direction);
    if (plan) void actions.moveModule(plan);
  };

  return (
    <section
      className={`zyk-cb-module zyk-cb-module--depth-${Math.min(module.depth, 3)}`}
      data-testid="builder-module"
      data-module-id={module.id}
      data-module-title={module.title}
      data-depth={module.depth}
      aria-labelledby={`module-${module.id}-title`}
    >
      <div
        className={`zyk-cb-module__head${over ? ' zyk-cb-module__head--over' : ''}`}
        draggable={!readOnly && form !== 'rename'}
        onDragStart={(event) => {
          event.dataTransfer.effectAllowed = 'move';
          event.dataTransfer.setData('text/plain', `module:${module.id}`);
          builder.setDragged({ kind: 'module', id: module.id });
        }}
        onDragEnd={() => {
          setOver(false);
          builder.setDragged(null);
        }}
        onDragOver={onDragOver}
        onDragLeave={() => setOver(false)}
        onDrop={onDrop}
        data-testid="module-head"
      >
        {readOnly ? null : <HolderOutlined className="zyk-cb-handle" aria-hidden />}
        {form === 'rename' ? (
          <TitleForm
            initial={module.title}
            label={t('courseBuilder.module.title')}
            submitLabel={t('common.save')}
            onSubmit={async (title) => {
              const accepted = await actions.renameModule(module.id, title);
              if (accepted) setForm(null);
              return accepted;
            }}
            onCancel={() => setForm(null)}
            testId="module-rename"
          />
        ) : (
          <div className="zyk-cb-module__heading">
            <h3 className="zyk-cb-module__title" id={`module-${module.id}-title`} data-testid="module-title">
              {module.title}
            </h3>
            <span className="zyk-cb-module__count">{t('courseBuilder.module.counts', { units: unitCount, items: itemTotal })}</span>
          </div>
        )}
        {readOnly || form === 'rename' ? null : (
          <div className="zyk-cb-module__actions">
            <Button
              size="small"
              type="text"
              icon={<ArrowUpOutlined />}
              aria-label={t('courseBuilder.module.up')}
              title={t('courseBuilder.module.up')}
              disabled={node.index === 0}
              onClick={() => step(-1)}
              data-testid="module-up"
            />
            <Button
              size="small"
              type="text"
              icon={<ArrowDownOutlined />}
              aria-label={t('courseBuilder.module.down')}
              title={t('courseBuilder.module.down')}
              disabled={node.index === node.siblings - 1}
              onClick={() => step(1)}
              data-testid="module-down"
            />
            <Button
              size="small"
              type="text"
              icon={<EditOutlined />}
              aria-label={t('courseBuilder.module.rename')}
              title={t('courseBuilder.module.rename')}
              onClick={() => setForm('rename')}
              data-testid="module-rename-open"
            />
            <Button
              size="small"
              type="text"
              icon={<SwapOutlined />}
              aria-label={t('courseBuilder.module.transfer')}
              title={t('courseBuilder.module.transfer')}
              onClick={() => builder.openTransfer(module)}
              data-testid="module-transfer"
            />
            <Popconfirm
              title={t('courseBuilder.module.removeConfirm', { title: module.title })}
              description={t('courseBuilder.module.removeHint')}
              okText={t('courseBuilder.remove')}
              okButtonProps={{ danger: true }}
              cancelText={t('common.cancel')}
              onConfirm={() => actions.removeModule(module.id)}
            >
              <Button
                size="small"
                type="text"
                danger
                icon={<DeleteOutlined />}
                aria-label={t('courseBuilder.module.remove')}
                title={t('courseBuilder.module.remove')}
                data-testid="module-remove"
              />
            </Popconfirm>
          </div>
        )}
      </div>
      <ActionProblem scope={scopes.module(module.id)} />
      <div className="zyk-cb-module__body">
        {module.units.map((unit) => (
          <UnitNode key={unit.id} unit={unit} moduleId={module.id} />
        ))}
        {readOnly && module.units.length === 0 && node.children.length === 0 ? (
          <p className="zyk-muted zyk-cb-module__empty">{t('courseBuilder.module.empty')}</p>
        ) : null}
        {readOnly ? null : (
          <div className="zyk-cb-module__adders">
            {form === 'unit' ? (
              <TitleForm
                label={t('courseBuilder.unit.newTitle')}
                submitLabel={t('courseBuilder.unit.add')}
                onSubmit={async (title) => {
                  const accepted = await actions.addUnit(module.id, title);
                  if (accepted) setForm(null);
                  return accepted;
                }}
                onCancel={() => setForm(null)}
                testId="unit-add"
              />
            ) : form === 'module' ? (
              <TitleForm
                label={t('courseBuilder.module.newSubTitle')}
                submitLabel={t('courseBuilder.module.add')}
                onSubmit={async (title) => {
                  const accepted = await actions.addModule(title, module.id);
                  if (accepted) setForm(null);
                  return accepted;
                }}
                onCancel={() => setForm(null)}
                testId="submodule-add"
              />
            ) : (
              <>
                <Button size="small" icon={<PlusOutlined />} onClick={() => setForm('unit')} data-testid="unit-add-open">
                  {t('courseBuilder.unit.add')}
                </Button>
                <Button size="small" icon={<FolderAddOutlined />} onClick={() => setForm('module')} data-testid="submodule-add-open">
                  {t('courseBuilder.module.addSub')}
                </Button>
              </>
            )}
            <ActionProblem scope={scopes.addUnit(module.id)} />
            <ActionProblem scope={scopes.addModule(module.id)} />
          </div>
        )}
        {node.children.map((child) => (
          <ModuleNode key={child.module.id} node={child} />
        ))}
      </div>
    </section>
  );
}

import { AppstoreAddOutlined, CheckOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Checkbox, Drawer, Select, Tabs } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LibraryHit } from '../api/library-search';
import { useBuilder } from '../hooks/use-builder-context';
import { scopes } from '../hooks/use-structure-actions';
import { unitPlaces } from '../utils/structure';
import { ActionProblem } from './action-problem';
import { MyAssemblies } from './my-assemblies';
import { ResourceSearch } from './resource-search';

export interface PickedResource {
  id: string;
  title: string;
  type: LibraryHit['type'];
}

/**
 * 从资源库添加: search the library (or the user's assemblies) and add to the chosen unit. Resources can
 * also be picked to make an assembly (积件) of them. Beside the tree on a desktop; full screen on a phone.
 */
export function LibraryDrawer({
  open,
  phone,
  unitId,
  onUnitChange,
  onClose,
  onComposeAssembly,
}: {
  open: boolean;
  phone: boolean;
  unitId: string | null;
  onUnitChange: (unitId: string | null) => void;
  onClose: () => void;
  onComposeAssembly: (resources: PickedResource[]) => void;
}) {
  const { t } = useTranslation();
  const builder = useBuilder();
  const { actions, modules, courseId } = builder;
  const places = useMemo(() => unitPlaces(modules), [modules]);
  const [picked, setPicked] = useState<PickedResource[]>([]);
  const [added, setAdded] = useState<ReadonlySet<string>>(new Set());
  const [busy, setBusy] = useState<string | null>(null);
  const unit = places.find((place) => place.unit.id === unitId);

  const add = async (key: string, ref: { resourceId?: string; assemblyId?: string }) => {
    if (!unitId) return;
    setBusy(key);
    const ok = await actions.addItem(scopes.library(key), unitId, ref);
    setBusy(null);
    if (ok) setAdded((current) => new Set(current).add(`${unitId}:${key}`));
  };

  const togglePick = (hit: LibraryHit, checked: boolean) =>
    setPicked((current) => (checked ? [...current, { id: hit.id, title: hit.title, type: hit.type }] : current.filter((p) => p.id !== hit.id)));

  const unitSelect = (
    <div className="zyk-cb-drawer__target">
      <label htmlFor="cb-target-unit" className="zyk-cb-drawer__label">
        {t('courseBuilder.library.target')}
      </label>
      <Select
        id="cb-target-unit"
        value={unitId ?? undefined}
        onChange={(value: string) => onUnitChange(value)}
        placeholder={t('courseBuilder.library.pickUnit')}
        options={places.map((place) => ({ value: place.unit.id, label: [...place.path, place.unit.title].join(' › ') }))}
        className="zyk-cb-drawer__unit"
        showSearch
        optionFilterProp="label"
        notFoundContent={t('courseBuilder.library.noUnits')}
        data-testid="library-target-unit"
      />
      {!unitId ? <p className="zyk-muted zyk-cb-drawer__hint">{places.length ? t('courseBuilder.library.pickUnitHint') : t('courseBuilder.library.noUnitsHint')}</p> : null}
    </div>
  );

  const addButton = (key: string, ref: { resourceId?: string; assemblyId?: string }, testId: string) => {
    const done = unitId ? added.has(`${unitId}:${key}`) : false;
    return (
      <Button
        size="small"
        type={done ? 'default' : 'primary'}
        icon={done ? <CheckOutlined /> : <PlusOutlined />}
        disabled={!unitId}
        loading={busy === key}
        onClick={() => void add(key, ref)}
        aria-label={unit ? t('courseBuilder.library.addTo', { unit: unit.unit.title }) : t('courseBuilder.library.add')}
        data-testid={testId}
      >
        {done ? t('courseBuilder.library.addAgain') : t('courseBuilder.library.add')}
      </Button>
    );
  };

  return (
    <Drawer
      open={open}
      onClose={onClose}
      title={t('courseBuilder.library.title')}
      placement="right"
      width={phone ? '100%' : 480}
      mask={phone}
      className="zyk-cb-drawer"
      rootClassName="zyk-cb-drawer-root"
      destroyOnHidden={false}
      data-testid="library-drawer"
      footer={
        picked.length ? (
          <div className="zyk-cb-drawer__footer" data-testid="library-picked">
            <span>{t('courseBuilder.library.picked', { count: picked.length })}</span>
            <span className="zyk-cb-drawer__footer-actions">
              <Button size="small" onClick={() => setPicked([])}>
                {t('courseBuilder.library.clearPicked')}
              </Button>
              <Button size="small" type="primary" icon={<AppstoreAddOutlined />} onClick={() => onComposeAssembly(picked)} data-testid="library-compose">
                {t('courseBuilder.library.compose')}
              </Button>
            </span>
          </div>
        ) : null
      }
    >
      {unitSelect}
      <Tabs
        className="zyk-cb-drawer__tabs"
        items={[
          {
            key: 'resources',
            label: t('courseBuilder.library.resourcesTab'),
            children: (
              <ResourceSearch
                courseId={courseId}
                actions={(hit) => (
                  <>
                    <Checkbox
                      checked={picked.some((p) => p.id === hit.id)}
                      onChange={(event) => togglePick(hit, event.target.checked)}
                      data-testid="library-pick"
                    >
                      {t('courseBuilder.library.pick')}
                    </Checkbox>
                    {addButton(hit.id, { resourceId: hit.id }, 'library-add')}
                  </>
                )}
                below={(hit) => <ActionProblem scope={scopes.library(hit.id)} />}
              />
            ),
          },
          {
            key: 'assemblies',
            label: t('courseBuilder.library.assembliesTab'),
            children: <MyAssemblies renderAdd={(assemblyId) => addButton(`assembly-${assemblyId}`, { assemblyId }, 'assembly-add')} />,
          },
        ]}
      />
    </Drawer>
  );
}

import {
  AppstoreOutlined,
  ExperimentOutlined,
  FileExcelOutlined,
  FilePptOutlined,
  FileTextOutlined,
  GifOutlined,
  LinkOutlined,
  LockOutlined,
  PictureOutlined,
  ReadOutlined,
  SoundOutlined,
  StopOutlined,
  VideoCameraOutlined,
} from '@ant-design/icons';
import { Button, Collapse, Skeleton, Tag } from 'antd';
import type { ResourceType } from '@zyk/shared';
import { useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { Section } from '@/components/section';
import { useMe } from '@/hooks/use-me';
import { loginPath } from '@/lib/next-path';
import type { CoursePageData } from '../api/get-course-page';
import {
  useCourseStructure,
  type StructureItemData,
  type StructureModuleData,
  type StructureUnitData,
} from '../api/course-structure';
import { CourseOutline } from './course-outline';
import './course-structure-outline.css';

const TYPE_ICONS: Record<ResourceType, typeof VideoCameraOutlined> = {
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

function TypeIcon({ type }: { type: ResourceType | null | undefined }) {
  const Icon = (type && TYPE_ICONS[type]) || FileTextOutlined;
  return <Icon className="zyk-structure__icon" aria-hidden />;
}

/** How an item shows for this viewer. */
type ItemState = 'open' | 'locked' | 'withdrawn' | 'unavailable';

function itemState(item: StructureItemData, anonymous: boolean): ItemState {
  const opens = item.resource !== null || (item.assembly !== null && item.assemblyResources.length > 0);
  if (item.withdrawn && !opens) return 'withdrawn';
  if (item.locked) return 'locked';
  if (opens) return 'open';
  // Open for trial, but the resource itself is for signed-in users only: logging in opens it too.
  return anonymous ? 'locked' : 'unavailable';
}

/** Top-level modules, each with the modules nested in it (the API lists them depth-first). */
interface ModuleNode {
  module: StructureModuleData;
  children: ModuleNode[];
}

function moduleTree(modules: StructureModuleData[]): ModuleNode[] {
  const roots: ModuleNode[] = [];
  const byId = new Map<string, ModuleNode>();
  for (const module of modules) {
    const node = { module, children: [] };
    byId.set(module.id, node);
    const parent = module.parentId ? byId.get(module.parentId) : undefined;
    if (parent) parent.children.push(node);
    else roots.push(node);
  }
  return roots;
}

function allItems(node: ModuleNode): StructureItemData[] {
  return [...node.module.units.flatMap((unit) => unit.items), ...node.children.flatMap(allItems)];
}

interface ItemProps {
  item: StructureItemData;
  anonymous: boolean;
  loginTo: string;
}

function TrialTag() {
  const { t } = useTranslation();
  return (
    <Tag color="green" className="zyk-structure__trial" data-testid="trial-tag">
      {t('course.structure.trial')}
    </Tag>
  );
}

function StructureItem({ item, anonymous, loginTo }: ItemProps) {
  const { t } = useTranslation();
  const state = itemState(item, anonymous);
  const type = item.resource?.type ?? item.type;
  // A locked assembly has a title but no resource type.
  const typeLabel = !type && item.title ? t('course.structure.assembly') : null;
  const trial = anonymous && item.openForTrial && state === 'open' ? <TrialTag /> : null;

  let icon: ReactNode;
  let main: ReactNode;
  let meta: ReactNode = null;
  let extra: ReactNode = null;
  if (state === 'open' && item.resource) {
    icon = <TypeIcon type={item.resource.type} />;
    main = (
      <Link to={`/resources/${item.resource.id}`} data-testid="structure-item-link">
        {item.resource.title}
      </Link>
    );
    meta = (
      <>
        <span className="zyk-structure__type">{t(`library.type.${item.resource.type}`)}</span>
        {trial}
      </>
    );
  } else if (state === 'open' && item.assembly) {
    icon = <AppstoreOutlined className="zyk-structure__icon" aria-hidden />;
    main = item.assembly.title;
    meta = (
      <>
        <span className="zyk-structure__type">{t('course.structure.assemblyOf', { count: item.assemblyResources.length })}</span>
        {trial}
      </>
    );
    extra = (
      <>
        <ol className="zyk-structure__assembly">
          {item.assemblyResources.map((resource) => (
            <li key={resource.id}>
              <TypeIcon type={resource.type} />
              <span>
                <Link to={`/resources/${resource.id}`} data-testid="structure-item-link">
                  {resource.title}
                </Link>
                <span className="zyk-structure__type"> · {t(`library.type.${resource.type}`)}</span>
              </span>
            </li>
          ))}
        </ol>
        {item.withdrawn ? <p className="zyk-structure__note">{t('course.structure.partlyWithdrawn')}</p> : null}
      </>
    );
  } else if (state === 'locked') {
    icon = <LockOutlined className="zyk-structure__icon zyk-structure__icon--locked" aria-hidden />;
    main = item.title || t('course.structure.lockedItem');
    meta = (
      <>
        {type ? <span className="zyk-structure__type">{t(`library.type.${type}`)}</span> : null}
        {typeLabel ? <span className="zyk-structure__type">{typeLabel}</span> : null}
        <Link to={loginTo} className="zyk-structure__login" data-testid="structure-login-link">
          {t('course.structure.login')}
        </Link>
      </>
    );
  } else if (state === 'withdrawn') {
    icon = <StopOutlined className="zyk-structure__icon" aria-hidden />;
    main = item.title || t('course.structure.withdrawnItem');
    meta = <span className="zyk-structure__note">{t('course.structure.withdrawn')}</span>;
  } else {
    icon = <LockOutlined className="zyk-structure__icon" aria-hidden />;
    main = item.title || t('course.structure.lockedItem');
    meta = <span className="zyk-structure__note">{t('course.structure.unavailable')}</span>;
  }
  return (
    <li className={`zyk-structure__item zyk-structure__item--${state}`} data-testid="structure-item" data-state={state}>
      {icon}
      <div className="zyk-structure__body">
        <span className="zyk-structure__title">{main}</span>
        <span className="zyk-structure__meta">{meta}</span>
        {extra}
      </div>
    </li>
  );
}

function UnitBlock({ unit, level, ...props }: { unit: StructureUnitData; level: 3 | 4 } & Omit<ItemProps, 'item'>) {
  const { t } = useTranslation();
  const Heading = level === 3 ? 'h3' : 'h4';
  return (
    <div className="zyk-structure__unit">
      <Heading className="zyk-structure__unit-title">{unit.title}</Heading>
      {unit.items.length ? (
        <ol className="zyk-structure__items">
          {unit.items.map((item) => (
            <StructureItem key={item.id} item={item} {...props} />
          ))}
        </ol>
      ) : (
        <p className="zyk-muted zyk-structure__empty">{t('course.structure.emptyUnit')}</p>
      )}
    </div>
  );
}

function ModuleBody({ node, nested, ...props }: { node: ModuleNode; nested: boolean } & Omit<ItemProps, 'item'>) {
  return (
    <>
      {node.module.units.map((unit) => (
        <UnitBlock key={unit.id} unit={unit} level={nested ? 4 : 3} {...props} />
      ))}
      {node.children.map((child) => (
        <section key={child.module.id} className="zyk-structure__nested" aria-label={child.module.title}>
          <h3 className="zyk-structure__nested-title">{child.module.title}</h3>
          <ModuleBody node={child} nested {...props} />
        </section>
      ))}
    </>
  );
}

/**
 * 课程内容 of the course page (M5, M6): the published structure — collapsible modules, their units and items
 * with type icon and title. Items the viewer may open link to the resource; for anonymous visitors the trial
 * items (试学) are tagged and the others locked with a login link that returns here; withdrawn items are
 * greyed with a note. Without a published structure the chapter outline is shown instead.
 */
export function CourseStructureOutline({ courseId, outline }: { courseId: string; outline: CoursePageData['outline'] }) {
  const { t } = useTranslation();
  const location = useLocation();
  const { me } = useMe();
  const anonymous = me === null;
  const query = useCourseStructure(courseId);
  const structure = query.data?.course?.structure ?? null;
  const tree = useMemo(() => moduleTree(structure?.modules ?? []), [structure]);
  const loginTo = loginPath(`${location.pathname}${location.search}#outline`);
  const initiallyOpen = useMemo(() => {
    // The first module, and for visitors every module with something to try.
    const keys = tree.slice(0, 1).map((node) => node.module.id);
    if (anonymous)
      for (const node of tree)
        if (!keys.includes(node.module.id) && allItems(node).some((item) => item.openForTrial && !item.locked))
          keys.push(node.module.id);
    return keys;
  }, [tree, anonymous]);
  const [openKeys, setOpenKeys] = useState<string[] | null>(null);
  const activeKeys = openKeys ?? initiallyOpen;

  if (query.isPending) {
    return (
      <Section title={t('course.structure.title')} id="outline">
        <Skeleton active paragraph={{ rows: 5 }} />
      </Section>
    );
  }
  // No published structure yet (or it could not be read): the chapter list still tells what is taught.
  if (!structure || tree.length === 0) return <CourseOutline outline={outline} />;

  const items = tree.flatMap(allItems);
  const trialCount = items.filter((item) => item.openForTrial && !item.locked).length;
  const allOpen = activeKeys.length === tree.length;
  const props = { anonymous, loginTo };

  return (
    <Section
      title={t('course.structure.title')}
      subtitle={
        structure.version === null ? t('course.structure.workingCopy') : t('course.structure.version', { version: structure.version })
      }
      id="outline"
      extra={
        tree.length > 1 ? (
          <Button size="small" onClick={() => setOpenKeys(allOpen ? [] : tree.map((node) => node.module.id))}>
            {t(allOpen ? 'course.structure.collapseAll' : 'course.structure.expandAll')}
          </Button>
        ) : null
      }
    >
      <div className="zyk-structure" data-testid="course-structure">
        {anonymous ? (
          <p className="zyk-structure__hint" data-testid="trial-hint">
            {trialCount > 0 ? t('course.structure.trialHint', { count: trialCount }) : t('course.structure.loginHint')}{' '}
            <Link to={loginTo}>{t('course.structure.loginNow')}</Link>
          </p>
        ) : null}
        <Collapse
          activeKey={activeKeys}
          onChange={(keys) => setOpenKeys(Array.isArray(keys) ? keys : [keys])}
          items={tree.map((node) => {
            const moduleItems = allItems(node);
            const trial = moduleItems.filter((item) => item.openForTrial && !item.locked).length;
            return {
              key: node.module.id,
              label: <span className="zyk-structure__module-title">{node.module.title}</span>,
              extra: (
                <span className="zyk-structure__module-meta">
                  {t('course.structure.itemCount', { count: moduleItems.length })}
                  {anonymous && trial ? (
                    <span className="zyk-structure__module-trial">{t('course.structure.trialCount', { count: trial })}</span>
                  ) : null}
                </span>
              ),
              children: <ModuleBody node={node} nested={false} {...props} />,
            };
          })}
        />
      </div>
    </Section>
  );
}

import { AppstoreAddOutlined, ArrowLeftOutlined, LockOutlined, SearchOutlined } from '@ant-design/icons';
import { Alert, Button, Grid, Result } from 'antd';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ErrorState } from '@/components/feedback/error-state';
import { NotFoundView } from '@/components/feedback/not-found-view';
import { PageSkeleton } from '@/components/feedback/page-skeleton';
import { useDocumentTitle } from '@/hooks/use-document-title';
import { ApiError } from '@/lib/graphql-client';
import { useCourseBuilder, type BuilderCourse } from '../api/course-structure';
import { BuilderContext, type BuilderContextValue, type Dragged } from '../hooks/use-builder-context';
import { useStructureActions } from '../hooks/use-structure-actions';
import { itemCount, type StructureModule } from '../utils/structure';
import { AffectedItemsPanel } from './affected-items-panel';
import { AssemblyEditor, type AssemblyDraft } from './assembly-editor';
import { BuilderFeedbackProvider } from './builder-feedback-provider';
import { LibraryDrawer, type PickedResource } from './library-drawer';
import { ModuleTransferModal } from './module-transfer-modal';
import { StructureTree } from './structure-tree';
import { VersionBar } from './version-bar';
import './course-builder.css';

const VERSION = /^[1-9]\d{0,5}$/;

/**
 * 组课 (M5, T1): the course team builds the course from library resources and assemblies — modules
 * (nested) → units → items — then publishes it as a version learners see. `?version=n` shows a
 * published version read-only.
 */
export function CourseBuilderPage({ courseId }: { courseId: string }) {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const raw = params.get('version') ?? '';
  const version = VERSION.test(raw) ? Number(raw) : null;
  const query = useCourseBuilder(courseId, version);
  const course = query.data;
  useDocumentTitle(course ? `${t('courseBuilder.documentTitle', { name: course.name })} · ${t('app.libraryName')}` : undefined);

  const setVersion = useCallback(
    (next: number | null) =>
      setParams(
        (current) => {
          const out = new URLSearchParams(current);
          if (next === null) out.delete('version');
          else out.set('version', String(next));
          return out;
        },
        { replace: false },
      ),
    [setParams],
  );

  if (query.isPending) return <PageSkeleton cards={2} />;
  if (query.isError) {
    if (query.error instanceof ApiError && ['NOT_FOUND', 'INVALID_INPUT'].includes(query.error.code)) return <NotFoundView />;
    return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  }
  if (!course) return <NotFoundView />;
  if (course.affectedItems === null) {
    return (
      <div className="zyk-container zyk-page" data-testid="course-builder-denied">
        <Result
          icon={<LockOutlined />}
          title={t('courseBuilder.denied.title')}
          subTitle={t('courseBuilder.denied.text', { name: course.name })}
          extra={
            <Link to={`/courses/${course.id}`} className="zyk-button-link">
              {t('courseBuilder.backToCourse')}
            </Link>
          }
        />
      </div>
    );
  }
  return (
    <BuilderFeedbackProvider>
      <CourseBuilder course={course} version={version} onVersionChange={setVersion} fetching={query.isFetching} />
    </BuilderFeedbackProvider>
  );
}

function CourseBuilder({
  course,
  version,
  onVersionChange,
  fetching,
}: {
  course: BuilderCourse;
  version: number | null;
  onVersionChange: (version: number | null) => void;
  fetching: boolean;
}) {
  const { t } = useTranslation();
  const screens = Grid.useBreakpoint();
  const phone = screens.md === false;
  const actions = useStructureActions(course.id);
  const [dragged, setDragged] = useState<Dragged | null>(null);
  const [library, setLibrary] = useState<{ open: boolean; unitId: string | null }>({ open: false, unitId: null });
  const [assemblyDraft, setAssemblyDraft] = useState<AssemblyDraft | null>(null);
  const [transfer, setTransfer] = useState<StructureModule | null>(null);
  const [highlightUnitId, setHighlightUnitId] = useState<string | null>(null);
  const structure = course.structure;
  const modules = useMemo(() => structure?.modules ?? [], [structure]);
  const affectedItems = useMemo(() => course.affectedItems ?? [], [course.affectedItems]);
  const affected = useMemo(() => new Map(affectedItems.map((item) => [item.itemId, item])), [affectedItems]);
  const readOnly = version !== null;

  const openLibrary = useCallback((unitId: string | null) => setLibrary((current) => ({ open: true, unitId: unitId ?? current.unitId })), []);
  const showUnit = useCallback(
    (unitId: string) => {
      if (version !== null) onVersionChange(null);
      setHighlightUnitId(unitId);
      window.setTimeout(() => {
        const element = document.getElementById(`unit-${unitId}`);
        element?.scrollIntoView?.({ behavior: 'smooth', block: 'center' });
        element?.focus({ preventScroll: true });
      }, 50);
    },
    [version, onVersionChange],
  );

  const context = useMemo<BuilderContextValue>(
    () => ({
      courseId: course.id,
      readOnly,
      modules,
      affected,
      highlightUnitId,
      dragged,
      setDragged,
      openLibrary,
      openTransfer: setTransfer,
      editAssembly: setAssemblyDraft,
      actions,
    }),
    [course.id, readOnly, modules, affected, highlightUnitId, dragged, openLibrary, actions],
  );

  const composeAssembly = (resources: PickedResource[]) => setAssemblyDraft({ title: '', description: '', resources });
  const drawerBeside = library.open && !phone && !readOnly;

  return (
    <BuilderContext.Provider value={context}>
      <div className={`zyk-container zyk-page zyk-cb${drawerBeside ? ' zyk-cb--drawer' : ''}`} data-testid="course-builder" aria-busy={fetching}>
        <header className="zyk-card zyk-cb-header">
          <Link to={`/courses/${course.id}`} className="zyk-cb-header__back" data-testid="builder-back">
            <ArrowLeftOutlined aria-hidden /> {t('courseBuilder.backToCourse')}
          </Link>
          <h1 className="zyk-cb-header__title" data-testid="builder-title">
            {t('courseBuilder.title')}
            <span className="zyk-cb-header__course">{course.name}</span>
          </h1>
          <p className="zyk-muted zyk-cb-header__subtitle">{t('courseBuilder.subtitle')}</p>
          <div className="zyk-cb-header__bar">
            <VersionBar courseId={course.id} version={version} onVersionChange={onVersionChange} itemTotal={structure ? itemCount(structure) : 0} />
            {readOnly ? null : (
              <div className="zyk-cb-header__tools">
                <Button icon={<SearchOutlined />} onClick={() => openLibrary(null)} data-testid="open-library">
                  {t('courseBuilder.library.open')}
                </Button>
                <Button icon={<AppstoreAddOutlined />} onClick={() => setAssemblyDraft({ title: '', description: '', resources: [] })} data-testid="new-assembly">
                  {t('courseBuilder.assembly.new')}
                </Button>
              </div>
            )}
          </div>
        </header>

        <div className="zyk-cb-layout">
          <div className="zyk-cb-main">
            {structure === null ? (
              <Alert
                type="warning"
                showIcon
                message={t('courseBuilder.versions.missing', { number: version })}
                action={
                  <Button size="small" onClick={() => onVersionChange(null)}>
                    {t('courseBuilder.versions.backToWorking')}
                  </Button>
                }
                data-testid="version-missing"
              />
            ) : (
              <>
                {readOnly ? (
                  <Alert className="zyk-cb-readonly" type="info" showIcon message={t('courseBuilder.versions.readOnly', { number: version })} data-testid="read-only-notice" />
                ) : (
                  <p className="zyk-muted zyk-cb-tip">{t(phone ? 'courseBuilder.tipPhone' : 'courseBuilder.tip')}</p>
                )}
                <StructureTree />
              </>
            )}
          </div>
          {phone && affectedItems.length === 0 ? null : (
            <aside className="zyk-cb-side">
              <AffectedItemsPanel items={affectedItems} onShowUnit={showUnit} />
            </aside>
          )}
        </div>
      </div>
      {readOnly ? null : (
        <>
          <LibraryDrawer
            open={library.open}
            phone={phone}
            unitId={library.unitId}
            onUnitChange={(unitId) => setLibrary((current) => ({ ...current, unitId }))}
            onClose={() => setLibrary((current) => ({ ...current, open: false }))}
            onComposeAssembly={composeAssembly}
          />
          <AssemblyEditor draft={assemblyDraft} phone={phone} unitId={library.unitId} onClose={() => setAssemblyDraft(null)} />
          <ModuleTransferModal module={transfer} course={{ id: course.id, name: course.name }} majorCode={course.major.code} onClose={() => setTransfer(null)} />
        </>
      )}
    </BuilderContext.Provider>
  );
}

import { act, configure, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import i18n from '@/lib/i18n';
import { fakeMe, fill, graphqlError, mockGraphql, ok, refused } from '@/testing/graphql-mock';
import { renderWithProviders } from '@/testing/render';
import { builderCourse, emptyFacets, hit, smallStructure, versions } from '../testing/builder-fixtures';
import { applyReorder, type Structure } from '../utils/structure';
import { CourseBuilderPage } from './course-builder-page';

/** A tiny stateful API: the working copy changes with the mutations, like the server's. */
function serve(extra: Record<string, (variables: Record<string, unknown>) => unknown> = {}) {
  let structure: Structure = smallStructure();
  const published: number[] = [];
  const mock = mockGraphql({
    Me: () => ({ me: fakeMe() }),
    CourseBuilder: ({ version }) =>
      version ? { course: builderCourse({ structure: { ...smallStructure(), version: version as number } }) } : { course: builderCourse({ structure }) },
    CourseStructureVersions: () => ({ course: { id: '3', structureVersions: versions(...published.slice().reverse()) } }),
    LibraryResources: ({ query }) => ({
      resources: {
        total: 2,
        items: query === '对刀' ? [hit('601', '试切法对刀视频'), hit('602', '外校私有对刀课件', 'DOCUMENT')] : [hit('603', '最新上传的动画', 'ANIMATION')],
        facets: emptyFacets,
      },
    }),
    MyAssemblies: () => ({ myAssemblies: { total: 0, items: [] } }),
    ModuleAdd: ({ title, parentId }) => {
      structure = { ...structure, modules: [...structure.modules, { id: '4', title: title as string, parentId: (parentId as string) ?? null, depth: 0, units: [] }] };
      return { moduleAdd: { ...ok(), module: { id: '4', title, parentId, order: 2 } } };
    },
    ItemsReorder: (plan) => {
      structure = applyReorder(structure, plan as { unitId: string; itemIds: string[] });
      return { itemsReorder: { ...ok(), items: [] } };
    },
    ItemAdd: ({ resourceId }) =>
      resourceId === '602'
        ? { itemAdd: { ...refused('PERMISSION_DENIED', '这是其他学校的校内资源，不能用在你的课程中。', 'resourceId'), item: null } }
        : { itemAdd: { ...ok(), item: { id: '105', unitId: '11', order: 2 } } },
    ItemUpdate: ({ id, openForTrial }) => {
      structure = {
        ...structure,
        modules: structure.modules.map((m) => ({
          ...m,
          units: m.units.map((u) => ({ ...u, items: u.items.map((i) => (i.id === id ? { ...i, openForTrial: openForTrial as boolean } : i)) })),
        })),
      };
      return { itemUpdate: { ...ok(), item: { id, openForTrial } } };
    },
    CourseStructurePublish: () => {
      published.push(published.length + 1);
      return { courseStructurePublish: { ...ok(), version: published.length } };
    },
    ...extra,
  });
  return { ...mock, published };
}

const itemIds = (unit: HTMLElement) => within(unit).getAllByTestId('builder-item').map((row) => row.getAttribute('data-item-id'));
const unitById = (id: string) => document.querySelector(`[data-testid="builder-unit"][data-unit-id="${id}"]`) as HTMLElement;
const itemById = (id: string) => document.querySelector(`[data-testid="builder-item"][data-item-id="${id}"]`) as HTMLElement;
const present = (find: () => HTMLElement | null) =>
  waitFor(() => {
    const element = find();
    if (!element) throw new Error('not rendered yet');
    return element;
  });

// A loaded machine renders antd slowly: wait for the UI longer than the default second.
configure({ asyncUtilTimeout: 15_000 });

describe('the course builder', { timeout: 180_000 }, () => {
  beforeEach(async () => {
    await i18n.changeLanguage('zh-CN');
  });
  afterEach(() => vi.unstubAllGlobals());

  it('shows modules (nested) → units → items with type, status, 试学, the withdrawn one marked, and the affected panel', async () => {
    const { calls } = serve();
    renderWithProviders(<CourseBuilderPage courseId="3" />);

    expect(await screen.findByTestId('builder-title')).toHaveTextContent('组课数控加工工艺与编程');
    const modules = screen.getAllByTestId('builder-module');
    expect(modules.map((m) => [m.getAttribute('data-module-title'), m.getAttribute('data-depth')])).toEqual([
      ['项目一 数控编程基础', '0'],
      ['子模块 1.1 编程练习', '1'],
      ['项目二 程序仿真', '0'],
    ]);
    // The nested module is inside its parent.
    expect(within(modules[0]).getByText('子模块 1.1 编程练习')).toBeInTheDocument();

    const first = itemById('101');
    expect(first).toHaveTextContent('视频');
    expect(first).toHaveTextContent('工件坐标系设定微课');
    expect(within(first).getByTestId('item-status')).toHaveTextContent('已发布');
    expect(within(first).getByRole('switch')).toBeChecked();
    expect(within(first).getByRole('link', { name: '工件坐标系设定微课' })).toHaveAttribute('href', '/resources/501');

    const withdrawn = itemById('103');
    expect(withdrawn).toHaveAttribute('data-withdrawn', 'true');
    expect(within(withdrawn).getByTestId('item-withdrawn')).toHaveTextContent('已下架');
    expect(within(withdrawn).getByTestId('item-title')).toHaveTextContent('旧版对刀视频');

    const assembly = itemById('104');
    expect(within(assembly).getByTestId('item-assembly')).toHaveTextContent('积件');
    expect(within(assembly).getByTestId('assembly-resources')).toHaveTextContent('阶梯轴仿真');

    const affected = screen.getByTestId('affected-items');
    expect(within(affected).getByTestId('affected-item')).toHaveTextContent('「旧版对刀视频」已下架或删除');
    fireEvent.click(within(affected).getByTestId('affected-show'));
    await waitFor(() => expect(unitById('12')).toHaveClass('zyk-cb-unit--highlight'));

    // The team's data goes by POST, never in a URL.
    expect(calls.find((c) => c.operation === 'CourseBuilder')?.method).toBe('POST');
  });

  it('adds a module and reorders items with the arrows (one step down crosses into the next unit)', async () => {
    const { calls } = serve();
    renderWithProviders(<CourseBuilderPage courseId="3" />);
    const form = await screen.findByTestId('module-add');

    fill(within(form).getByTestId('module-add-input'), '项目三 综合实训');
    fireEvent.click(within(form).getByTestId('module-add-submit'));
    await waitFor(() => expect(screen.getAllByTestId('builder-module').map((m) => m.getAttribute('data-module-title'))).toContain('项目三 综合实训'));
    expect(calls.find((c) => c.operation === 'ModuleAdd')?.variables).toEqual({ courseId: '3', title: '项目三 综合实训', parentId: null, position: null });
    expect(within(form).getByTestId('module-add-input')).toHaveValue('');

    fireEvent.click(within(itemById('101')).getByTestId('item-down'));
    await waitFor(() => expect(itemIds(unitById('11'))).toEqual(['102', '101']));
    expect(calls.filter((c) => c.operation === 'ItemsReorder').at(-1)?.variables).toEqual({ unitId: '11', itemIds: ['102', '101'] });

    fireEvent.click(within(itemById('101')).getByTestId('item-down'));
    await waitFor(() => expect(itemIds(unitById('12'))).toEqual(['101', '103', '104']));
    expect(itemIds(unitById('11'))).toEqual(['102']);
    expect(calls.filter((c) => c.operation === 'ItemsReorder').at(-1)?.variables).toEqual({ unitId: '12', itemIds: ['101', '103', '104'] });
    expect(within(itemById('102')).getByTestId('item-up')).toBeDisabled();
  });

  it('moves an item to another unit by drag and drop', async () => {
    const { calls } = serve();
    renderWithProviders(<CourseBuilderPage courseId="3" />);
    const source = await present(() => itemById('102'));

    const data = { setData: vi.fn(), getData: vi.fn(), effectAllowed: '', dropEffect: '' };
    fireEvent.dragStart(source, { dataTransfer: data });
    const target = itemById('104');
    fireEvent.dragOver(target, { dataTransfer: data });
    fireEvent.drop(target, { dataTransfer: data });

    await waitFor(() => expect(itemIds(unitById('12'))).toEqual(['103', '102', '104']));
    expect(calls.find((c) => c.operation === 'ItemsReorder')?.variables).toEqual({ unitId: '12', itemIds: ['103', '102', '104'] });

    // Onto the free space of an empty unit: to its end.
    fireEvent.dragStart(itemById('101'), { dataTransfer: data });
    const empty = within(unitById('21')).getByTestId('unit-items');
    fireEvent.dragOver(empty, { dataTransfer: data });
    fireEvent.drop(empty, { dataTransfer: data });
    await waitFor(() => expect(itemIds(unitById('21'))).toEqual(['101']));
  });

  it('undoes a refused reorder and shows the server’s reason at the item', async () => {
    serve({ ItemsReorder: () => ({ itemsReorder: { ...refused('CONFLICT', '请列出单元的全部条目，且只能是本课程的条目。', 'itemIds'), items: null } }) });
    renderWithProviders(<CourseBuilderPage courseId="3" />);
    await present(() => itemById('101'));

    fireEvent.click(within(itemById('101')).getByTestId('item-down'));
    const problem = await within(itemById('101')).findByTestId('action-problem');
    expect(problem).toHaveTextContent('请列出单元的全部条目，且只能是本课程的条目。');
    expect(itemIds(unitById('11'))).toEqual(['101', '102']);
  });

  it('toggles 试学 on an item', async () => {
    const { calls } = serve();
    renderWithProviders(<CourseBuilderPage courseId="3" />);
    await present(() => itemById('102'));
    const toggle = within(itemById('102')).getByRole('switch');
    expect(toggle).not.toBeChecked();
    await userEvent.click(toggle);
    expect(calls.find((c) => c.operation === 'ItemUpdate')?.variables).toEqual({ id: '102', openForTrial: true });
    await waitFor(() => expect(within(itemById('102')).getByRole('switch')).toBeChecked());
  });

  it('searches the library in the drawer, adds a resource to the chosen unit, and shows a refusal next to the row', async () => {
    const { calls } = serve();
    renderWithProviders(<CourseBuilderPage courseId="3" />);
    await present(() => unitById('11'));

    fireEvent.click(within(unitById('11')).getByTestId('unit-add-resource'));
    const drawer = await screen.findByTestId('library-search');
    // Newest first before anything is typed.
    expect(await within(drawer).findByText('最新上传的动画')).toBeInTheDocument();
    fill(within(drawer).getByTestId('library-search-input'), '对刀');
    fireEvent.keyDown(within(drawer).getByTestId('library-search-input'), { key: 'Enter', code: 'Enter', keyCode: 13 });
    await waitFor(() =>
      expect(within(drawer).getAllByTestId('library-hit').map((h) => h.getAttribute('data-title'))).toEqual(['试切法对刀视频', '外校私有对刀课件']),
    );
    const hits = within(drawer).getAllByTestId('library-hit');
    expect(calls.filter((c) => c.operation === 'LibraryResources').at(-1)?.variables).toMatchObject({ query: '对刀', sort: 'RELEVANCE', limit: 10, offset: 0 });
    expect(screen.getByTestId('library-target-unit')).toHaveTextContent('项目一 数控编程基础 › 任务1 工件坐标系');

    fireEvent.click(within(hits[1]).getByTestId('library-add'));
    const problem = await within(hits[1]).findByTestId('action-problem');
    expect(problem).toHaveTextContent('这是其他学校的校内资源，不能用在你的课程中。');

    fireEvent.click(within(hits[0]).getByTestId('library-add'));
    await waitFor(() => expect(within(hits[0]).getByTestId('library-add')).toHaveTextContent('已添加'));
    expect(calls.filter((c) => c.operation === 'ItemAdd').map((c) => c.variables)).toEqual([
      { unitId: '11', resourceId: '602', assemblyId: null, position: null },
      { unitId: '11', resourceId: '601', assemblyId: null, position: null },
    ]);
    // The refusal stays where it was; the other row's success did not clear it.
    expect(within(hits[1]).getByTestId('action-problem')).toBeInTheDocument();
  });

  it('publishes the working copy as a version and shows an older version read-only', async () => {
    const { calls } = serve();
    const { router } = renderWithProviders(<CourseBuilderPage courseId="3" />);
    await screen.findByTestId('structure-tree');
    await waitFor(() => expect(screen.getByTestId('version-hint')).toHaveTextContent('尚未发布'));

    fireEvent.click(screen.getByTestId('publish'));
    const popover = (await screen.findByText('发布为第 1 版？')).closest('.ant-popover') as HTMLElement;
    expect(popover).toHaveTextContent('学员将看到当前工作副本（4 个资源）');
    fireEvent.click(within(popover).getByRole('button', { name: '发布新版本' }));
    await waitFor(() => expect(calls.some((c) => c.operation === 'CourseStructurePublish')).toBe(true));
    await waitFor(() => expect(screen.getByTestId('version-hint')).toHaveTextContent('学员当前看到的是第 1 版'));

    await act(async () => {
      await router.navigate('/?version=1');
    });
    expect(await screen.findByTestId('read-only-notice')).toHaveTextContent('正在查看第 1 版（只读）');
    expect(screen.queryByTestId('module-add')).not.toBeInTheDocument();
    expect(screen.queryAllByTestId('item-down')).toHaveLength(0);
    expect(screen.queryAllByTestId('item-trial')).toHaveLength(0);
    expect(calls.filter((c) => c.operation === 'CourseBuilder').at(-1)?.variables).toEqual({ id: '3', version: 1 });
    fireEvent.click(screen.getByTestId('back-to-working'));
    await waitFor(() => expect(screen.queryByTestId('read-only-notice')).not.toBeInTheDocument());
  });

  it('says so when the versions cannot be loaded, instead of claiming nothing was published', async () => {
    serve({ CourseStructureVersions: () => graphqlError('INTERNAL', '服务器内部错误') });
    renderWithProviders(<CourseBuilderPage courseId="3" />);
    expect(await screen.findByTestId('versions-error')).toHaveTextContent('版本列表加载失败：服务器内部错误');
    expect(screen.getByTestId('version-hint')).not.toHaveTextContent('尚未发布');
    expect(screen.getByTestId('publish')).toBeEnabled();
  });

  it('tells people outside the course team that they cannot build it, in English too', async () => {
    await i18n.changeLanguage('en');
    mockGraphql({ Me: () => ({ me: fakeMe() }), CourseBuilder: () => ({ course: builderCourse({ affectedItems: null }) }) });
    renderWithProviders(<CourseBuilderPage courseId="3" />);
    const denied = await screen.findByTestId('course-builder-denied');
    expect(denied).toHaveTextContent('You cannot build this course');
    expect(within(denied).getByRole('link', { name: 'Back to the course page' })).toHaveAttribute('href', '/courses/3');
  });
});

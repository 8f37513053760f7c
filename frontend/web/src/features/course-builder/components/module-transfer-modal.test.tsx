import { configure, fireEvent, screen, waitFor, within } from '@testing-library/react';
import i18n from '@/lib/i18n';
import { fakeMe, mockGraphql, ok, refused } from '@/testing/graphql-mock';
import { renderWithProviders } from '@/testing/render';
import { builderCourse, smallStructure } from '../testing/builder-fixtures';
import { CourseBuilderPage } from './course-builder-page';

/** Opens an antd Select by its label and picks an option by its text. */
async function choose(label: string, option: string) {
  fireEvent.mouseDown(screen.getByLabelText(label));
  const matches = await screen.findAllByTitle(option);
  fireEvent.click(matches[matches.length - 1]);
}

const moduleHead = (title: string) =>
  waitFor(() => {
    const element = document.querySelector(`[data-testid="builder-module"][data-module-title="${title}"]`);
    if (!element) throw new Error('not yet');
    return element as HTMLElement;
  });

// A loaded machine renders antd slowly: wait for the UI longer than the default second.
configure({ asyncUtilTimeout: 15_000 });

describe('moving and copying a module', { timeout: 180_000 }, () => {
  beforeEach(async () => {
    await i18n.changeLanguage('zh-CN');
  });
  afterEach(() => vi.unstubAllGlobals());

  it('copies a module into another course the teacher can build, after the server refused the first target', async () => {
    let copies = 0;
    const { calls } = mockGraphql({
      Me: () => ({ me: fakeMe() }),
      CourseBuilder: () => ({ course: builderCourse() }),
      CourseStructureVersions: () => ({ course: { id: '3', structureVersions: [] } }),
      CourseBuilderTargets: () => ({
        major: {
          id: '2',
          courses: [
            { id: '3', name: '数控加工工艺与编程', affectedItems: [] },
            { id: '4', name: '数控车削加工技术', affectedItems: [] },
            { id: '5', name: '多轴加工技术', affectedItems: null },
          ],
        },
      }),
      CourseBuilderTargetModules: ({ id }) => ({
        course: {
          id,
          structure: {
            version: null,
            modules: id === '4' ? [{ id: '40', title: '项目一 车床基础', parentId: null, depth: 0 }] : smallStructure().modules.map((m) => ({ id: m.id, title: m.title, parentId: m.parentId, depth: m.depth })),
          },
        },
      }),
      ModuleCopy: () => {
        copies += 1;
        return copies === 1
          ? { moduleCopy: { ...refused('PERMISSION_DENIED', '这是其他学校的校内资源，不能用在你的课程中。', 'resourceId'), module: null } }
          : { moduleCopy: { ...ok(), module: { id: '50', courseId: '4', parentId: '40', order: 0 } } };
      },
    });
    renderWithProviders(<CourseBuilderPage courseId="3" />);

    fireEvent.click(within(await moduleHead('项目一 数控编程基础')).getAllByTestId('module-transfer')[0]);
    const form = await screen.findByTestId('transfer-form');
    // In this course, the module itself and its own modules are not places to move it to.
    fireEvent.mouseDown(screen.getByLabelText('放在'));
    const own = (await screen.findAllByTitle('项目一 数控编程基础 › 子模块 1.1 编程练习')).at(-1)!;
    expect(own.closest('.ant-select-item')).toHaveClass('ant-select-item-option-disabled');

    fireEvent.click(within(form).getByText('复制'));
    await choose('目标课程', '数控车削加工技术');
    // Only courses the teacher may build are offered.
    expect(screen.queryByTitle('多轴加工技术')).not.toBeInTheDocument();
    await choose('放在', '项目一 车床基础');
    fireEvent.click(screen.getByTestId('transfer-submit'));

    const alert = await screen.findByTestId('form-alert');
    expect(alert).toHaveTextContent('这是其他学校的校内资源，不能用在你的课程中。');
    expect(within(form).getByTitle('数控车削加工技术')).toBeInTheDocument();
    fireEvent.click(screen.getByTestId('transfer-submit'));
    await waitFor(() => expect(copies).toBe(2));
    expect(calls.filter((c) => c.operation === 'ModuleCopy').at(-1)?.variables).toEqual({ id: '1', courseId: '4', parentId: '40', position: null });
    await waitFor(() => expect(screen.queryByTestId('transfer-form')).not.toBeInTheDocument());
  });

  it('shows the server’s refusal of dropping a module into its own module at that module', async () => {
    const { calls } = mockGraphql({
      Me: () => ({ me: fakeMe() }),
      CourseBuilder: () => ({ course: builderCourse() }),
      CourseStructureVersions: () => ({ course: { id: '3', structureVersions: [] } }),
      ModuleMove: () => ({ moduleMove: { ...refused('CONFLICT', '不能把模块移到它自身或它的子模块中。', 'parentId'), module: null } }),
    });
    renderWithProviders(<CourseBuilderPage courseId="3" />);
    const parent = await moduleHead('项目一 数控编程基础');
    const child = await moduleHead('子模块 1.1 编程练习');

    const data = { setData: vi.fn(), getData: vi.fn(), effectAllowed: '', dropEffect: '' };
    fireEvent.dragStart(within(parent).getAllByTestId('module-head')[0], { dataTransfer: data });
    const target = within(child).getByTestId('module-head');
    fireEvent.dragOver(target, { dataTransfer: data });
    fireEvent.drop(target, { dataTransfer: data });

    await waitFor(() => expect(calls.find((c) => c.operation === 'ModuleMove')?.variables).toEqual({ id: '1', courseId: '3', parentId: '1', position: 0 }));
    const problem = await screen.findByTestId('action-problem');
    expect(problem).toHaveAttribute('data-scope', 'module:1');
    expect(problem).toHaveTextContent('不能把模块移到它自身或它的子模块中。');
    // The tree is as before.
    expect(screen.getAllByTestId('builder-module').map((m) => m.getAttribute('data-module-title'))).toEqual([
      '项目一 数控编程基础',
      '子模块 1.1 编程练习',
      '项目二 程序仿真',
    ]);
  });
});

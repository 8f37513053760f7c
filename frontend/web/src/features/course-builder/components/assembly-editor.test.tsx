import { configure, fireEvent, screen, waitFor, within } from '@testing-library/react';
import i18n from '@/lib/i18n';
import { fakeMe, fill, mockGraphql, ok, refused } from '@/testing/graphql-mock';
import { renderWithProviders } from '@/testing/render';
import { builderCourse, emptyFacets, hit } from '../testing/builder-fixtures';
import { CourseBuilderPage } from './course-builder-page';

const base = {
  Me: () => ({ me: fakeMe() }),
  CourseBuilder: () => ({ course: builderCourse() }),
  CourseStructureVersions: () => ({ course: { id: '3', structureVersions: [] } }),
  LibraryResources: () => ({
    resources: { total: 3, items: [hit('601', '试切法对刀视频'), hit('602', '对刀动画', 'ANIMATION'), hit('603', '已下架的旧课件', 'DOCUMENT')], facets: emptyFacets },
  }),
};

const rowTitles = () => screen.getAllByTestId('assembly-resource').map((row) => row.textContent);

// A loaded machine renders antd slowly: wait for the UI longer than the default second.
configure({ asyncUtilTimeout: 15_000 });

describe('the assembly editor (积件)', { timeout: 180_000 }, () => {
  beforeEach(async () => {
    await i18n.changeLanguage('zh-CN');
  });
  afterEach(() => vi.unstubAllGlobals());

  it('builds an assembly from picked library resources in order, keeps everything on a refusal, then saves and adds it to the unit', async () => {
    let attempts = 0;
    const { calls } = mockGraphql({
      ...base,
      MyAssemblies: () => ({ myAssemblies: { total: 0, items: [] } }),
      AssemblyCreate: ({ title, description }) => {
        attempts += 1;
        return attempts === 1
          ? { assemblyCreate: { ...refused('CONFLICT', '“已下架的旧课件”未发布（已下架或尚未通过审核），不能用在课程中。', 'resourceIds'), assembly: null } }
          : { assemblyCreate: { ...ok(), assembly: { id: '77', title, description } } };
      },
      ItemAdd: () => ({ itemAdd: { ...ok(), item: { id: '105', unitId: '11', order: 2 } } }),
    });
    renderWithProviders(<CourseBuilderPage courseId="3" />);

    // Pick three resources in the library drawer, then make an assembly of them.
    fireEvent.click(
      await waitFor(() => {
        const unit = document.querySelector('[data-unit-id="11"] [data-testid="unit-add-resource"]');
        if (!unit) throw new Error('not yet');
        return unit;
      }),
    );
    const drawer = await screen.findByTestId('library-search');
    const hits = await within(drawer).findAllByTestId('library-hit');
    for (const row of [hits[1], hits[0], hits[2]]) fireEvent.click(within(row).getByTestId('library-pick'));
    expect(screen.getByTestId('library-picked')).toHaveTextContent('已选 3 个资源');
    fireEvent.click(screen.getByTestId('library-compose'));

    const editor = await screen.findByTestId('assembly-form');
    expect(screen.getByText('新建积件', { selector: '.ant-modal-title' })).toBeInTheDocument();
    expect(rowTitles()).toEqual(['1动画对刀动画', '2视频试切法对刀视频', '3文档已下架的旧课件']);
    // Reorder: the video first.
    fireEvent.click(within(screen.getAllByTestId('assembly-resource')[1]).getByTestId('assembly-resource-up'));
    expect(rowTitles()[0]).toContain('试切法对刀视频');
    fill(within(editor).getByTestId('assembly-title'), '外圆车削对刀');
    fill(within(editor).getByTestId('assembly-description'), '先看实拍再看动画');

    fireEvent.click(screen.getByTestId('assembly-save-add'));
    const alert = await screen.findByTestId('form-alert');
    expect(within(alert).getByTestId('form-alert-message')).toHaveTextContent('“已下架的旧课件”未发布');
    // Nothing lost: the title, description and resources are still there.
    expect(within(editor).getByTestId('assembly-title')).toHaveValue('外圆车削对刀');
    expect(rowTitles()).toHaveLength(3);

    const stale = screen.getAllByTestId('assembly-resource')[2];
    expect(within(stale).getByTestId('assembly-resource-drop')).toHaveAccessibleName('移出「已下架的旧课件」');
    fireEvent.click(within(stale).getByTestId('assembly-resource-drop'));
    fireEvent.click(screen.getByTestId('assembly-save-add'));
    await waitFor(() => expect(calls.some((c) => c.operation === 'ItemAdd')).toBe(true));
    expect(calls.filter((c) => c.operation === 'AssemblyCreate').at(-1)?.variables).toEqual({
      title: '外圆车削对刀',
      description: '先看实拍再看动画',
      resourceIds: ['601', '602'],
    });
    expect(calls.find((c) => c.operation === 'ItemAdd')?.variables).toEqual({ unitId: '11', resourceId: null, assemblyId: '77', position: null });
  });

  it('edits an assembly used in a unit and reuses one from 我的积件', async () => {
    const { calls } = mockGraphql({
      ...base,
      MyAssemblies: () => ({
        myAssemblies: {
          total: 1,
          items: [
            {
              id: '9',
              title: '阶梯轴车削积件',
              description: '实拍 + 动画',
              withdrawnCount: 1,
              courseItemCount: 1,
              canEdit: true,
              updatedAt: '2026-03-01T08:00:00Z',
              resources: [{ id: '503', title: '阶梯轴车削实拍', type: 'VIDEO', status: 'PUBLISHED' }],
            },
          ],
        },
      }),
      AssemblyUpdate: ({ id, title, description }) => ({ assemblyUpdate: { ...ok(), assembly: { id, title, description } } }),
      ItemAdd: () => ({ itemAdd: { ...refused('CONFLICT', '“阶梯轴仿真”已下架，不能用在课程中。', 'assemblyId'), item: null } }),
    });
    renderWithProviders(<CourseBuilderPage courseId="3" />);

    const item = await waitFor(() => {
      const element = document.querySelector('[data-item-id="104"]');
      if (!element) throw new Error('not yet');
      return element as HTMLElement;
    });
    fireEvent.click(within(item).getByTestId('item-edit-assembly'));
    const editor = await screen.findByTestId('assembly-form');
    expect(within(editor).getByTestId('assembly-title')).toHaveValue('阶梯轴车削积件');
    expect(rowTitles()).toEqual(['1视频阶梯轴车削实拍', '2虚拟仿真阶梯轴仿真']);
    expect(screen.queryByTestId('assembly-save-add')).not.toBeInTheDocument();
    fill(within(editor).getByTestId('assembly-title'), '阶梯轴车削（新版）');
    fireEvent.click(screen.getByTestId('assembly-save'));
    await waitFor(() =>
      expect(calls.find((c) => c.operation === 'AssemblyUpdate')?.variables).toEqual({
        id: '9',
        title: '阶梯轴车削（新版）',
        description: '实拍 + 动画',
        resourceIds: ['503', '504'],
      }),
    );

    // 我的积件 in the drawer: its withdrawn count, and adding it to the chosen unit is refused with the reason.
    fireEvent.click(screen.getByTestId('open-library'));
    fireEvent.click(await screen.findByText('我的积件'));
    const mine = await screen.findByTestId('my-assembly');
    expect(mine).toHaveTextContent('1 个资源已下架');
    expect(within(mine).getByTestId('assembly-add')).toBeDisabled();
    fireEvent.mouseDown(screen.getByLabelText('添加到单元'));
    fireEvent.click((await screen.findAllByTitle('项目一 数控编程基础 › 任务2 刀具补偿')).at(-1)!);
    fireEvent.click(within(mine).getByTestId('assembly-add'));
    expect(await within(mine).findByTestId('action-problem')).toHaveTextContent('“阶梯轴仿真”已下架，不能用在课程中。');
    expect(calls.find((c) => c.operation === 'ItemAdd')?.variables).toEqual({ unitId: '12', resourceId: null, assemblyId: '9', position: null });
  });
});

import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import i18n from '@/lib/i18n';
import { fakeMe, mockGraphql } from '@/testing/graphql-mock';
import { renderWithProviders } from '@/testing/render';
import type { StructureItemData, StructureModuleData } from '../api/course-structure';
import { CourseStructureOutline } from './course-structure-outline';

const chapters = [{ id: 'o1', title: '数控车床操作基础', summary: '安全规程与对刀。', hours: 16 }];

const resource = (id: string, title: string, type: 'VIDEO' | 'IMAGE' | 'ANIMATION' | 'PRESENTATION' = 'VIDEO') => ({
  id,
  title,
  type,
});

const item = (id: string, values: Partial<StructureItemData>): StructureItemData => ({
  id,
  openForTrial: false,
  locked: false,
  withdrawn: false,
  title: '',
  type: null,
  resource: null,
  assembly: null,
  assemblyResources: [],
  ...values,
});

/** What the API answers an anonymous visitor: trial items open, the others locked. */
function visitorModules(): StructureModuleData[] {
  return [
    {
      id: 'm1',
      title: '项目一 数控车床操作基础',
      depth: 0,
      parentId: null,
      units: [
        {
          id: 'u1',
          title: '任务1 试切法对刀',
          items: [
            item('i1', { openForTrial: true, title: '对刀视频', type: 'VIDEO', resource: resource('501', '对刀视频') }),
            item('i2', { locked: true, title: '刀补课件', type: 'PRESENTATION' }),
            item('i3', { locked: true }),
          ],
        },
      ],
    },
    {
      id: 'm2',
      title: '项目二 轴类零件加工',
      depth: 0,
      parentId: null,
      units: [
        {
          id: 'u2',
          title: '任务1 阶梯轴车削',
          items: [
            item('i4', {
              openForTrial: true,
              title: '阶梯轴积件',
              assembly: { id: 'a1', title: '阶梯轴积件' },
              assemblyResources: [resource('502', '阶梯轴动画', 'ANIMATION'), resource('503', '阶梯轴视频')],
            }),
            item('i5', { locked: true, withdrawn: true }),
          ],
        },
      ],
    },
    {
      id: 'm3',
      title: '子模块 车削安全',
      depth: 1,
      parentId: 'm2',
      units: [{ id: 'u3', title: '安全规程', items: [item('i6', { locked: true, title: '安全图片', type: 'IMAGE' })] }],
    },
    {
      id: 'm4',
      title: '项目三 螺纹加工',
      depth: 0,
      parentId: null,
      units: [{ id: 'u4', title: '任务1 外螺纹', items: [item('i7', { locked: true, title: '螺纹视频', type: 'VIDEO' })] }],
    },
  ];
}

const answer = (modules: StructureModuleData[] | null, version: number | null = 1) => () => ({
  course: { id: '9', structure: modules === null ? null : { version, modules } },
});

const items = () => screen.getAllByTestId('structure-item');
const states = () => items().map((li) => li.getAttribute('data-state'));

describe('CourseStructureOutline', { timeout: 30_000 }, () => {
  beforeEach(async () => {
    await i18n.changeLanguage('zh-CN');
  });
  afterEach(() => vi.unstubAllGlobals());

  it('shows an anonymous visitor the trial items as links with 试学 and the others locked with a login link', async () => {
    mockGraphql({ Me: () => ({ me: null }), CourseStructureOutline: answer(visitorModules()) });
    renderWithProviders(<CourseStructureOutline courseId="9" outline={chapters} />, '/');

    const structure = await screen.findByTestId('course-structure');
    expect(screen.getByText('已发布的第 1 版')).toBeInTheDocument();
    expect(screen.getByTestId('trial-hint')).toHaveTextContent('标有“试学”的 2 项内容无需登录即可学习');
    // the first module and every module with a trial item are open; 项目三 is collapsed
    expect(within(structure).getByRole('heading', { name: '任务1 试切法对刀' })).toBeInTheDocument();
    expect(within(structure).getByRole('heading', { name: '子模块 车削安全' })).toBeInTheDocument();
    expect(within(structure).queryByText('螺纹视频')).not.toBeInTheDocument();
    expect(states()).toEqual(['open', 'locked', 'locked', 'open', 'withdrawn', 'locked']);

    const [trial, locked, hidden, assembly, withdrawn] = items();
    expect(within(trial).getByRole('link', { name: '对刀视频' })).toHaveAttribute('href', '/resources/501');
    expect(within(trial).getByTestId('trial-tag')).toHaveTextContent('试学');
    expect(trial).toHaveTextContent('视频');
    expect(locked).toHaveTextContent('刀补课件演示文稿登录后学习');
    expect(within(locked).queryByTestId('trial-tag')).not.toBeInTheDocument();
    expect(within(locked).getByRole('link', { name: '登录后学习' })).toHaveAttribute(
      'href',
      `/login?next=${encodeURIComponent('/#outline')}`,
    );
    expect(hidden).toHaveTextContent('登录后可见的内容');
    expect(within(assembly).getAllByTestId('structure-item-link').map((a) => a.getAttribute('href'))).toEqual([
      '/resources/502',
      '/resources/503',
    ]);
    expect(assembly).toHaveTextContent('积件 · 2 个资源');
    expect(withdrawn).toHaveTextContent('该资源已下架，暂不可学习');
    expect(within(withdrawn).queryByRole('link')).not.toBeInTheDocument();
  });

  it('opens and closes modules, and the collapsed one shows its locked items when opened', async () => {
    mockGraphql({ Me: () => ({ me: null }), CourseStructureOutline: answer(visitorModules()) });
    renderWithProviders(<CourseStructureOutline courseId="9" outline={chapters} />);

    await userEvent.click(await screen.findByText('项目三 螺纹加工'));
    expect(await screen.findByText('螺纹视频')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: '全部收起' }));
    expect(screen.getByRole('button', { name: '全部展开' })).toBeInTheDocument();
  });

  it('shows a signed-in learner every item without trial tags or login links', async () => {
    const modules = visitorModules();
    const unit = modules[0].units[0];
    unit.items = [
      item('i1', { openForTrial: true, title: '对刀视频', type: 'VIDEO', resource: resource('501', '对刀视频') }),
      item('i2', { title: '刀补课件', type: 'PRESENTATION', resource: resource('504', '刀补课件', 'PRESENTATION') }),
      item('i3', {}),
    ];
    const { calls } = mockGraphql({ Me: () => ({ me: fakeMe() }), CourseStructureOutline: answer(modules) });
    renderWithProviders(<CourseStructureOutline courseId="9" outline={chapters} />);

    await screen.findByTestId('course-structure');
    expect(screen.queryByTestId('trial-hint')).not.toBeInTheDocument();
    expect(screen.queryByTestId('trial-tag')).not.toBeInTheDocument();
    expect(screen.queryByTestId('structure-login-link')).not.toBeInTheDocument();
    expect(states().slice(0, 3)).toEqual(['open', 'open', 'unavailable']);
    expect(items()[2]).toHaveTextContent('你暂无权限查看该资源');
    // the signed-in person's structure is asked for by POST (never from a shared cache)
    expect(calls.find((c) => c.operation === 'CourseStructureOutline')?.method).toBe('POST');
  });

  it('tells the course team it is looking at the working copy', async () => {
    mockGraphql({ Me: () => ({ me: fakeMe() }), CourseStructureOutline: answer(visitorModules().slice(0, 1), null) });
    renderWithProviders(<CourseStructureOutline courseId="9" outline={chapters} />);

    expect(await screen.findByText('课程团队的工作副本：含尚未发布的修改')).toBeInTheDocument();
  });

  it('falls back to the chapter outline when nothing is published', async () => {
    const { calls } = mockGraphql({ Me: () => ({ me: null }), CourseStructureOutline: answer([]) });
    renderWithProviders(<CourseStructureOutline courseId="9" outline={chapters} />);

    expect(await screen.findByTestId('course-outline')).toHaveTextContent('数控车床操作基础');
    expect(screen.queryByTestId('course-structure')).not.toBeInTheDocument();
    expect(calls.find((c) => c.operation === 'CourseStructureOutline')?.method).toBe('GET');
  });

  it('is translated', async () => {
    await i18n.changeLanguage('en');
    mockGraphql({ Me: () => ({ me: null }), CourseStructureOutline: answer(visitorModules()) });
    renderWithProviders(<CourseStructureOutline courseId="9" outline={chapters} />);

    await screen.findByTestId('course-structure');
    expect(screen.getByRole('heading', { name: 'Course content' })).toBeInTheDocument();
    expect(screen.getAllByRole('link', { name: 'Log in to study' }).length).toBeGreaterThan(0);
    expect(screen.getAllByTestId('trial-tag')[0]).toHaveTextContent('Trial');
  });
});

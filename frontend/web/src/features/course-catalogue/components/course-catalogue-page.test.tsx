import { QueryClient } from '@tanstack/react-query';
import { configure, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { RouterProvider } from 'react-router';
import { vi } from 'vitest';
import { AppProvider } from '@/app/provider';
import { createTestRouter } from '@/app/router';
import i18n from '@/lib/i18n';
import { fill, graphqlError, mockGraphql } from '@/testing/graphql-mock';
import { catalogueAnswer, catalogueCourse, majorsAnswer } from '../testing/catalogue';
import type { CatalogueCourse } from '../api/get-course-catalogue';

// Each URL change re-renders the whole app; on a busy machine that takes longer than the default second.
configure({ asyncUtilTimeout: 5000 });

/** A desktop-wide window for antd's breakpoints (jsdom's default stub matches no media query: a phone). */
function desktop() {
  vi.spyOn(window, 'matchMedia').mockImplementation(
    (query: string) =>
      ({
        matches: /min-width/.test(query),
        media: query,
        onchange: null,
        addListener: () => {},
        removeListener: () => {},
        addEventListener: () => {},
        removeEventListener: () => {},
        dispatchEvent: () => false,
      }) as MediaQueryList,
  );
}

function renderAt(path: string) {
  const router = createTestRouter(path);
  render(
    <AppProvider queryClient={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
      <RouterProvider router={router} />
    </AppProvider>,
  );
  return router;
}

const asked = (calls: { operation: string; variables: Record<string, unknown> }[]) =>
  calls.filter((call) => call.operation === 'CourseCatalogue').map((call) => call.variables);

const COURSES = [
  catalogueCourse({ id: '1', name: '机械制图与CAD', kind: 'FOUNDATION', level: 'INTRODUCTORY' }),
  catalogueCourse({ id: '2', name: '多轴加工技术', kind: 'CORE', level: 'ADVANCED' }),
  catalogueCourse({ id: '3', name: '数控机床故障诊断与维修', kind: 'CORE', level: 'ADVANCED' }),
];

/** A tiny catalogue server: filters the three courses by the variables and counts the facets, like the API. */
function catalogueServer(variables: Record<string, unknown>) {
  const matches = (course: CatalogueCourse, skip?: 'major' | 'kind' | 'level') =>
    (skip === 'major' || !variables.major || course.major.code === variables.major) &&
    (skip === 'kind' || !variables.kind || course.kind === variables.kind) &&
    (skip === 'level' || !variables.level || course.level === variables.level) &&
    (!variables.search || course.name.includes(String(variables.search)));
  const count = (skip: 'major' | 'kind' | 'level', pick: (course: CatalogueCourse) => boolean) =>
    COURSES.filter((course) => matches(course, skip) && pick(course)).length;
  const items = COURSES.filter((course) => matches(course));
  return catalogueAnswer(items, items.length, {
    majors: ['460103', '460104'].map((code) => ({ code, count: count('major', (course) => course.major.code === code) })),
    kinds: (['FOUNDATION', 'CORE'] as const).map((kind) => ({ kind, count: count('kind', (course) => course.kind === kind) })),
    levels: (['INTRODUCTORY', 'INTERMEDIATE', 'ADVANCED'] as const).map((level) => ({
      level,
      count: count('level', (course) => course.level === level),
    })),
  });
}

/** Each option of a filter as shown: its name and, after it, its count; and whether it can be chosen. */
const options = (filter: string) =>
  within(screen.getByTestId(`catalogue-filter-${filter}`))
    .getAllByTestId('catalogue-choice')
    .map((choice) => [choice.textContent, !within(choice).getByRole('radio').hasAttribute('disabled')]);

const cardNames = () => screen.getAllByTestId('course-card').map((card) => within(card).getByRole('heading').textContent);

describe('CourseCataloguePage', { timeout: 60_000 }, () => {
  beforeEach(async () => {
    await i18n.changeLanguage('zh-CN');
    desktop();
  });

  it('asks for the filters in the URL (by GET) and shows the count and the matching cards', async () => {
    const { calls } = mockGraphql({ Me: () => ({ me: null }), CatalogueMajors: majorsAnswer, CourseCatalogue: catalogueServer });
    renderAt('/courses?kind=core&level=advanced');

    await screen.findByTestId('catalogue-results');
    expect(cardNames()).toEqual(['多轴加工技术', '数控机床故障诊断与维修']);
    expect(screen.getByTestId('catalogue-total')).toHaveTextContent('共 2 门课程');
    expect(asked(calls)[0]).toEqual({ major: null, kind: 'CORE', level: 'ADVANCED', search: null, limit: 12, offset: 0 });
    expect(calls.find((call) => call.operation === 'CourseCatalogue')?.method).toBe('GET');
    // the chosen filters are checked
    expect(within(screen.getByTestId('catalogue-filter-kind')).getByRole('radio', { name: /^专业核心课/ })).toBeChecked();
    expect(within(screen.getByTestId('catalogue-filter-level')).getByRole('radio', { name: /^高级/ })).toBeChecked();
    expect(within(screen.getByTestId('catalogue-filter-major')).getByRole('radio', { name: '全部' })).toBeChecked();
    expect(document.title).toBe('课程 · 专业教学资源库');
  });

  it('each option shows how many courses it would give with the other filters kept; none: disabled', async () => {
    mockGraphql({ Me: () => ({ me: null }), CatalogueMajors: majorsAnswer, CourseCatalogue: catalogueServer });
    const router = renderAt('/courses?kind=core');
    await screen.findByTestId('catalogue-results');

    // kinds count every kind (the kind's own filter left out); levels and majors count core courses
    expect(options('kind')).toEqual([
      ['全部', true],
      ['专业基础课（1）', true],
      ['专业核心课（2）', true],
    ]);
    expect(options('level')).toEqual([
      ['全部', true],
      ['入门（0）', false],
      ['进阶（0）', false],
      ['高级（2）', true],
    ]);
    expect(options('major')).toEqual([
      ['全部', true],
      ['数控技术（2）', true],
      ['机械制造及自动化（0）', false],
    ]);
    // a disabled option cannot be chosen
    await userEvent.click(within(screen.getByTestId('catalogue-filter-level')).getByText('入门'));
    expect(router.state.location.search).toBe('?kind=core');

    // choosing a level changes the kinds' counts; the chosen kind stays choosable even at 0
    await userEvent.click(within(screen.getByTestId('catalogue-filter-kind')).getByText('专业基础课'));
    await waitFor(() => expect(router.state.location.search).toBe('?kind=foundation'));
    await waitFor(() => expect(options('level')).toEqual([['全部', true], ['入门（1）', true], ['进阶（0）', false], ['高级（0）', false]]));
    await userEvent.click(within(screen.getByTestId('catalogue-filter-level')).getByText('入门'));
    await waitFor(() => expect(router.state.location.search).toBe('?kind=foundation&level=introductory'));
    await waitFor(() => expect(options('kind')).toEqual([['全部', true], ['专业基础课（1）', true], ['专业核心课（0）', false]]));

    // English: the count's own format
    await i18n.changeLanguage('en');
    await waitFor(() => expect(options('level')[1]).toEqual(['Introductory(1)', true]));
    expect(within(screen.getByTestId('catalogue-filter-level')).getAllByTestId('catalogue-choice-count')[0]).toHaveTextContent(/^\(1\)$/);
  });

  it('a filter goes into the URL, back and forward walk through the choices', async () => {
    const { calls } = mockGraphql({ Me: () => ({ me: null }), CatalogueMajors: majorsAnswer, CourseCatalogue: catalogueServer });
    const router = renderAt('/courses?page=2');
    await screen.findByTestId('catalogue-results');

    await userEvent.click(within(screen.getByTestId('catalogue-filter-kind')).getByText('专业基础课'));
    await waitFor(() => expect(router.state.location.search).toBe('?kind=foundation'));
    await waitFor(() => expect(cardNames()).toEqual(['机械制图与CAD']));
    expect(asked(calls).at(-1)).toMatchObject({ kind: 'FOUNDATION', offset: 0 });

    await userEvent.click(within(screen.getByTestId('catalogue-filter-major')).getByText('数控技术'));
    await waitFor(() => expect(router.state.location.search).toBe('?major=460103&kind=foundation'));
    expect(await screen.findByTestId('catalogue-results')).toBeInTheDocument();
    await waitFor(() => expect(asked(calls).at(-1)).toMatchObject({ major: '460103', kind: 'FOUNDATION' }));

    await router.navigate(-1);
    await waitFor(() => expect(router.state.location.search).toBe('?kind=foundation'));
    await waitFor(() => expect(within(screen.getByTestId('catalogue-filter-major')).getByRole('radio', { name: '全部' })).toBeChecked());
    await router.navigate(-1);
    await waitFor(() => expect(within(screen.getByTestId('catalogue-filter-kind')).getByRole('radio', { name: '全部' })).toBeChecked());
    await waitFor(() => expect(cardNames()).toHaveLength(3));

    // 全部 removes a filter; 清除筛选 removes them all
    await userEvent.click(within(screen.getByTestId('catalogue-filter-level')).getByText('高级'));
    await waitFor(() => expect(router.state.location.search).toBe('?level=advanced'));
    await userEvent.click(within(screen.getByTestId('catalogue-filter-level')).getByText('全部'));
    await waitFor(() => expect(router.state.location.search).toBe(''));
    await userEvent.click(within(screen.getByTestId('catalogue-filter-kind')).getByText('专业核心课'));
    await userEvent.click(await screen.findByTestId('catalogue-clear'));
    await waitFor(() => expect(router.state.location.search).toBe(''));
  });

  it('searches the words typed and keeps the filters', async () => {
    const { calls } = mockGraphql({ Me: () => ({ me: null }), CatalogueMajors: majorsAnswer, CourseCatalogue: catalogueServer });
    const router = renderAt('/courses?kind=core');
    await screen.findByTestId('catalogue-results');

    const field = screen.getByRole('searchbox', { name: '搜索课程' });
    fill(field, '多轴');
    await userEvent.type(field, '{Enter}');
    await waitFor(() => expect(router.state.location.search).toBe(`?${new URLSearchParams({ kind: 'core', q: '多轴' })}`));
    await waitFor(() => expect(cardNames()).toEqual(['多轴加工技术']));
    expect(screen.getByTestId('catalogue-total')).toHaveTextContent('“多轴”共找到 1 门课程');
    expect(asked(calls).at(-1)).toMatchObject({ kind: 'CORE', search: '多轴' });
  });

  it('nothing matching: says so and 清除筛选 shows every course', async () => {
    mockGraphql({ Me: () => ({ me: null }), CatalogueMajors: majorsAnswer, CourseCatalogue: catalogueServer });
    const router = renderAt('/courses?kind=foundation&level=advanced');

    const empty = await screen.findByTestId('catalogue-empty');
    expect(empty).toHaveTextContent('没有符合条件的课程');
    expect(screen.getByTestId('catalogue-total')).toHaveTextContent('共 0 门课程');

    await userEvent.click(within(empty).getByRole('button', { name: '清除筛选' }));
    await waitFor(() => expect(router.state.location.search).toBe(''));
    await waitFor(() => expect(cardNames()).toHaveLength(3));
  });

  it('pages through a long list, the page in the URL', async () => {
    const { calls } = mockGraphql({
      Me: () => ({ me: null }),
      CatalogueMajors: majorsAnswer,
      CourseCatalogue: (variables) => catalogueAnswer([catalogueCourse({ id: `p${String(variables.offset)}` })], 30),
    });
    const router = renderAt('/courses?level=intermediate');
    await screen.findByTestId('catalogue-results');
    expect(screen.getByTestId('catalogue-total')).toHaveTextContent('共 30 门课程');

    await userEvent.click(within(screen.getByRole('navigation', { name: '课程分页' })).getByText('3'));
    await waitFor(() => expect(router.state.location.search).toBe('?level=intermediate&page=3'));
    await waitFor(() => expect(asked(calls).at(-1)).toMatchObject({ level: 'INTERMEDIATE', offset: 24, limit: 12 }));
  });

  it('a failed load offers to retry', async () => {
    let fail = true;
    mockGraphql({
      Me: () => ({ me: null }),
      CatalogueMajors: majorsAnswer,
      CourseCatalogue: (variables) => (fail ? graphqlError('INTERNAL', '服务暂时不可用') : catalogueServer(variables)),
    });
    renderAt('/courses');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('服务暂时不可用');
    expect(screen.getByTestId('catalogue-total')).toBeEmptyDOMElement();
    fail = false;
    await userEvent.click(within(alert).getByRole('button', { name: /重试/ }));
    await waitFor(() => expect(cardNames()).toHaveLength(3));
  });

  it('on a phone the filters are in a drawer and the chosen ones show as removable chips', async () => {
    vi.mocked(window.matchMedia).mockRestore();
    mockGraphql({ Me: () => ({ me: null }), CatalogueMajors: majorsAnswer, CourseCatalogue: catalogueServer });
    const router = renderAt('/courses?kind=core');
    await screen.findByTestId('catalogue-results');
    expect(screen.queryByTestId('catalogue-filters')).not.toBeInTheDocument();

    await userEvent.click(screen.getByTestId('catalogue-open-filters'));
    const drawer = await screen.findByRole('dialog');
    await userEvent.click(within(within(drawer).getByTestId('catalogue-filter-level')).getByText('高级'));
    await waitFor(() => expect(router.state.location.search).toBe('?kind=core&level=advanced'));
    await waitFor(() => expect(within(drawer).getByTestId('catalogue-filters-done')).toHaveTextContent('查看 2 门课程'));
    await userEvent.click(within(drawer).getByTestId('catalogue-filters-done'));

    const chips = screen.getAllByTestId('catalogue-active-filter');
    expect(chips.map((chip) => chip.textContent)).toEqual(['专业核心课', '高级']);
    await userEvent.click(screen.getByRole('button', { name: '移除条件：专业核心课' }));
    await waitFor(() => expect(router.state.location.search).toBe('?level=advanced'));
  });
});

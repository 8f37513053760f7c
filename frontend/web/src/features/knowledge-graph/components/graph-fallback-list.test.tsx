import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import i18n from '@/lib/i18n';
import { smallMajor } from '@/testing/fixtures';
import { renderWithProviders } from '@/testing/render';
import { GraphFallbackList } from './graph-fallback-list';

describe('GraphFallbackList', () => {
  beforeEach(async () => {
    await i18n.changeLanguage('zh-CN');
  });

  it('lists every course as a link with its prerequisites, skill points and jobs', async () => {
    renderWithProviders(<GraphFallbackList graph={smallMajor()} />);

    const list = await screen.findByTestId('graph-fallback-list');
    const items = within(list).getAllByRole('listitem').filter((li) => li.parentElement === list);
    expect(items).toHaveLength(5);

    const craft = items[2];
    expect(within(craft).getByRole('heading', { name: '数控加工工艺与编程' })).toBeInTheDocument();
    expect(within(craft).getByRole('link', { name: '数控加工工艺与编程' })).toHaveAttribute('href', '/courses/3');
    expect(within(craft).getByRole('link', { name: '机械制图与CAD' })).toHaveAttribute('href', '/courses/1');
    expect(within(craft).getByRole('link', { name: '机械制造基础' })).toHaveAttribute('href', '/courses/2');
    expect(craft).toHaveTextContent('加工工艺卡编制→数控编程员、数控车工');
    expect(within(items[0]).getByText('无先修课程')).toBeInTheDocument();
    // from the course knowledge graphs: point counts and the jobs the points map to
    expect(within(craft).getByTestId('course-point-counts')).toHaveTextContent('2 个技能点 · 5 个知识点');
    expect(within(craft).getByTestId('course-jobs')).toHaveTextContent('数控编程员、数控车工');
    expect(within(items[0]).getByTestId('course-jobs')).toHaveTextContent('暂无对应岗位');
  });

  it('navigates to the course page when a link is followed', async () => {
    const { router } = renderWithProviders(<GraphFallbackList graph={smallMajor()} />);

    await userEvent.click(await screen.findByRole('link', { name: '零件几何量检测' }));

    expect(await screen.findByTestId('course-route')).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/courses/5');
  });

  it('is translated', async () => {
    await i18n.changeLanguage('en');
    renderWithProviders(<GraphFallbackList graph={smallMajor()} />);

    expect(await screen.findByRole('heading', { name: 'Course system (text version)' })).toBeInTheDocument();
    expect(screen.getAllByText('Core course')).toHaveLength(3);
  });
});

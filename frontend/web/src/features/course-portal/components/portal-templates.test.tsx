import { fireEvent, screen, within } from '@testing-library/react';
import type { PortalTemplate } from '@zyk/shared';
import i18n from '@/lib/i18n';
import { renderWithProviders } from '@/testing/render';
import { portalCourse, portalData } from '../testing/portal-fixtures';
import { portalLayout } from './portal-templates';

const slots = {
  outline: <section data-testid="slot-outline">outline</section>,
  graph: <section data-testid="slot-graph">graph</section>,
  qa: <section data-testid="slot-qa">qa</section>,
  skills: <section data-testid="slot-skills">skills</section>,
  prerequisites: <section data-testid="slot-prerequisites">prerequisites</section>,
};

function renderTemplate(template: PortalTemplate, portal = portalData(template)) {
  const Template = portalLayout(template);
  return renderWithProviders(
    <Template course={portalCourse()} portal={portal} sections={slots} tools={<a data-testid="slot-tools">tools</a>} />,
  );
}

/** True when `a` comes before `b` in the document. */
const before = (a: Element, b: Element) => Boolean(a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING);

describe('course portal templates', () => {
  beforeEach(async () => {
    await i18n.changeLanguage('zh-CN');
  });

  it.each(['CLASSIC', 'VISUAL', 'COMPACT'] as PortalTemplate[])('%s shows the whole portal and every section', (template) => {
    const { container } = renderTemplate(template);
    const root = container.querySelector('[data-template]');
    expect(root).toHaveAttribute('data-template', template.toLowerCase());

    expect(screen.getByTestId('course-name')).toHaveTextContent('数控加工工艺与编程');
    const tags = screen.getByTestId('portal-tags');
    expect(tags).toHaveTextContent('专业核心课');
    expect(within(tags).getByTestId('portal-level')).toHaveTextContent('中级');
    expect(screen.getByRole('navigation', { name: '面包屑导航' })).toHaveTextContent('数控技术');
    expect(screen.getByTestId('portal-intro')).toHaveTextContent('本课程以典型零件为载体。');

    // The standard: goals grouped by kind in the fixed order, modules with their total, methods, weights.
    const goals = screen.getByTestId('standard-goals');
    expect(within(goals).getAllByRole('heading', { level: 4 }).map((h) => h.textContent)).toEqual(['知识目标', '能力目标', '素质目标']);
    const knowledge = goals.querySelector('[data-kind="KNOWLEDGE"]') as HTMLElement;
    expect(within(knowledge).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['掌握数控加工工艺分析方法', '熟悉 FANUC 常用 G 指令']);
    const modules = screen.getByTestId('standard-modules');
    // (Inside the visual template's tabs the inactive parts are hidden, hence `hidden: true`.)
    expect(within(modules).getAllByRole('row', { hidden: true })).toHaveLength(4);
    expect(modules).toHaveTextContent('数控车削编程');
    expect(screen.getByTestId('standard-total-hours')).toHaveTextContent('36');
    expect(screen.getByTestId('standard-methods')).toHaveTextContent('项目教学');
    const parts = screen.getAllByTestId('assessment-item');
    expect(parts.map((part) => within(part).getByRole('progressbar', { hidden: true }).getAttribute('aria-valuenow'))).toEqual(['40', '60']);
    expect(parts[1]).toHaveTextContent('期末考核60%');

    // The team, lead first, and every section of the course page.
    const team = within(screen.getByTestId('teacher-team')).getAllByRole('listitem');
    expect(team.map((li) => li.textContent)).toEqual([expect.stringContaining('张海涛'), expect.stringContaining('李晓燕')]);
    for (const slot of ['outline', 'graph', 'qa', 'skills', 'prerequisites', 'tools']) expect(screen.getByTestId(`slot-${slot}`)).toBeInTheDocument();
  });

  it('classic keeps the hero and a side column with the team, the facts and the prerequisites', () => {
    renderTemplate('CLASSIC');
    const side = screen.getByTestId('portal-sidebar');
    expect(within(side).getByTestId('teacher-team')).toBeInTheDocument();
    expect(within(side).getByTestId('portal-facts')).toHaveTextContent('课程层次中级');
    expect(within(side).getByTestId('slot-prerequisites')).toBeInTheDocument();
    expect(within(side).queryByTestId('slot-graph')).not.toBeInTheDocument();
    expect(screen.queryByTestId('portal-banner')).not.toBeInTheDocument();
    expect(screen.queryByTestId('portal-chips')).not.toBeInTheDocument();
    expect(screen.getByTestId('portal-standard')).toHaveAttribute('data-layout', 'sections');
  });

  it('visual has a generated banner without a cover, the graph first, the standard in tabs and photo cards', () => {
    renderTemplate('VISUAL');
    const banner = screen.getByTestId('portal-banner');
    expect(banner).toHaveAttribute('data-cover', 'generated');
    expect(within(banner).getByTestId('course-name')).toBeInTheDocument();
    expect(banner.querySelector('svg')).not.toBeNull();
    expect(screen.getByTestId('portal-strip')).toHaveTextContent('教师2');
    expect(before(screen.getByTestId('slot-graph'), screen.getByTestId('portal-intro'))).toBe(true);
    expect(before(screen.getByTestId('slot-graph'), screen.getByTestId('portal-standard'))).toBe(true);
    expect(screen.getByTestId('portal-standard')).toHaveAttribute('data-layout', 'tabs');
    expect(screen.getAllByRole('tab').map((tab) => tab.textContent)).toEqual(['课程目标', '内容与学时', '教学方法', '考核方式']);
    expect(screen.getByTestId('teacher-team')).toHaveAttribute('data-variant', 'cards');
    expect(screen.getByTestId('teacher-photo')).toHaveAttribute('src', '/media/t21.jpg');
    expect(screen.queryByTestId('portal-sidebar')).not.toBeInTheDocument();
  });

  it('visual shows the cover picture when there is one', () => {
    renderTemplate('VISUAL', portalData('VISUAL', { coverUrl: '/media/cover.jpg' }));
    expect(screen.getByTestId('portal-banner')).toHaveAttribute('data-cover', 'image');
    expect(screen.getByTestId('portal-cover')).toHaveAttribute('src', '/media/cover.jpg');
  });

  it('compact is one column with section chips and sections that fold', () => {
    renderTemplate('COMPACT');
    const chips = within(screen.getByTestId('portal-chips')).getAllByRole('link');
    expect(chips.map((chip) => chip.textContent)).toEqual(['课程介绍', '课程标准', '教学团队', '课程大纲', '知识图谱', '知识问答', '技能点', '先修课程']);
    expect(chips[1]).toHaveAttribute('href', '#portal-standard');
    expect(screen.getByTestId('teacher-team')).toHaveAttribute('data-variant', 'compact');
    expect(screen.queryByTestId('portal-banner')).not.toBeInTheDocument();
    expect(screen.queryByTestId('portal-sidebar')).not.toBeInTheDocument();

    const folds = screen.getAllByTestId('portal-fold');
    expect(folds.every((fold) => fold.getAttribute('data-collapsed') === 'false')).toBe(true);
    const standard = folds.find((fold) => fold.getAttribute('data-fold') === 'standard')!;
    const toggle = within(standard).getByRole('button', { name: '收起「课程标准」' });
    fireEvent.click(toggle);
    expect(standard).toHaveAttribute('data-collapsed', 'true');
    expect(within(standard).getByRole('button', { name: '展开「课程标准」' })).toHaveAttribute('aria-expanded', 'false');
    // Its chip opens it again.
    fireEvent.click(chips[1]);
    expect(standard).toHaveAttribute('data-collapsed', 'false');
  });

  it('an unknown template falls back to classic', () => {
    const Template = portalLayout('FUTURE');
    const { container } = renderWithProviders(<Template course={portalCourse()} portal={portalData()} sections={{}} />);
    expect(container.querySelector('[data-template]')).toHaveAttribute('data-template', 'classic');
  });
});

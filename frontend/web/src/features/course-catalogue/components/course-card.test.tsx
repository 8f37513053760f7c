import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import i18n from '@/lib/i18n';
import { renderWithProviders } from '@/testing/render';
import { catalogueCourse } from '../testing/catalogue';
import { CourseCard } from './course-card';

describe('CourseCard', () => {
  beforeEach(async () => {
    await i18n.changeLanguage('zh-CN');
  });

  it('shows the name, kind and level, hours and credits, summary and the lead teacher', () => {
    renderWithProviders(<CourseCard course={catalogueCourse()} />);
    const card = screen.getByTestId('course-card');

    expect(within(card).getByRole('heading', { name: '数控车削加工技术' })).toBeInTheDocument();
    expect(within(card).getByTestId('course-card-kind')).toHaveTextContent('专业核心课');
    expect(within(card).getByTestId('course-card-level')).toHaveTextContent('进阶');
    expect(card).toHaveTextContent('96 学时');
    expect(card).toHaveTextContent('6 学分');
    expect(card).toHaveTextContent('以典型轴类、盘套类零件为载体');
    // the lead teacher, although listed second
    const teacher = within(card).getByTestId('course-card-teacher');
    expect(teacher).toHaveTextContent('王建国');
    expect(teacher).toHaveTextContent('教授');
    expect(teacher).not.toHaveTextContent('李明');
    expect(card).toHaveTextContent('数控技术');
  });

  it('opens the course page', async () => {
    const { router } = renderWithProviders(<CourseCard course={catalogueCourse({ id: '42' })} />);
    const link = screen.getByTestId('course-card-link');
    expect(link).toHaveAttribute('href', '/courses/42');
    await userEvent.click(link);
    expect(router.state.location.pathname).toBe('/courses/42');
  });

  it('draws a cover from the kind’s colours without a picture, the same one every time', () => {
    const { unmount } = renderWithProviders(<CourseCard course={catalogueCourse({ kind: 'FOUNDATION', name: '机械制图与CAD' })} />);
    const cover = screen.getByTestId('course-cover-generated');
    expect(cover).toHaveTextContent('机械制图与CAD');
    const background = cover.style.backgroundImage;
    expect(background).toContain('linear-gradient');
    expect(screen.queryByTestId('course-cover-image')).not.toBeInTheDocument();
    unmount();
    renderWithProviders(<CourseCard course={catalogueCourse({ kind: 'FOUNDATION', name: '机械制图与CAD' })} />);
    expect(screen.getByTestId('course-cover-generated').style.backgroundImage).toBe(background);
  });

  it('shows the cover picture, and the generated cover when the picture fails', () => {
    renderWithProviders(<CourseCard course={catalogueCourse({ coverUrl: '/media/covers/21.jpg' })} />);
    const image = screen.getByTestId('course-cover-image');
    expect(image).toHaveAttribute('src', '/media/covers/21.jpg');
    expect(image).toHaveAttribute('loading', 'lazy');
    expect(image).toHaveAttribute('alt', '');
    fireEvent.error(image);
    expect(screen.getByTestId('course-cover-generated')).toBeInTheDocument();
  });

  it('says when the team is not known yet, and speaks English', async () => {
    await i18n.changeLanguage('en');
    renderWithProviders(<CourseCard course={catalogueCourse({ teachers: [], level: 'ADVANCED', kind: 'FOUNDATION', hours: 64, credits: 1 })} />);
    const card = screen.getByTestId('course-card');
    expect(card).toHaveTextContent('Teaching team to be announced');
    expect(within(card).getByTestId('course-card-level')).toHaveTextContent('Advanced');
    expect(within(card).getByTestId('course-card-kind')).toHaveTextContent(/foundation/i);
    expect(card).toHaveTextContent('64 hours');
  });
});

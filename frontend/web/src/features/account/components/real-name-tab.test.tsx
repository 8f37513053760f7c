import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import i18n from '@/lib/i18n';
import { fakeMe, fill, mockGraphql, ok, refused } from '@/testing/graphql-mock';
import { renderApp } from '@/testing/render';

const ORGANISATIONS = [
  { id: '1', name: '华东机电职业技术学院', shortName: '华东机电', kind: 'SCHOOL', hasRoster: true },
  { id: '2', name: '示范企业', shortName: '示范', kind: 'ENTERPRISE', hasRoster: false },
];

async function chooseSchool(form: HTMLElement, name: string) {
  fireEvent.mouseDown(within(form).getByRole('combobox'));
  await userEvent.click(await screen.findByTitle(name));
}

// Whole-app renders with antd forms take a few seconds each in jsdom.
describe('real-name verification', { timeout: 20_000 }, () => {
  beforeEach(async () => {
    await i18n.changeLanguage('zh-CN');
  });
  afterEach(() => vi.unstubAllGlobals());

  it('asks for the school, name and number before sending', async () => {
    const { calls } = mockGraphql({
      Me: () => ({ me: fakeMe({ realName: '' }) }),
      OrganisationsForRealName: () => ({ organisationsForRealName: ORGANISATIONS }),
    });
    renderApp('/me/real-name');
    const form = await screen.findByTestId('real-name-form');
    await userEvent.click(within(form).getByTestId('real-name-submit'));

    expect(await within(form).findByText('请选择学校或单位')).toBeInTheDocument();
    expect(within(form).getByText('请输入真实姓名')).toBeInTheDocument();
    expect(within(form).getByText('请输入学号或工号')).toBeInTheDocument();
    expect(calls.map((call) => call.operation)).not.toContain('RealNameClaim');
  });

  it('shows an unknown number under the number field', async () => {
    mockGraphql({
      Me: () => ({ me: fakeMe() }),
      OrganisationsForRealName: () => ({ organisationsForRealName: ORGANISATIONS }),
      RealNameClaim: () => ({ realNameClaim: { ...refused('NOT_FOUND', '名册上没有学号 2024001。', 'number'), status: null, claim: null } }),
    });
    renderApp('/me/real-name');
    const form = await screen.findByTestId('real-name-form');
    await chooseSchool(form, '华东机电职业技术学院');
    fill(within(form).getByLabelText('学号 / 工号'), '2024001');
    await userEvent.click(within(form).getByTestId('real-name-submit'));

    expect(await within(form).findByText('名册上没有学号 2024001。')).toBeInTheDocument();
  });

  it('shows the badge once the roster matches', async () => {
    let me = fakeMe();
    const { calls } = mockGraphql({
      Me: () => ({ me }),
      OrganisationsForRealName: () => ({ organisationsForRealName: ORGANISATIONS }),
      RealNameClaim: () => {
        me = fakeMe({ realNameStatus: 'VERIFIED', realNameVerified: true, studentOrStaffNumber: 'T2024001' });
        return { realNameClaim: { ...ok(), status: 'VERIFIED', claim: null } };
      },
    });
    renderApp('/me/real-name');
    const form = await screen.findByTestId('real-name-form');
    await chooseSchool(form, '华东机电职业技术学院');
    fill(within(form).getByLabelText('学号 / 工号'), 'T2024001');
    await userEvent.click(within(form).getByTestId('real-name-submit'));

    expect(await screen.findByText('T2024001')).toBeInTheDocument();
    expect(screen.getAllByTestId('verified-badge').length).toBeGreaterThan(0);
    expect(calls.find((call) => call.operation === 'RealNameClaim')?.variables).toEqual({
      organisationId: '1',
      name: '张海涛',
      number: 'T2024001',
    });
  });
});

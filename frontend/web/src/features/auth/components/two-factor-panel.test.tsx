import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import i18n from '@/lib/i18n';
import { fakeMe, fill, mockGraphql, ok, refused } from '@/testing/graphql-mock';
import { renderApp } from '@/testing/render';

const admin = (enrolled: boolean, verified = false) =>
  fakeMe({ isAdministrator: true, platformRole: 'SYSTEM_ADMIN', twoFactor: { required: true, enrolled, verified } });

// Whole-app renders with antd forms take a few seconds each in jsdom.
describe('the two-factor step', { timeout: 20_000 }, () => {
  beforeEach(async () => {
    await i18n.changeLanguage('zh-CN');
  });
  afterEach(() => vi.unstubAllGlobals());

  it('sets up an authenticator once: QR code, the key to type, then the first code', async () => {
    let me = admin(false);
    const { calls } = mockGraphql({
      Me: () => ({ me }),
      TwoFactorEnrolStart: () => ({
        twoFactorEnrolStart: { ...ok(), otpauthUrl: 'otpauth://totp/ZYK:sysadmin?secret=JBSWY3DPEHPK3PXP', secret: 'JBSWY3DPEHPK3PXP' },
      }),
      TwoFactorEnrolConfirm: ({ code }) => {
        if (code !== '123456') return { twoFactorEnrolConfirm: { ...refused('INVALID_CODE', '动态验证码不正确。', 'code'), me: null } };
        me = admin(true, true);
        return { twoFactorEnrolConfirm: { ...ok(), me } };
      },
      MySessions: () => ({ mySessions: { totalCount: 0, items: [] } }),
    });
    renderApp('/two-factor?next=%2Fme%2Fdevices');

    expect(await screen.findByTestId('two-factor-secret')).toHaveTextContent('JBSW Y3DP EHPK 3PXP');
    const form = screen.getByTestId('two-factor-form');
    fill(within(form).getByLabelText('动态验证码'), '000000');
    await userEvent.click(within(form).getByTestId('two-factor-submit'));
    expect(await within(form).findByText('动态验证码不正确。')).toBeInTheDocument();

    fill(within(form).getByLabelText('动态验证码'), '123456');
    await userEvent.click(within(form).getByTestId('two-factor-submit'));
    expect(await screen.findByTestId('sessions')).toBeInTheDocument();
    await waitFor(() => expect(calls.filter((call) => call.operation === 'TwoFactorEnrolStart')).toHaveLength(1));
  });

  it('asks an enrolled administrator for the code only', async () => {
    mockGraphql({ Me: () => ({ me: admin(true) }) });
    renderApp('/two-factor');
    expect(await screen.findByTestId('two-factor-form')).toBeInTheDocument();
    expect(screen.queryByTestId('two-factor-secret')).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('二次验证');
  });
});

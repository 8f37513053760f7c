import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import i18n from '@/lib/i18n';
import { fakeMe, fill, mockGraphql, ok, refused } from '@/testing/graphql-mock';
import { renderApp } from '@/testing/render';

// Whole-app renders with antd forms take a few seconds each in jsdom.
describe('the login page', { timeout: 20_000 }, () => {
  beforeEach(async () => {
    await i18n.changeLanguage('zh-CN');
  });
  afterEach(() => vi.unstubAllGlobals());

  it('asks for the account and password before sending anything', async () => {
    const { calls } = mockGraphql({ Me: () => ({ me: null }) });
    renderApp('/login');
    const form = await screen.findByTestId('password-login-form');

    await userEvent.click(within(form).getByTestId('login-submit'));

    expect(await within(form).findByText('请输入账号、手机号或邮箱')).toBeInTheDocument();
    expect(within(form).getByText('请输入密码')).toBeInTheDocument();
    expect(calls.map((call) => call.operation)).not.toContain('LoginWithPassword');
  });

  it('shows a wrong password as a titled alert with the server message, and empties the password', async () => {
    mockGraphql({
      Me: () => ({ me: null }),
      LoginWithPassword: () => ({ loginWithPassword: { ...refused('INVALID_CREDENTIALS', '账号或密码错误。'), me: null, twoFactorRequired: null } }),
    });
    renderApp('/login');
    const form = await screen.findByTestId('password-login-form');
    fill(within(form).getByLabelText('账号'), 'teacher');
    fill(within(form).getByLabelText('密码'), 'nope-nope');
    await userEvent.click(within(form).getByTestId('login-submit'));

    const alert = await within(form).findByTestId('form-alert');
    expect(alert).toHaveAttribute('data-code', 'INVALID_CREDENTIALS');
    expect(alert).toHaveTextContent('账号或密码错误');
    expect(within(alert).getByTestId('form-alert-message')).toHaveTextContent('账号或密码错误。');
    expect(within(form).getByLabelText('密码')).toHaveValue('');
  });

  it('offers password recovery when the account is locked', async () => {
    mockGraphql({
      Me: () => ({ me: null }),
      LoginWithPassword: () => ({
        loginWithPassword: { ...refused('ACCOUNT_LOCKED', '账号已锁定 30 分钟。'), me: null, twoFactorRequired: null },
      }),
    });
    renderApp('/login?next=%2Fcourses%2F5');
    const form = await screen.findByTestId('password-login-form');
    fill(within(form).getByLabelText('账号'), 'teacher');
    fill(within(form).getByLabelText('密码'), 'whatever1');
    await userEvent.click(within(form).getByTestId('login-submit'));

    const alert = await within(form).findByTestId('form-alert');
    expect(alert).toHaveTextContent('账号已锁定');
    expect(within(alert).getByRole('link', { name: '通过找回密码立即解锁' })).toHaveAttribute(
      'href',
      '/forgot-password?next=%2Fcourses%2F5',
    );
  });

  it('goes on to ?next= after logging in, and ignores a next that leaves the site', async () => {
    let me: ReturnType<typeof fakeMe> | null = null;
    mockGraphql({
      Me: () => ({ me }),
      LoginWithPassword: () => {
        me = fakeMe();
        return { loginWithPassword: { ...ok(), me, twoFactorRequired: false } };
      },
      MyLoginHistory: () => ({ myLoginHistory: { totalCount: 0, items: [] } }),
    });
    renderApp('/login?next=%2Fme%2Fhistory');
    const form = await screen.findByTestId('password-login-form');
    fill(within(form).getByLabelText('账号'), 'teacher');
    fill(within(form).getByLabelText('密码'), 'Right-pass1');
    await userEvent.click(within(form).getByTestId('login-submit'));

    expect(await screen.findByTestId('login-history')).toBeInTheDocument();
    expect(screen.getByTestId('user-menu')).toHaveTextContent('张海涛');
  });

  it('sends administrators to the two-factor step first', async () => {
    let me: ReturnType<typeof fakeMe> | null = null;
    mockGraphql({
      Me: () => ({ me }),
      LoginWithPassword: () => {
        me = fakeMe({ isAdministrator: true, twoFactor: { required: true, enrolled: true, verified: false } });
        return { loginWithPassword: { ...ok(), me, twoFactorRequired: true } };
      },
    });
    renderApp('/login?next=%2Fadmin%2F');
    const form = await screen.findByTestId('password-login-form');
    fill(within(form).getByLabelText('账号'), 'sysadmin');
    fill(within(form).getByLabelText('密码'), 'Right-pass1');
    await userEvent.click(within(form).getByTestId('login-submit'));

    expect(await screen.findByTestId('two-factor-form')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('二次验证');
  });

  it('checks the phone number before sending an SMS code, then counts down 60 seconds', async () => {
    const { calls } = mockGraphql({ Me: () => ({ me: null }), LoginCodeSend: () => ({ loginCodeSend: ok() }) });
    renderApp('/login');
    await userEvent.click(await screen.findByRole('tab', { name: '短信登录' }));
    const form = await screen.findByTestId('sms-login-form');

    fill(within(form).getByLabelText('手机号'), '1234');
    await userEvent.click(within(form).getByTestId('send-code'));
    expect(await within(form).findByText('请输入有效的中国大陆手机号')).toBeInTheDocument();
    expect(calls.map((call) => call.operation)).not.toContain('LoginCodeSend');

    fill(within(form).getByLabelText('手机号'), '13912345678');
    await userEvent.click(within(form).getByTestId('send-code'));
    await waitFor(() => expect(within(form).getByTestId('send-code')).toHaveTextContent(/^(60|59) 秒后重发$/));
    expect(within(form).getByTestId('send-code')).toBeDisabled();
    expect(calls.find((call) => call.operation === 'LoginCodeSend')?.variables).toEqual({ phone: '13912345678' });
  });

  it('shows a wrong SMS code and a rate limit from the server', async () => {
    mockGraphql({
      Me: () => ({ me: null }),
      LoginCodeSend: () => ({ loginCodeSend: refused('RATE_LIMITED', '验证码发送过于频繁，请稍后再试。') }),
      LoginWithSmsCode: () => ({ loginWithSmsCode: { ...refused('INVALID_CODE', '验证码错误或已过期。', 'code'), me: null, twoFactorRequired: null } }),
    });
    renderApp('/login');
    await userEvent.click(await screen.findByRole('tab', { name: '短信登录' }));
    const form = await screen.findByTestId('sms-login-form');
    fill(within(form).getByLabelText('手机号'), '13912345678');
    await userEvent.click(within(form).getByTestId('send-code'));
    expect(await within(form).findByTestId('form-alert')).toHaveTextContent('操作过于频繁');

    fill(within(form).getByLabelText('验证码'), '123456');
    await userEvent.click(within(form).getByTestId('login-submit'));
    expect(await within(form).findByText('验证码错误或已过期。')).toBeInTheDocument();
  });

  it('explains a WeChat account that still has to be linked', async () => {
    mockGraphql({ Me: () => ({ me: null }) });
    renderApp('/login?wechat=bind&next=%2Fme');
    expect(await screen.findByTestId('wechat-notice')).toHaveTextContent('请完成微信绑定');
    expect(screen.queryByRole('tab', { name: '微信扫码' })).not.toBeInTheDocument();
  });

  it('links WeChat login to the server with the next page', async () => {
    mockGraphql({ Me: () => ({ me: null }), LoginOptions: () => ({ loginOptions: { wechatWeb: true } }) });
    renderApp('/login?next=%2Fme');
    await userEvent.click(await screen.findByRole('tab', { name: '微信扫码' }));
    const link = await screen.findByRole('link', { name: /微信扫码登录/ });
    expect(link).toHaveAttribute('href', '/auth/wechat/start?next=%2Fme');
  });

  it('offers no WeChat tab where WeChat login is not configured', async () => {
    mockGraphql({ Me: () => ({ me: null }), LoginOptions: () => ({ loginOptions: { wechatWeb: false } }) });
    renderApp('/login');
    await screen.findByTestId('password-login-form');
    await waitFor(() => expect(screen.getByRole('tab', { name: '短信登录' })).toBeInTheDocument());
    expect(screen.queryByRole('tab', { name: '微信扫码' })).not.toBeInTheDocument();
  });
});

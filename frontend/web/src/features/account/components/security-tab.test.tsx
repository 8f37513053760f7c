import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import i18n from '@/lib/i18n';
import { fakeMe, fill, mockGraphql, ok, refused } from '@/testing/graphql-mock';
import { renderApp } from '@/testing/render';

// Whole-app renders with antd forms take a few seconds each in jsdom.
describe('the security tab of the personal space', { timeout: 20_000 }, () => {
  beforeEach(async () => {
    await i18n.changeLanguage('zh-CN');
  });
  afterEach(() => vi.unstubAllGlobals());

  it('sends logged-out visitors to the login page first', async () => {
    mockGraphql({ Me: () => ({ me: null }) });
    renderApp('/me/security');
    expect(await screen.findByTestId('login-page')).toBeInTheDocument();
  });

  it('shows a wrong current password under its field', async () => {
    const { calls } = mockGraphql({
      Me: () => ({ me: fakeMe() }),
      PasswordChange: () => ({ passwordChange: refused('INVALID_CREDENTIALS', '当前密码不正确。', 'oldPassword') }),
    });
    renderApp('/me/security');
    const form = await screen.findByTestId('password-change-form');
    fill(within(form).getByLabelText('当前密码'), 'old-pass');
    fill(within(form).getByLabelText('新密码'), 'Newpass12');
    fill(within(form).getByLabelText('确认密码'), 'Newpass12');
    await userEvent.click(within(form).getByTestId('password-change-submit'));

    expect(await within(form).findByText('当前密码不正确。')).toBeInTheDocument();
    expect(calls.find((call) => call.operation === 'PasswordChange')?.method).toBe('POST');
    // Personal reads go by POST too.
    expect(calls.filter((call) => call.operation === 'Me').every((call) => call.method === 'POST')).toBe(true);
  });

  it('changes the phone number in two steps: new number and password, then the code', async () => {
    let me = fakeMe();
    const { calls } = mockGraphql({
      Me: () => ({ me }),
      ContactChangeStart: () => ({ contactChangeStart: ok() }),
      ContactChangeConfirm: () => {
        me = fakeMe({ phoneMasked: '138****8888' });
        return { contactChangeConfirm: { ...ok(), me } };
      },
    });
    renderApp('/me/security');
    await userEvent.click(await screen.findByTestId('contact-sms-toggle'));
    const start = await screen.findByTestId('contact-change-sms');
    fill(within(start).getByLabelText('新手机号'), '13800008888');
    fill(within(start).getByLabelText('当前密码'), 'Secret-1');
    await userEvent.click(within(start).getByRole('button', { name: '发送验证码' }));

    const confirm = await screen.findByTestId('contact-change-sms-confirm');
    fill(within(confirm).getByLabelText('验证码'), '246810');
    await userEvent.click(within(confirm).getByRole('button', { name: '确认更换' }));

    expect(await screen.findByText('138****8888')).toBeInTheDocument();
    expect(calls.find((call) => call.operation === 'ContactChangeConfirm')?.variables).toEqual({
      channel: 'SMS',
      target: '13800008888',
      code: '246810',
    });
  });
});

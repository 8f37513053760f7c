import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import i18n from '@/lib/i18n';
import { fakeMe, fill, mockGraphql, ok, refused } from '@/testing/graphql-mock';
import { renderApp } from '@/testing/render';

// Whole-app renders with antd forms take a few seconds each in jsdom.
describe('registration', { timeout: 20_000 }, () => {
  beforeEach(async () => {
    await i18n.changeLanguage('zh-CN');
  });
  afterEach(() => vi.unstubAllGlobals());

  it('ticks off the password rules while typing and refuses a weak password before sending', async () => {
    const { calls } = mockGraphql({ Me: () => ({ me: null }) });
    renderApp('/register');
    const form = await screen.findByTestId('register-start-form');
    const hint = within(form).getByTestId('password-hint');
    fill(within(form).getByLabelText('手机号'), '13912345678');

    fill(within(form).getByLabelText('密码'), 'abcdefgh');
    expect(hint.querySelectorAll('li[data-ok="true"]')).toHaveLength(2); // long enough, not the name
    await userEvent.click(within(form).getByTestId('register-start-submit'));
    expect(await within(form).findByText('密码不符合下列要求')).toBeInTheDocument();

    fill(within(form).getByLabelText('密码'), '13912345678');
    expect(hint.querySelector('li:last-child')).toHaveAttribute('data-ok', 'false');

    fill(within(form).getByLabelText('密码'), 'Abcdefg1');
    expect(hint.querySelectorAll('li[data-ok="true"]')).toHaveLength(3);
    fill(within(form).getByLabelText('确认密码'), 'Abcdefg2');
    await userEvent.click(within(form).getByTestId('register-start-submit'));
    expect(await within(form).findByText('两次输入的密码不一致')).toBeInTheDocument();
    expect(calls.map((call) => call.operation)).not.toContain('RegisterStart');
  });

  it('puts the server password policy message under the password field', async () => {
    mockGraphql({
      Me: () => ({ me: null }),
      RegisterStart: () => ({ registerStart: refused('INVALID_INPUT', '这个密码太常见了。', 'password') }),
    });
    renderApp('/register');
    const form = await screen.findByTestId('register-start-form');
    fill(within(form).getByLabelText('手机号'), '13912345678');
    fill(within(form).getByLabelText('密码'), 'Password1');
    fill(within(form).getByLabelText('确认密码'), 'Password1');
    await userEvent.click(within(form).getByTestId('register-start-submit'));

    expect(await within(form).findByText('这个密码太常见了。')).toBeInTheDocument();
    expect(within(form).queryByTestId('form-alert')).not.toBeInTheDocument();
  });

  it('sends a code, then confirms it and opens the personal space', async () => {
    let me: ReturnType<typeof fakeMe> | null = null;
    const { calls } = mockGraphql({
      Me: () => ({ me }),
      RegisterStart: () => ({ registerStart: ok() }),
      RegisterVerify: ({ code }) => {
        if (code !== '654321') return { registerVerify: { ...refused('INVALID_CODE', '验证码错误。', 'code'), me: null } };
        me = fakeMe({ username: 'u1a2b3', displayName: 'u1a2b3', realName: '', roles: [] });
        return { registerVerify: { ...ok(), me } };
      },
    });
    renderApp('/register');
    const form = await screen.findByTestId('register-start-form');
    fill(within(form).getByLabelText('手机号'), '139 1234 5678');
    fill(within(form).getByLabelText('密码'), 'Abcdefg1');
    fill(within(form).getByLabelText('确认密码'), 'Abcdefg1');
    await userEvent.click(within(form).getByTestId('register-start-submit'));

    const verify = await screen.findByTestId('register-verify-form');
    expect(within(verify).getByTestId('code-sent-to')).toHaveTextContent('13912345678');
    expect(calls.find((call) => call.operation === 'RegisterStart')?.variables).toEqual({
      channel: 'SMS',
      target: '13912345678',
      password: 'Abcdefg1',
    });

    fill(within(verify).getByLabelText('验证码'), '111111');
    await userEvent.click(within(verify).getByTestId('register-verify-submit'));
    expect(await within(verify).findByText('验证码错误。')).toBeInTheDocument();

    fill(within(verify).getByLabelText('验证码'), '654321');
    await userEvent.click(within(verify).getByTestId('register-verify-submit'));
    expect(await screen.findByTestId('account-page')).toBeInTheDocument();
  });

  it('fills in and submits the code of an email link by itself', async () => {
    const { calls } = mockGraphql({
      Me: () => ({ me: null }),
      RegisterVerify: () => ({ registerVerify: { ...refused('INVALID_CODE', '验证码已过期。', 'code'), me: null } }),
    });
    renderApp('/register?email=wei%40school.edu.cn&code=123456');

    const verify = await screen.findByTestId('register-verify-form');
    expect(within(verify).getByTestId('code-sent-to')).toHaveTextContent('wei@school.edu.cn');
    expect(within(verify).getByLabelText('验证码')).toHaveValue('123456');
    await waitFor(() =>
      expect(calls.find((call) => call.operation === 'RegisterVerify')?.variables).toEqual({
        channel: 'EMAIL',
        target: 'wei@school.edu.cn',
        code: '123456',
      }),
    );
    expect(await within(verify).findByText('验证码已过期。')).toBeInTheDocument();
    expect(calls.filter((call) => call.operation === 'RegisterVerify')).toHaveLength(1);
  });
});

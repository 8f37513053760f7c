import type { Rule } from 'antd/es/form';
import type { TFunction } from 'i18next';
import { checkPassword } from '@/lib/password-policy';

/** Mainland China mobile numbers, as the server accepts them (an optional +86 is dropped). */
export const PHONE_PATTERN = /^(?:\+?86)?1[3-9]\d{9}$/;
export const CODE_PATTERN = /^\d{6}$/;

export const normalisePhone = (value: string) => value.replace(/[\s-]/g, '').replace(/^\+?86(?=1\d{10}$)/, '');

/** antd Form rules with translated messages, shared by the login, registration and account forms. */
export function formRules(t: TFunction) {
  return {
    account: [{ required: true, whitespace: true, message: t('forms.accountRequired') }] as Rule[],
    password: [{ required: true, message: t('forms.passwordRequired') }] as Rule[],
    phone: [
      { required: true, whitespace: true, message: t('forms.phoneRequired') },
      {
        validator: (_rule, value: string | undefined) =>
          !value || PHONE_PATTERN.test(value.replace(/[\s-]/g, '')) ? Promise.resolve() : Promise.reject(new Error(t('forms.phoneInvalid'))),
      },
    ] as Rule[],
    email: [
      { required: true, whitespace: true, message: t('forms.emailRequired') },
      { type: 'email', message: t('forms.emailInvalid') },
    ] as Rule[],
    code: [
      { required: true, whitespace: true, message: t('forms.codeRequired') },
      { pattern: CODE_PATTERN, message: t('forms.codeInvalid') },
    ] as Rule[],
    /** A new password: the policy, checked before the server checks it again. */
    newPassword: (names: () => string[]): Rule[] => [
      { required: true, message: t('forms.passwordRequired') },
      {
        validator: (_rule, value: string | undefined) =>
          !value || checkPassword(value, names()).ok ? Promise.resolve() : Promise.reject(new Error(t('forms.passwordWeak'))),
      },
    ],
    /** Repeat of the field `other`. */
    confirm: (other: string): Rule[] => [
      { required: true, message: t('forms.confirmRequired') },
      ({ getFieldValue }) => ({
        validator: (_rule, value: string | undefined) =>
          !value || value === getFieldValue(other) ? Promise.resolve() : Promise.reject(new Error(t('forms.confirmMismatch'))),
      }),
    ],
  };
}

/** Seconds before the client offers to send another code (the server allows one a minute). */
export const CODE_RESEND_SECONDS = 60;

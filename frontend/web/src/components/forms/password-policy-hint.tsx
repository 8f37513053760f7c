import { CheckCircleFilled, MinusCircleOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { checkPassword, PASSWORD_MIN_CLASSES, PASSWORD_MIN_LENGTH } from '@/lib/password-policy';

/** The password rules, ticked off live as the user types (the server checks them again). */
export function PasswordPolicyHint({ password, names = [], id }: { password: string; names?: string[]; id?: string }) {
  const { t } = useTranslation();
  const check = checkPassword(password, names);
  const rules = [
    { key: 'length', ok: check.longEnough, text: t('password.rules.length', { count: PASSWORD_MIN_LENGTH }) },
    {
      key: 'classes',
      ok: check.enoughClasses,
      text: t('password.rules.classes', { count: PASSWORD_MIN_CLASSES, have: check.classes }),
    },
    { key: 'name', ok: Boolean(password) && check.notAccountName, text: t('password.rules.notAccountName') },
  ];
  return (
    <ul className="zyk-password-hint" id={id} aria-label={t('password.rules.label')} data-testid="password-hint">
      {rules.map((rule) => (
        <li key={rule.key} className={rule.ok ? 'is-ok' : undefined} data-ok={rule.ok}>
          {rule.ok ? <CheckCircleFilled aria-hidden /> : <MinusCircleOutlined aria-hidden />}
          <span>{rule.text}</span>
          <span className="zyk-visually-hidden">{rule.ok ? t('password.rules.met') : t('password.rules.notMet')}</span>
        </li>
      ))}
    </ul>
  );
}

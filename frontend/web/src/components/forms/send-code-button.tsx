import { Button } from 'antd';
import { useTranslation } from 'react-i18next';

/**
 * "Get code" next to a code input; after a code was sent it counts down (`seconds`) and then offers
 * to send again. The server limits codes to one a minute per number anyway.
 */
export function SendCodeButton({
  seconds,
  sent,
  loading,
  onClick,
  disabled,
}: {
  seconds: number;
  sent: boolean;
  loading?: boolean;
  onClick: () => void;
  disabled?: boolean;
}) {
  const { t } = useTranslation();
  const label = seconds > 0 ? t('auth.code.resendIn', { count: seconds }) : sent ? t('auth.code.resend') : t('auth.code.send');
  return (
    <Button
      className="zyk-send-code"
      onClick={onClick}
      loading={loading}
      disabled={disabled || seconds > 0}
      data-testid="send-code"
      aria-live="polite"
    >
      {label}
    </Button>
  );
}

import { WechatOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';

/**
 * WeChat QR login is a plain link: the server sends the browser to WeChat's QR page and back. When
 * the WeChat account is not linked yet it comes back to /login?wechat=bind (see LoginPanel).
 */
export function WechatLogin({ next }: { next: string }) {
  const { t } = useTranslation();
  const href = `/auth/wechat/start?${new URLSearchParams({ next }).toString()}`;
  return (
    <div className="zyk-wechat-login" data-testid="wechat-login">
      <WechatOutlined className="zyk-wechat-login__icon" aria-hidden />
      <p>{t('auth.wechat.description')}</p>
      <Button type="primary" size="large" block href={href} icon={<WechatOutlined />} className="zyk-wechat-login__button">
        {t('auth.wechat.start')}
      </Button>
      <p className="zyk-muted zyk-wechat-login__hint">{t('auth.wechat.hint')}</p>
    </div>
  );
}

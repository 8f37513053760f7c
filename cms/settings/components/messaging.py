"""SMS, email and WeChat (O2): providers chosen by settings, credentials only from the environment.

The adapters live in cms/accounts/messaging/ and read these settings at call time, so tests can point
them at local fake servers with ``override_settings`` (see tests/plugins/external_services.py).
"""

from django.core.exceptions import ImproperlyConfigured

from cms.settings.env import env_bool, env_int, env_str

# ---- SMS: "console" logs the message (development); "aliyun" is Alibaba Cloud SMS (dysmsapi SendSms).
SMS_PROVIDER = env_str("SMS_PROVIDER", "console")
if SMS_PROVIDER not in {"console", "aliyun"}:
    raise ImproperlyConfigured(f"SMS_PROVIDER must be 'console' or 'aliyun', not {SMS_PROVIDER!r}")
SMS_ALIYUN_ENDPOINT = env_str("SMS_ALIYUN_ENDPOINT", "https://dysmsapi.aliyuncs.com/")
SMS_ALIYUN_ACCESS_KEY_ID = env_str("SMS_ALIYUN_ACCESS_KEY_ID", "")
SMS_ALIYUN_ACCESS_KEY_SECRET = env_str("SMS_ALIYUN_ACCESS_KEY_SECRET", "")
SMS_SIGN_NAME = env_str("SMS_SIGN_NAME", "职教资源库")
# One approved template for verification codes; its only variable is ${code}.
SMS_TEMPLATE_CODE = env_str("SMS_TEMPLATE_CODE", "")

# ---- Email: Django's SMTP backend when a host is configured, otherwise printed to the console.
EMAIL_HOST = env_str("EMAIL_HOST", "")
EMAIL_BACKEND = (
    "django.core.mail.backends.smtp.EmailBackend" if EMAIL_HOST else "django.core.mail.backends.console.EmailBackend"
)
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", False)
EMAIL_USE_SSL = env_bool("EMAIL_USE_SSL", False)
EMAIL_PORT = env_int("EMAIL_PORT", 465 if EMAIL_USE_SSL else 587 if EMAIL_USE_TLS else 25)
EMAIL_HOST_USER = env_str("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = env_str("EMAIL_HOST_PASSWORD", "")
EMAIL_TIMEOUT = env_int("EMAIL_TIMEOUT", 10)
DEFAULT_FROM_EMAIL = env_str("DEFAULT_FROM_EMAIL", "no-reply@localhost")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# ---- WeChat: website app (QR login, open platform) and mini-program (jscode2session).
WECHAT_API_BASE = env_str("WECHAT_API_BASE", "https://api.weixin.qq.com").rstrip("/")
WECHAT_OPEN_BASE = env_str("WECHAT_OPEN_BASE", "https://open.weixin.qq.com").rstrip("/")
WECHAT_WEB_APPID = env_str("WECHAT_WEB_APPID", "")
WECHAT_WEB_SECRET = env_str("WECHAT_WEB_SECRET", "")
WECHAT_MINI_APPID = env_str("WECHAT_MINI_APPID", "")
WECHAT_MINI_SECRET = env_str("WECHAT_MINI_SECRET", "")

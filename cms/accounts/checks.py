"""Deployment checks (``manage.py check --deploy``): codes must really reach people in production (O2, S)."""

from django.conf import settings
from django.core.checks import Tags, Warning, register


@register(Tags.security, deploy=True)
def messaging_configured(app_configs, **kwargs) -> list:
    problems = []
    if settings.SMS_PROVIDER == "console":
        problems.append(
            Warning(
                "SMS_PROVIDER is 'console': verification codes would be written to the log, not sent.",
                hint="Set SMS_PROVIDER=aliyun with SMS_ALIYUN_ACCESS_KEY_ID/SECRET, SMS_SIGN_NAME, SMS_TEMPLATE_CODE.",
                id="zyk.W001",
            )
        )
    if "console" in settings.EMAIL_BACKEND or "locmem" in settings.EMAIL_BACKEND:
        problems.append(
            Warning(
                "Email is not sent (console or memory backend).",
                hint="Set EMAIL_HOST (and EMAIL_PORT, EMAIL_HOST_USER/PASSWORD, EMAIL_USE_TLS) for SMTP.",
                id="zyk.W002",
            )
        )
    return problems

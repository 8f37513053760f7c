"""Email through Django's configured backend (SMTP in production, see cms/settings/components/messaging.py)."""

import logging

from django.conf import settings
from django.core.mail import send_mail
from django.utils.translation import gettext as _

logger = logging.getLogger("zyk.email")


class EmailError(Exception):
    """The mail server did not take the message. ``str(error)`` is a translated message for users."""

    def __init__(self) -> None:
        super().__init__(_("The email could not be sent; please try again later."))


def mask_email(address: str) -> str:
    """a***@example.org: the domain helps diagnose delivery problems, the local part stays private."""
    local, _sep, domain = address.rpartition("@")
    return f"{local[:1]}***@{domain}" if local else "***"


def email_send(*, to: str, subject: str, body: str) -> None:
    """Send a plain-text message from ``settings.DEFAULT_FROM_EMAIL`` to one recipient."""
    try:
        send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, [to], fail_silently=False)
    except OSError as error:  # smtplib.SMTPException, refused connections and timeouts are all OSErrors
        logger.warning("Email to %s failed: %s: %s", mask_email(to), type(error).__name__, error)
        raise EmailError() from error

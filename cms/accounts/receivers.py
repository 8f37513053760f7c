"""Django auth signals → session services (receivers only call a service)."""

from django.contrib.auth.signals import user_logged_in, user_logged_out
from django.dispatch import receiver

from cms.accounts import sessions


@receiver(user_logged_in, dispatch_uid="zyk_login_session_open")
def login_session_open(sender, request, user, **kwargs) -> None:
    if request is not None and hasattr(request, "session"):
        sessions.web_session_open(request, user)


@receiver(user_logged_out, dispatch_uid="zyk_login_session_end")
def login_session_end(sender, request, user, **kwargs) -> None:
    if request is not None and user is not None:
        sessions.web_session_end(request, user)

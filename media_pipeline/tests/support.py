"""Helpers for the tus tests: a logged-in browser that sends the CSRF token like the SPA."""

import base64

from django.contrib.auth import get_user_model
from django.test import Client

CSRF_TOKEN = "abcdefghijklmnopqrstuvwxyz012345"  # a 32-character secret, as Django keeps in the cookie
TUS = {"Tus-Resumable": "1.0.0", "Accept-Language": "en"}


def user(username: str = "teacher"):
    return get_user_model().objects.create_user(username=username, password="correct horse battery staple")


def browser(account=None, *, csrf: bool = True) -> Client:
    client = Client(enforce_csrf_checks=True)
    client.cookies["csrftoken"] = CSRF_TOKEN
    if account is not None:
        client.force_login(account)
    client.csrf = csrf
    return client


def headers(client: Client, **extra) -> dict:
    values = dict(TUS)
    if getattr(client, "csrf", True):
        values["X-CSRFToken"] = CSRF_TOKEN
    values.update({key.replace("_", "-"): value for key, value in extra.items()})
    return values


def metadata(**pairs: str) -> str:
    return ",".join(f"{key} {base64.b64encode(value.encode()).decode()}" for key, value in pairs.items())


def create(client: Client, *, length: int, filename: str = "数控车床.mp4", **extra):
    return client.post(
        "/uploads/",
        headers=headers(client, Upload_Length=str(length), Upload_Metadata=metadata(filename=filename, **extra)),
    )


def patch(client: Client, url: str, data: bytes, *, offset: int, content_type="application/offset+octet-stream"):
    return client.generic(
        "PATCH", url, data=data, content_type=content_type, headers=headers(client, Upload_Offset=str(offset))
    )


def head(client: Client, url: str):
    return client.head(url, headers=headers(client))

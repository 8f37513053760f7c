"""Fixtures for every API test: browsers with their own cookies and IP, administrators past two-factor login."""

import itertools

import pytest
from django.test import Client

from cms.accounts.services import role_groups_ensure

_ips = itertools.count(1)


class Browser:
    """A browser (its own cookies and its own IP address) speaking GraphQL to the real endpoint."""

    def __init__(self, ip: str | None = None) -> None:
        self.client = Client(REMOTE_ADDR=ip or f"10.{next(_ips) % 250}.{next(_ips) % 250}.{next(_ips) % 250}")

    def gql(self, query: str, variables: dict | None = None, **headers) -> dict:
        response = self.client.post(
            "/graphql/",
            {"query": query, "variables": variables or {}},
            content_type="application/json",
            HTTP_ACCEPT_LANGUAGE="en",
            **headers,
        )
        return response.json()

    def mutate(self, query: str, variables: dict | None = None, **headers) -> dict:
        """The payload of the (single) mutation in ``query``."""
        body = self.gql(query, variables, **headers)
        assert "errors" not in body, body
        return next(iter(body["data"].values()))


@pytest.fixture
def browser():
    return Browser()


@pytest.fixture
def new_browser():
    return Browser


@pytest.fixture
def groups(db):
    return role_groups_ensure()


def totp_now(device, drift: int = 0) -> str:
    from django_otp.oath import totp

    return f"{totp(device.bin_key, t0=device.t0, step=device.step, digits=device.digits, drift=drift):06d}"


@pytest.fixture
def admin_browser(new_browser):
    """A browser logged in as ``user`` (password ``correct horse battery staple``) that passed TOTP."""
    from django_otp.plugins.otp_totp.models import TOTPDevice

    def make(user) -> Browser:
        browser = new_browser()
        login = browser.mutate(
            'mutation($a: String!) { loginWithPassword(account: $a, password: "correct horse battery staple") '
            "{ ok errors { code message } } }",
            {"a": user.username},
        )
        assert login["ok"], login
        device = TOTPDevice.objects.filter(user=user, confirmed=True).first() or TOTPDevice.objects.create(
            user=user, name="test", confirmed=True
        )
        verified = browser.mutate(
            "mutation($c: String!) { twoFactorVerify(code: $c) { ok errors { code message } } }",
            # A code is accepted once: after a first login this window's code is spent, so use the next one.
            {"c": totp_now(device, drift=1 if device.last_t >= 0 else 0)},
        )
        assert verified["ok"], verified
        return browser

    return make

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

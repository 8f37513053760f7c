"""Talking GraphQL to the real endpoint from tests."""

from django.test import Client


def gql(client: Client | None, query: str, variables: dict | None = None) -> dict:
    response = (client or Client()).post(
        "/graphql/",
        {"query": query, "variables": variables or {}},
        content_type="application/json",
        HTTP_ACCEPT_LANGUAGE="en",
    )
    return response.json()


def mutate(client: Client | None, query: str, variables: dict | None = None) -> dict:
    """The payload of the single mutation in ``query``."""
    body = gql(client, query, variables)
    assert "errors" not in body, body
    return next(iter(body["data"].values()))

import pytest
from django.test import Client


@pytest.fixture
def gql():
    """POST a GraphQL document anonymously and return the parsed JSON body."""

    def run(query: str, variables: dict | None = None, *, language: str = "zh-hans", client: Client | None = None):
        response = (client or Client()).post(
            "/graphql/",
            {"query": query, "variables": variables or {}},
            content_type="application/json",
            HTTP_ACCEPT_LANGUAGE=language,
        )
        return response.json()

    return run

import pytest
from graphene_django.settings import graphene_settings
from wagtail import hooks

from api.organisations.schema import OrganisationsMutations, OrganisationsQueries
from cms.accounts.services import role_groups_ensure


@pytest.fixture(autouse=True)
def organisations_schema(monkeypatch):
    """Serve this package's queries and mutations even before ``api.wagtail_hooks`` registers them."""
    from api import schema as api_schema

    if "constructionBoard" in api_schema.schema.graphql_schema.query_type.fields:
        return api_schema.schema
    with hooks.register_temporarily(
        [
            ("register_schema_query", lambda mixins: mixins.append(OrganisationsQueries)),
            ("register_schema_mutation", lambda mixins: mixins.append(OrganisationsMutations)),
        ]
    ):
        schema = api_schema.build_schema()
    monkeypatch.setattr(graphene_settings, "SCHEMA", schema, raising=False)
    return schema


@pytest.fixture(autouse=True)
def groups(db):
    return role_groups_ensure()

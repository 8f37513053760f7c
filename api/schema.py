"""The one GraphQL schema: our domain queries plus the reviewed part of grapple's Wagtail content.

Queries arrive through Wagtail's ``register_schema_query`` hooks (grapple's and ``api.wagtail_hooks``),
mutations through ``register_schema_mutation`` (only ours: grapple's form mutations are not exposed).
Grapple also offers images, documents, media, collections, sites, settings, tags, snippets, search and
redirects; none of those has been reviewed for our permission rules yet (every field must check
permission), so only its live-and-public page queries are kept until an issue needs more.
"""

import graphene
from grapple.registry import registry
from grapple.settings import grapple_settings
from wagtail import hooks

ALLOWED_QUERY_MODULES = ("api.", "grapple.types.pages")


def build_schema() -> graphene.Schema:
    mixins: list = []
    for register in hooks.get_hooks("register_schema_query"):
        register(mixins)
    allowed = [m for m in mixins if m is not graphene.ObjectType and m.__module__.startswith(ALLOWED_QUERY_MODULES)]
    query = type("Query", (*dict.fromkeys(allowed), graphene.ObjectType), {})
    mutation_mixins: list = []
    for register in hooks.get_hooks("register_schema_mutation"):
        register(mutation_mixins)
    allowed_mutations = [m for m in mutation_mixins if m.__module__.startswith("api.")]
    mutation = (
        type("Mutation", (*dict.fromkeys(allowed_mutations), graphene.ObjectType), {}) if allowed_mutations else None
    )
    return graphene.Schema(
        query=query,
        mutation=mutation,
        types=list(registry.models.values()),
        auto_camelcase=grapple_settings.AUTO_CAMELCASE,
    )


schema = build_schema()

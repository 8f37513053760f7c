"""GraphQL: one schema (grapple's Wagtail content plus our domain queries) with hard limits."""

GRAPHENE = {
    "SCHEMA": "api.schema.schema",
    "SCHEMA_OUTPUT": "api/schema.graphql",
    "ATOMIC_MUTATIONS": True,
}
GRAPPLE = {
    # Our domain types are hand-written in api/; letting grapple auto-register these apps would
    # create field-less types with the same names.
    "APPS": {},
    "EXPOSE_GRAPHIQL": False,
    "AUTO_CAMELCASE": True,
    "PAGE_SIZE": 20,
    "MAX_PAGE_SIZE": 100,
}
GRAPHQL_MAX_DEPTH = 10
GRAPHQL_MAX_ALIASES = 20
GRAPHQL_MAX_QUERY_BYTES = 20_000
GRAPHQL_LIST_LIMIT_MAX = 100

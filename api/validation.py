"""Cost limits checked before execution: depth and aliases (S, Q: no query may exhaust the server)."""

from django.conf import settings
from django.utils.translation import gettext as _
from graphene.validation import depth_limit_validator
from graphql import GraphQLError, ValidationRule, specified_rules
from graphql.language import FieldNode


class AliasLimitRule(ValidationRule):
    """Reject documents that use more aliases than ``GRAPHQL_MAX_ALIASES`` (alias-based amplification)."""

    def __init__(self, context) -> None:
        super().__init__(context)
        self.count = 0

    def enter_field(self, node: FieldNode, *_args) -> None:
        if node.alias is not None:
            self.count += 1
            if self.count == settings.GRAPHQL_MAX_ALIASES + 1:
                self.report_error(
                    GraphQLError(
                        _("Too many aliases: at most %(max)d.") % {"max": settings.GRAPHQL_MAX_ALIASES},
                        node,
                        extensions={"code": "QUERY_TOO_COMPLEX"},
                    )
                )


def validation_rules() -> list:
    """GraphQL's standard rules plus ours (graphene-django replaces the standard set with what it is given)."""
    return [*specified_rules, depth_limit_validator(max_depth=settings.GRAPHQL_MAX_DEPTH), AliasLimitRule]

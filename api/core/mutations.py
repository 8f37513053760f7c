"""Mutation conventions (house rule 6): every mutation returns ``ok``, a typed ``errors`` list and its object.

``DomainMutation`` turns a service's ``DomainError`` into ``errors`` instead of a top-level GraphQL error,
so clients show the translated message next to the field it names. Services own their transactions:
failed logins and refused actions must stay recorded even though the mutation reports an error.
"""

import graphene
from graphene.utils.str_converters import to_camel_case

from cms.core.errors import DomainError


class MutationError(graphene.ObjectType):
    code = graphene.String(required=True, description="Stable machine code (ErrorCode), e.g. INVALID_CODE.")
    message = graphene.String(required=True, description="Translated message for people.")
    field = graphene.String(description="The input field the error is about, when it is about one.")


def errors_from(error: DomainError) -> list[MutationError]:
    """Services name fields in snake_case; clients see the argument names (camelCase)."""
    field = to_camel_case(error.field) if error.field else None
    return [MutationError(code=str(error.code), message=error.message, field=field)]


class DomainMutation(graphene.Mutation):
    ok = graphene.Boolean(required=True, description="True when the mutation did what was asked.")
    errors = graphene.List(graphene.NonNull(MutationError), required=True, description="Why it did not.")

    class Meta:
        abstract = True

    @classmethod
    def perform(cls, root, info, **kwargs) -> dict:
        """Do the work; return the payload's other fields. Raise ``DomainError`` to refuse."""
        raise NotImplementedError

    @classmethod
    def mutate(cls, root, info, **kwargs):
        try:
            fields = cls.perform(root, info, **kwargs) or {}
        except DomainError as error:
            return cls(ok=False, errors=errors_from(error), **cls.error_fields(error))
        return cls(ok=True, errors=[], **fields)

    @classmethod
    def error_fields(cls, error: DomainError) -> dict:
        """Extra payload fields to fill when refusing (e.g. a WeChat bind ticket)."""
        return {}

"""Mutations of organisation administration and real-name registration (O1, O2)."""

from graphene.utils.str_converters import to_camel_case

from api.core.mutations import DomainMutation


class OrganisationsMutation(DomainMutation):
    """``DomainMutation`` whose ``errors[].field`` names the argument as clients spell it (``targetCount``)."""

    class Meta:
        abstract = True

    @classmethod
    def mutate(cls, root, info, **kwargs):
        payload = super().mutate(root, info, **kwargs)
        for error in payload.errors:
            if error.field:
                error.field = to_camel_case(error.field)
        return payload

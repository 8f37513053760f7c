"""Create an organisation inside one's subtree (O1)."""

import graphene

from api.accounts.mutations.login import require_login
from api.majors.types import OrganisationKind, OrganisationRole
from api.organisations.inputs import enum_value, object_get
from api.organisations.mutations import OrganisationsMutation
from api.organisations.types import ManagedOrganisation
from cms.accounts import organisation_admin
from cms.accounts.models import LibraryRole, Organisation


class OrganisationCreate(OrganisationsMutation):
    """Create a school, enterprise, department or course team under an organisation one administers.
    Top-level organisations and host institutions only by the system administrator."""

    class Arguments:
        parent_id = graphene.ID(description="The organisation above; omit for a top-level one.")
        name = graphene.String(required=True, description="Full name (unique in the library).")
        kind = OrganisationKind(required=True, description="School, enterprise, department …")
        library_role = OrganisationRole(description="HOST or PARTICIPATING (the default).")
        short_name = graphene.String(description="Short name.")
        region = graphene.String(description="Region, e.g. 江苏省.")
        credit_code = graphene.String(description="Unified social credit code.")
        website = graphene.String(description="Website URL.")
        description = graphene.String(description="Description.")

    organisation = graphene.Field(ManagedOrganisation, description="The new organisation.")

    @classmethod
    def perform(cls, root, info, name, kind, parent_id=None, library_role=None, **optional):
        require_login(info)
        parent = object_get(Organisation.objects.all(), parent_id, field="parent_id") if parent_id else None
        organisation = organisation_admin.organisation_create(
            request=info.context,
            parent=parent,
            name=name,
            kind=enum_value(kind),
            library_role=enum_value(library_role) or LibraryRole.PARTICIPATING,
            **{key: value or "" for key, value in optional.items()},
        )
        return {"organisation": organisation}

"""Queries and mutations of organisation administration and real-name registration (O1, O2).

Resolvers call one selector each and hand the rows to the types; relations go through
``OrganisationByIdLoader``, primed with the organisations a list already holds.
"""

import graphene

from api.core.dataloaders import announce, loaders
from api.core.pagination import page_bounds
from api.organisations import dataloaders as dl
from api.organisations.inputs import object_get
from api.organisations.mutations.construction_task_assign import ConstructionTaskAssign
from api.organisations.mutations.construction_task_report import ConstructionTaskReport
from api.organisations.mutations.invitation_accept import InvitationAccept
from api.organisations.mutations.organisation_create import OrganisationCreate
from api.organisations.mutations.organisation_invite import OrganisationInvite
from api.organisations.mutations.realname_claim import RealNameClaimSubmit
from api.organisations.mutations.realname_claim_decide import RealNameClaimDecide
from api.organisations.mutations.role_assign import RoleAssign
from api.organisations.mutations.role_revoke import RoleRevoke
from api.organisations.types import (
    ConstructionBoardRow,
    ManagedOrganisation,
    OrganisationMemberList,
    RealNameClaim,
    RealNameOrganisation,
    RosterEntryList,
)
from cms.accounts import selectors
from cms.accounts.models import Organisation


def _organisations(info, organisations: list) -> list:
    """Prime the by-id loader with a list's organisations and announce their parents (one batch)."""
    by_id = loaders(info).get(dl.OrganisationByIdLoader)
    for organisation in organisations:
        by_id.prime(organisation.pk, organisation)
    return announce(info, dl.OrganisationByIdLoader.key_kind, organisations, attr="parent_id")


class OrganisationsQueries(graphene.ObjectType):
    administered_organisations = graphene.List(
        graphene.NonNull(ManagedOrganisation),
        required=True,
        description="Organisations the signed-in person administers (their subtrees, in tree order; every "
        "organisation for platform administrators). Empty for everyone else.",
    )
    construction_board = graphene.List(
        graphene.NonNull(ConstructionBoardRow),
        required=True,
        description="Construction progress of every administered organisation, in tree order (O1).",
    )
    roster_entries = graphene.Field(
        RosterEntryList,
        required=True,
        organisation_id=graphene.ID(required=True, description="The school or enterprise."),
        search=graphene.String(default_value="", description="A number fragment, or a full name."),
        page=graphene.Int(default_value=1, description="Page, from 1."),
        page_size=graphene.Int(default_value=20, description="Rows per page, 1..100."),
        description="One page of an organisation's real-name roster, for its administrators (two-factor login).",
    )
    real_name_claims_pending = graphene.List(
        graphene.NonNull(RealNameClaim),
        required=True,
        description="Claims to roster rows someone else holds, waiting for the signed-in administrator, oldest first.",
    )
    organisation_members = graphene.Field(
        OrganisationMemberList,
        required=True,
        organisation_id=graphene.ID(required=True, description="The organisation."),
        search=graphene.String(default_value="", description="Account name fragment, or a full phone or real name."),
        limit=graphene.Int(default_value=20, description="Page size, 1..100."),
        offset=graphene.Int(default_value=0, description="Rows to skip."),
        description="Who holds which role in an organisation, names and phones masked. For the organisation's "
        "administrators and the security administrator (two-factor login).",
    )
    organisations_for_real_name = graphene.List(
        graphene.NonNull(RealNameOrganisation),
        required=True,
        description="Schools and enterprises where one can verify one's real name (public).",
    )

    @staticmethod
    def resolve_administered_organisations(root, info):
        return _organisations(info, list(selectors.organisations_administered(info.context.user)))

    @staticmethod
    def resolve_construction_board(root, info):
        rows = selectors.construction_board(info.context.user)
        _organisations(info, [row.organisation for row in rows])
        return rows

    @staticmethod
    def resolve_roster_entries(root, info, organisation_id, search="", page=1, page_size=20):
        organisation = object_get(Organisation.objects.all(), organisation_id, field="organisation_id")
        result = selectors.roster_entries(
            info.context.user, organisation, search=search or "", page=page, page_size=page_size
        )
        return RosterEntryList(
            total_count=result.total, page=result.page, page_size=result.page_size, items=result.items
        )

    @staticmethod
    def resolve_organisation_members(root, info, organisation_id, search="", limit=20, offset=0):
        organisation = object_get(Organisation.objects.all(), organisation_id, field="organisation_id")
        limit, offset = page_bounds(limit, offset)
        total, items = selectors.organisation_members(
            info.context.user, organisation, search=search or "", limit=limit, offset=offset
        )
        return OrganisationMemberList(total_count=total, items=items)

    @staticmethod
    def resolve_real_name_claims_pending(root, info):
        return selectors.realname_claims_pending(info.context.user)

    @staticmethod
    def resolve_organisations_for_real_name(root, info):
        return selectors.organisations_for_real_name()


class OrganisationsMutations(graphene.ObjectType):
    real_name_claim = RealNameClaimSubmit.Field(description=RealNameClaimSubmit.__doc__)
    real_name_claim_decide = RealNameClaimDecide.Field(description=RealNameClaimDecide.__doc__)
    organisation_create = OrganisationCreate.Field(description=OrganisationCreate.__doc__)
    organisation_invite = OrganisationInvite.Field(description=OrganisationInvite.__doc__)
    invitation_accept = InvitationAccept.Field(description=InvitationAccept.__doc__)
    construction_task_assign = ConstructionTaskAssign.Field(description=ConstructionTaskAssign.__doc__)
    construction_task_report = ConstructionTaskReport.Field(description=ConstructionTaskReport.__doc__)
    role_assign = RoleAssign.Field(description=RoleAssign.__doc__)
    role_revoke = RoleRevoke.Field(description=RoleRevoke.__doc__)

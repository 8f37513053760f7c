"""Verify one's real name against a school's roster (O2 实名制)."""

import graphene

from api.accounts.mutations.login import require_login
from api.accounts.types import RealNameStatus
from api.organisations.inputs import object_get
from api.organisations.mutations import OrganisationsMutation
from api.organisations.types import RealNameClaim as RealNameClaimType
from cms.accounts import realname, selectors
from cms.accounts.models import Organisation


class RealNameClaimSubmit(OrganisationsMutation):
    """Claim the roster row of one's number at a school. A match verifies at once (status VERIFIED); a row
    someone else holds becomes a claim the school's administrator decides (status PENDING). At most ten
    failed attempts a day."""

    class Arguments:
        organisation_id = graphene.ID(required=True, description="The school or enterprise (organisationsForRealName).")
        name = graphene.String(required=True, description="Real name, as the school has it.")
        number = graphene.String(required=True, description="Student or staff number.")

    status = graphene.Field(RealNameStatus, description="VERIFIED or PENDING.")
    claim = graphene.Field(RealNameClaimType, description="The claim waiting for a decision, when PENDING.")

    @classmethod
    def perform(cls, root, info, organisation_id, name, number):
        user = require_login(info)
        organisation = object_get(Organisation.objects.all(), organisation_id, field="organisation_id")
        result = realname.realname_claim(request=info.context, organisation=organisation, name=name, number=number)
        claim = selectors.realname_claim_view(user, result.claim) if result.claim else None
        return {"status": result.status, "claim": claim}

"""A school administrator decides a claim to a roster row someone else holds (O2)."""

import graphene

from api.accounts.mutations.login import require_login
from api.organisations.inputs import object_get
from api.organisations.mutations import OrganisationsMutation
from api.organisations.types import RealNameClaim
from cms.accounts import realname, selectors
from cms.accounts.models import RealNameClaim as RealNameClaimModel


class RealNameClaimDecide(OrganisationsMutation):
    """Approve (the row, the verification and the school role move to the claimant) or reject a claim."""

    class Arguments:
        claim_id = graphene.ID(required=True, description="The claim (realNameClaimsPending).")
        approve = graphene.Boolean(required=True, description="True gives the row to the claimant.")
        note = graphene.String(description="Why; kept with the decision.")

    claim = graphene.Field(RealNameClaim, description="The decided claim.")

    @classmethod
    def perform(cls, root, info, claim_id, approve, note=""):
        user = require_login(info)
        claim = object_get(RealNameClaimModel.objects.select_related("entry__organisation"), claim_id, field="claim_id")
        claim = realname.realname_claim_decide(request=info.context, claim=claim, approve=approve, note=note or "")
        return {"claim": selectors.realname_claim_view(user, claim)}

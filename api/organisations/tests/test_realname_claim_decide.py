"""O2: realNameClaimDecide by the school's administrator."""

import pytest

from api.organisations.tests.helpers import mutate
from cms.accounts.models import ClaimStatus, RealNameClaim, RosterEntry
from cms.accounts.tests.factories import OrganisationFactory, RealNameClaimFactory, RosterEntryFactory, UserFactory
from cms.accounts.tests.support import organisation_admin, verified_client

pytestmark = pytest.mark.django_db

DECIDE = """
mutation Decide($claimId: ID!, $approve: Boolean!, $note: String) {
  realNameClaimDecide(claimId: $claimId, approve: $approve, note: $note) {
    ok errors { code message field }
    claim { id status decisionNote decidedAt holderUsername }
  }
}
"""


@pytest.fixture
def disputed():
    school = OrganisationFactory()
    entry = RosterEntryFactory(organisation=school, name="张三", number="2023001", claimed_by=UserFactory())
    claimant = UserFactory(real_name="张三")
    return school, RealNameClaimFactory(entry=entry, user=claimant), claimant


def test_the_administrator_approves_and_the_row_moves(disputed):
    # given
    school, claim, claimant = disputed
    # when
    payload = mutate(
        verified_client(organisation_admin(school)), DECIDE, {"claimId": claim.pk, "approve": True, "note": "核实"}
    )
    # then
    assert payload["ok"] is True, payload
    assert payload["claim"]["status"] == "APPROVED" and payload["claim"]["decisionNote"] == "核实"
    assert payload["claim"]["holderUsername"] == claimant.username
    assert RosterEntry.objects.get(pk=claim.entry_id).claimed_by == claimant


def test_others_are_refused_and_unknown_claims_are_not_found(disputed):
    # given
    _school, claim, _claimant = disputed
    outsider = verified_client(organisation_admin(OrganisationFactory()))
    # when
    refused = mutate(outsider, DECIDE, {"claimId": claim.pk, "approve": True})
    missing = mutate(outsider, DECIDE, {"claimId": "0", "approve": True})
    # then
    assert refused["ok"] is False and refused["errors"][0]["code"] == "PERMISSION_DENIED"
    assert (missing["errors"][0]["code"], missing["errors"][0]["field"]) == ("NOT_FOUND", "claimId")
    assert RealNameClaim.objects.get(pk=claim.pk).status == ClaimStatus.PENDING

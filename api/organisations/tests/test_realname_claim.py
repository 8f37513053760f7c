"""O2 实名制: realNameClaim verifies against the roster, or queues a claim for the school to decide."""

import pytest
from django.test import Client

from api.organisations.tests.helpers import gql, mutate
from cms.accounts.models import RealNameStatus
from cms.accounts.tests.factories import OrganisationFactory, RosterEntryFactory, UserFactory

pytestmark = pytest.mark.django_db

REAL_NAME_CLAIM = """
mutation Claim($organisationId: ID!, $name: String!, $number: String!) {
  realNameClaim(organisationId: $organisationId, name: $name, number: $number) {
    ok errors { code message field } status
    claim { id status number organisation { id } holderUsername holderName claimantName }
  }
}
"""


def _browser(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


def test_a_matching_name_and_number_verify_at_once():
    # given
    school = OrganisationFactory()
    RosterEntryFactory(organisation=school, name="张三", number="2023001")
    user = UserFactory(real_name="")
    # when
    payload = mutate(
        _browser(user), REAL_NAME_CLAIM, {"organisationId": school.pk, "name": "张三", "number": "2023001"}
    )
    # then
    assert payload == {"ok": True, "errors": [], "status": "VERIFIED", "claim": None}
    user.refresh_from_db()
    assert user.real_name_status == RealNameStatus.VERIFIED


def test_a_row_held_by_someone_else_gives_a_pending_claim_without_naming_the_holder():
    # given
    school = OrganisationFactory()
    RosterEntryFactory(organisation=school, name="张三", number="2023001", claimed_by=UserFactory(real_name="张三"))
    # when
    payload = mutate(
        _browser(UserFactory(real_name="")),
        REAL_NAME_CLAIM,
        {"organisationId": school.pk, "name": "张三", "number": "2023001"},
    )
    # then
    assert payload["ok"] is True and payload["status"] == "PENDING"
    assert payload["claim"]["status"] == "PENDING" and payload["claim"]["number"] == "2023001"
    assert (payload["claim"]["holderUsername"], payload["claim"]["holderName"]) == ("", "")


def test_refusals_name_the_field_at_fault():
    # given
    school = OrganisationFactory()
    RosterEntryFactory(organisation=school, name="张三", number="2023001")
    browser = _browser(UserFactory(real_name=""))
    # when
    unknown = mutate(browser, REAL_NAME_CLAIM, {"organisationId": school.pk, "name": "张三", "number": "404"})
    wrong = mutate(browser, REAL_NAME_CLAIM, {"organisationId": school.pk, "name": "李四", "number": "2023001"})
    nowhere = mutate(browser, REAL_NAME_CLAIM, {"organisationId": "999999", "name": "张三", "number": "2023001"})
    # then
    assert unknown["ok"] is False and unknown["errors"][0]["code"] == "NOT_FOUND"
    assert unknown["errors"][0]["field"] == "number" and "404" in unknown["errors"][0]["message"]
    assert (wrong["errors"][0]["code"], wrong["errors"][0]["field"]) == ("INVALID_INPUT", "name")
    assert (nowhere["errors"][0]["code"], nowhere["errors"][0]["field"]) == ("NOT_FOUND", "organisationId")


def test_anonymous_people_must_log_in():
    body = gql(None, REAL_NAME_CLAIM, {"organisationId": OrganisationFactory().pk, "name": "张三", "number": "1"})
    assert body["data"]["realNameClaim"]["errors"][0]["code"] == "UNAUTHENTICATED"


def test_failed_attempts_stay_counted_through_the_api_and_the_eleventh_is_rate_limited():
    # given
    school = OrganisationFactory()
    RosterEntryFactory(organisation=school, name="张三", number="2023001")
    browser = _browser(UserFactory(real_name=""))
    wrong = {"organisationId": school.pk, "name": "李四", "number": "2023001"}
    for _ in range(10):
        assert mutate(browser, REAL_NAME_CLAIM, wrong)["errors"][0]["code"] == "INVALID_INPUT"
    # when
    payload = mutate(browser, REAL_NAME_CLAIM, {**wrong, "name": "张三"})
    # then
    assert payload["ok"] is False and payload["errors"][0]["code"] == "RATE_LIMITED"

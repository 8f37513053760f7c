"""O1/O2 queries: construction board, administered organisations, rosters, pending claims, real-name schools."""

from datetime import timedelta

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from api.organisations.tests.helpers import gql
from cms.accounts.models import OrganisationKind
from cms.accounts.roles import PlatformRole
from cms.accounts.tests.factories import (
    ConstructionTaskFactory,
    OrganisationFactory,
    RealNameClaimFactory,
    RosterEntryFactory,
    UserFactory,
)
from cms.accounts.tests.support import host_organisation, organisation_admin, platform_admin, verified_client

pytestmark = pytest.mark.django_db

CONSTRUCTION_BOARD = """
query Board {
  constructionBoard {
    organisation { id name kind role depth parentId parent { id name } }
    tasks { id kind title targetCount doneCount dueDate progress overdue organisation { id name } }
    targetTotal doneTotal progress overdueCount
  }
}
"""

ADMINISTERED = """
query Administered { administeredOrganisations { id name depth parent { name } } }
"""

ROSTER = """
query Roster($organisationId: ID!, $search: String, $page: Int, $pageSize: Int) {
  rosterEntries(organisationId: $organisationId, search: $search, page: $page, pageSize: $pageSize) {
    totalCount page pageSize
    items { id number name kind department className claimed claimedAt }
  }
}
"""

CLAIMS_PENDING = """
query Claims {
  realNameClaimsPending {
    id status number entryName kind claimantUsername claimantName holderUsername holderName
    organisation { id name }
  }
}
"""

FOR_REAL_NAME = """
query Schools { organisationsForRealName { id name kind hasRoster } }
"""


def _tree(host, schools: int) -> None:
    today = timezone.localdate()
    for _ in range(schools):
        school = OrganisationFactory(parent=host)
        OrganisationFactory(parent=school, kind=OrganisationKind.DEPARTMENT)
        ConstructionTaskFactory(organisation=school, target_count=10, done_count=4)
        ConstructionTaskFactory(organisation=school, target_count=2, done_count=0, due_date=today - timedelta(days=3))


def _count_queries(client: Client, query: str) -> tuple[int, dict]:
    with CaptureQueriesContext(connection) as queries:
        body = gql(client, query)
    return len(queries), body


def test_the_board_shows_the_hosts_subtree_with_tasks_and_totals():
    # given
    host = host_organisation(name="主持院校")
    _tree(host, 1)
    client = verified_client(organisation_admin(host))
    # when
    body = gql(client, CONSTRUCTION_BOARD)
    # then
    assert "errors" not in body, body
    rows = body["data"]["constructionBoard"]
    assert [row["organisation"]["depth"] for row in rows] == [1, 2, 3]
    school = rows[1]
    assert school["organisation"]["parent"]["name"] == "主持院校"
    assert (school["targetTotal"], school["doneTotal"], school["overdueCount"]) == (12, 4, 1)
    assert school["progress"] == pytest.approx(4 / 12)
    assert {t["organisation"]["id"] for t in school["tasks"]} == {school["organisation"]["id"]}
    assert sorted(t["overdue"] for t in school["tasks"]) == [False, True]


@pytest.mark.parametrize("admin_kind", ["host", "system"])
def test_the_board_query_count_is_flat_from_2_to_20_organisations(admin_kind):
    # given
    parent = OrganisationFactory(name="上级")  # the host's own parent comes through the loader
    host = host_organisation(parent=parent)
    admin = organisation_admin(host) if admin_kind == "host" else platform_admin(PlatformRole.SYSTEM_ADMIN)
    client = verified_client(admin)
    _tree(host, 2)
    small, small_body = _count_queries(client, CONSTRUCTION_BOARD)
    # when
    _tree(host, 18)
    large, large_body = _count_queries(client, CONSTRUCTION_BOARD)
    # then
    assert "errors" not in large_body, large_body
    assert len(large_body["data"]["constructionBoard"]) > len(small_body["data"]["constructionBoard"])
    assert large == small, (small, large)


def test_administered_organisations_are_empty_for_people_without_rights():
    # given
    host = host_organisation()
    _tree(host, 1)
    # when
    anonymous = gql(None, ADMINISTERED)
    learner = gql(verified_client(UserFactory()), ADMINISTERED)
    admin = gql(verified_client(organisation_admin(host)), ADMINISTERED)
    # then
    assert anonymous["data"]["administeredOrganisations"] == []
    assert learner["data"]["administeredOrganisations"] == []
    assert len(admin["data"]["administeredOrganisations"]) == 3


def test_the_roster_shows_a_page_to_its_administrator_and_refuses_others():
    # given
    school = OrganisationFactory()
    RosterEntryFactory(organisation=school, name="张三丰", number="2023001")
    RosterEntryFactory(organisation=school, name="李四", number="2023002")
    variables = {"organisationId": school.pk, "page": 1, "pageSize": 1}
    # when
    shown = gql(verified_client(organisation_admin(school)), ROSTER, variables)
    outsider = gql(verified_client(organisation_admin(OrganisationFactory())), ROSTER, variables)
    unverified = Client()
    unverified.force_login(organisation_admin(school))
    no_two_factor = gql(unverified, ROSTER, variables)
    too_big = gql(verified_client(organisation_admin(school)), ROSTER, {**variables, "pageSize": 500})
    # then
    assert "errors" not in shown, shown
    page = shown["data"]["rosterEntries"]
    assert page["totalCount"] == 2 and [i["number"] for i in page["items"]] == ["2023001"]
    assert page["items"][0]["name"] == "张三丰" and page["items"][0]["kind"] == "STUDENT"
    assert outsider["errors"][0]["extensions"]["code"] == "PERMISSION_DENIED"
    assert no_two_factor["errors"][0]["extensions"]["code"] == "TWO_FACTOR_REQUIRED"
    assert too_big["errors"][0]["extensions"]["code"] == "INVALID_INPUT"


def test_pending_claims_list_for_the_schools_administrator():
    # given
    school = OrganisationFactory()
    holder = UserFactory(real_name="张三")
    entry = RosterEntryFactory(organisation=school, name="张三", number="2023001", claimed_by=holder)
    claim = RealNameClaimFactory(entry=entry, user=UserFactory(real_name="张三"))
    # when
    body = gql(verified_client(organisation_admin(school)), CLAIMS_PENDING)
    nobody = gql(verified_client(UserFactory()), CLAIMS_PENDING)
    # then
    assert "errors" not in body, body
    (shown,) = body["data"]["realNameClaimsPending"]
    assert shown["id"] == str(claim.pk) and shown["status"] == "PENDING"
    assert (shown["holderUsername"], shown["holderName"], shown["entryName"]) == (holder.username, "张三", "张三")
    assert nobody["data"]["realNameClaimsPending"] == []


def test_schools_for_real_name_are_public():
    # given
    school = OrganisationFactory(name="示范学院")
    RosterEntryFactory(organisation=school)
    OrganisationFactory(kind=OrganisationKind.DEPARTMENT)
    # when
    body = gql(None, FOR_REAL_NAME)
    # then
    assert body["data"]["organisationsForRealName"] == [
        {"id": str(school.pk), "name": "示范学院", "kind": "SCHOOL", "hasRoster": True}
    ]

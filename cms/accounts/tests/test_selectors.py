"""O1/O2 reads: administered organisations, the construction board, rosters, pending claims."""

from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from cms.accounts.models import Organisation, OrganisationKind
from cms.accounts.roles import PlatformRole
from cms.accounts.selectors import (
    construction_board,
    organisations_administered,
    organisations_for_real_name,
    realname_claims_pending,
    roster_entries,
)
from cms.accounts.services import role_groups_ensure
from cms.accounts.tests.factories import (
    ConstructionTaskFactory,
    OrganisationFactory,
    RealNameClaimFactory,
    RosterEntryFactory,
    UserFactory,
)
from cms.accounts.tests.support import host_organisation, organisation_admin, platform_admin
from cms.core.errors import DomainError, ErrorCode

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _groups():
    role_groups_ensure()


def _verified(user):
    user.is_verified = lambda: True
    return user


def _fresh(user):
    """The same user as a new request would load it (no permission caches)."""
    return _verified(type(user).objects.get(pk=user.pk))


def _tree(host: Organisation, schools: int) -> list[Organisation]:
    """``schools`` participating schools under ``host``, each with a department and three tasks."""
    today = timezone.localdate()
    made = []
    for _ in range(schools):
        school = OrganisationFactory(parent=host)
        OrganisationFactory(parent=school, kind=OrganisationKind.DEPARTMENT)
        ConstructionTaskFactory(organisation=school, target_count=10, done_count=4)
        ConstructionTaskFactory(organisation=school, target_count=5, done_count=8)
        ConstructionTaskFactory(organisation=school, target_count=2, done_count=1, due_date=today - timedelta(days=1))
        made.append(school)
    return made


# ---- organisations --------------------------------------------------------------------------------------


def test_administered_organisations_are_the_users_subtrees():
    # given
    host = host_organisation()
    schools = _tree(host, 2)
    OrganisationFactory()  # elsewhere
    admin = organisation_admin(schools[0])
    # when
    shown = list(organisations_administered(admin))
    # then
    assert shown[0] == schools[0] and len(shown) == 2
    assert all(o.path.startswith(schools[0].path) for o in shown)


def test_platform_administrators_see_every_organisation_and_others_none():
    # given
    _tree(host_organisation(), 2)
    # when / then
    assert organisations_administered(platform_admin(PlatformRole.SYSTEM_ADMIN)).count() == 5
    assert organisations_administered(platform_admin(PlatformRole.SECURITY_ADMIN)).count() == 5
    assert organisations_administered(platform_admin(PlatformRole.AUDIT_ADMIN)).count() == 0
    assert organisations_administered(UserFactory()).count() == 0


def test_schools_and_enterprises_for_real_name_say_whether_they_have_a_roster():
    # given
    with_roster = OrganisationFactory(kind=OrganisationKind.SCHOOL)
    RosterEntryFactory(organisation=with_roster)
    company = OrganisationFactory(kind=OrganisationKind.ENTERPRISE)
    OrganisationFactory(kind=OrganisationKind.DEPARTMENT)
    # when
    shown = {o.pk: o.has_roster for o in organisations_for_real_name()}
    # then
    assert shown == {with_roster.pk: True, company.pk: False}


# ---- construction board ---------------------------------------------------------------------------------


def test_the_board_totals_progress_and_overdue_tasks():
    # given
    host = host_organisation()
    school = _tree(host, 1)[0]
    admin = organisation_admin(host)
    # when
    rows = {row.organisation.pk: row for row in construction_board(admin)}
    # then
    row = rows[school.pk]
    assert (row.target_total, row.done_total, row.overdue_count) == (17, 13, 1)
    assert row.progress == pytest.approx((4 + 5 + 1) / 17)  # 8 of 5 counts as 5
    assert len(row.tasks) == 3
    assert rows[host.pk].progress == 0.0 and rows[host.pk].tasks == []


def _board_queries(admin) -> int:
    admin = _fresh(admin)
    with CaptureQueriesContext(connection) as queries:
        rows = construction_board(admin)
        sum(len(row.tasks) for row in rows)
    return len(queries)


@pytest.mark.parametrize("admin_kind", ["host", "system"])
def test_the_board_query_count_is_flat_as_organisations_grow(admin_kind):
    # given
    host = host_organisation()
    admin = organisation_admin(host) if admin_kind == "host" else platform_admin(PlatformRole.SYSTEM_ADMIN)
    _tree(host, 2)
    small = _board_queries(admin)
    # when
    _tree(host, 18)
    large = _board_queries(admin)
    # then
    assert large == small <= 4  # two for the permission cache, organisations, tasks
    assert len(construction_board(admin)) == 1 + 20 * 2


# ---- rosters --------------------------------------------------------------------------------------------


def test_roster_pages_mask_names_unless_personal_data_may_be_seen():
    # given
    school = OrganisationFactory()
    RosterEntryFactory(organisation=school, name="张三丰", number="2023001")
    RosterEntryFactory(organisation=school, name="李四", number="2023002")
    admin = _verified(organisation_admin(school))
    # when
    page = roster_entries(admin, school, page=1, page_size=1)
    # then
    assert page.total == 2 and [e.number for e in page.items] == ["2023001"]
    assert page.items[0].name == "张三丰"

    # given: the role → permission mapping no longer lets administrators view personal data
    from django.contrib.auth.models import Group, Permission

    Group.objects.get(name="机构管理员").permissions.remove(Permission.objects.get(codename="act_personal_data_view"))
    # when
    masked = roster_entries(_fresh(admin), school, page=2, page_size=1)
    # then
    assert masked.items[0].name == "李*"


def test_roster_search_by_number_fragment_or_full_name():
    # given
    school = OrganisationFactory()
    RosterEntryFactory(organisation=school, name="张三", number="A2023001")
    RosterEntryFactory(organisation=school, name="李四", number="B2023002")
    admin = _verified(organisation_admin(school))
    # when / then
    assert [e.number for e in roster_entries(admin, school, search="a2023").items] == ["A2023001"]
    assert [e.number for e in roster_entries(admin, school, search="李四").items] == ["B2023002"]
    assert roster_entries(admin, school, search="李").total == 0  # encrypted names match whole only


def test_roster_refuses_outsiders_unverified_admins_and_huge_pages():
    # given
    school = OrganisationFactory()
    admin = organisation_admin(school)
    outsider = _verified(organisation_admin(OrganisationFactory()))
    # when / then
    with pytest.raises(DomainError) as error:
        roster_entries(outsider, school)
    assert error.value.code == ErrorCode.PERMISSION_DENIED
    with pytest.raises(DomainError) as error:
        roster_entries(admin, school)
    assert error.value.code == ErrorCode.TWO_FACTOR_REQUIRED
    with pytest.raises(DomainError) as error:
        roster_entries(_verified(admin), school, page_size=1000)
    assert error.value.field == "page_size"


# ---- pending claims -------------------------------------------------------------------------------------


def test_pending_claims_are_those_of_the_deciders_subtree():
    # given
    host = host_organisation()
    school = OrganisationFactory(parent=host)
    holder = UserFactory(real_name="张三")
    entry = RosterEntryFactory(organisation=school, name="张三", number="2023001", claimed_by=holder)
    mine = RealNameClaimFactory(entry=entry, user=UserFactory(real_name="张三"))
    RealNameClaimFactory(entry=RosterEntryFactory(organisation=OrganisationFactory()))  # elsewhere
    RealNameClaimFactory(entry=entry, status="rejected")
    admin = _verified(organisation_admin(host))
    # when
    claims = realname_claims_pending(admin)
    # then
    assert [c.id for c in claims] == [mine.pk]
    assert (claims[0].number, claims[0].holder_username, claims[0].holder_name) == ("2023001", holder.username, "张三")
    assert realname_claims_pending(UserFactory()) == []


def test_pending_claims_query_count_is_flat():
    # given
    school = OrganisationFactory()
    admin = organisation_admin(school)

    def count() -> int:
        with CaptureQueriesContext(connection) as queries:
            realname_claims_pending(_fresh(admin))
        return len(queries)

    for _ in range(2):
        RealNameClaimFactory(entry=RosterEntryFactory(organisation=school, claimed_by=UserFactory()))
    small = count()
    # when
    for _ in range(15):
        RealNameClaimFactory(entry=RosterEntryFactory(organisation=school, claimed_by=UserFactory()))
    # then
    assert count() == small


def test_every_page_of_unmasked_roster_names_is_audited(db):
    from cms.accounts.selectors import roster_entries
    from cms.accounts.services import role_groups_ensure
    from cms.accounts.tests.factories import OrganisationFactory, RosterEntryFactory
    from cms.accounts.tests.support import organisation_admin
    from cms.audit.models import AuditEvent

    # given
    role_groups_ensure()
    school = OrganisationFactory()
    entries = RosterEntryFactory.create_batch(2, organisation=school)
    admin = organisation_admin(school)
    admin.is_verified = lambda: True
    # when
    page = roster_entries(admin, school)
    # then
    assert {item.name for item in page.items} == {entry.name for entry in entries}
    event = AuditEvent.objects.get(action="personal_data.view")
    assert event.actor_id == admin.pk and sorted(event.detail["ids"]) == sorted(e.pk for e in entries)

"""O2 实名制: importing a school's roster and claiming its rows (cms.accounts.realname)."""

from datetime import timedelta

import pytest
from django.utils import timezone, translation

from cms.accounts.models import (
    ClaimStatus,
    OrganisationKind,
    RealNameClaim,
    RealNameStatus,
    RoleAssignment,
    RosterEntry,
    RosterImport,
    User,
)
from cms.accounts.realname import (
    REALNAME_CLAIM_DAILY_FAILURES,
    RosterInvalid,
    realname_claim,
    realname_claim_decide,
    roster_import,
)
from cms.accounts.roles import Role
from cms.accounts.services import role_groups_ensure
from cms.accounts.tests.factories import (
    OrganisationFactory,
    RealNameClaimFactory,
    RosterEntryFactory,
    UserFactory,
)
from cms.accounts.tests.support import organisation_admin, request_for, roster_xlsx
from cms.audit.models import AuditEvent
from cms.core.errors import DomainError, ErrorCode

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _groups():
    role_groups_ensure()


@pytest.fixture
def school():
    return OrganisationFactory(name="示例职业技术学院")


@pytest.fixture
def school_admin(school):
    return organisation_admin(school)


def _claimant(**kwargs) -> User:
    return UserFactory(real_name="", **kwargs)


# ---- roster_import ------------------------------------------------------------------------------------


def test_import_creates_rows_with_encrypted_names_and_audits_counts_only(school, school_admin):
    # given
    data = roster_xlsx([("张三", "2023001", "机电学院", "数控2301", "学生"), ("李四", "T001", "机电学院", "", "教师")])
    # when
    roster = roster_import(request=request_for(school_admin), organisation=school, file_name="名单.xlsx", data=data)
    # then
    assert (roster.created_count, roster.updated_count) == (2, 0)
    entries = {e.number: e for e in RosterEntry.objects.filter(organisation=school)}
    assert entries["2023001"].name == "张三" and entries["2023001"].class_name == "数控2301"
    assert entries["T001"].kind == "teacher"
    assert all(e.source_id == roster.pk for e in entries.values())
    event = AuditEvent.objects.get(action="roster.import")
    assert event.detail["created"] == 2 and "张三" not in str(event.detail)


def test_import_updates_existing_rows_by_number_case_insensitively(school, school_admin):
    # given
    RosterEntryFactory(organisation=school, name="王五", number="A2023", department="旧学院", class_name="旧班")
    data = roster_xlsx([("王五", "a2023", "新学院", "新班", "学生"), ("赵六", "B2023", "", "", "")])
    # when
    roster = roster_import(request=request_for(school_admin), organisation=school, file_name="x.xlsx", data=data)
    # then
    assert (roster.created_count, roster.updated_count) == (1, 1)
    entry = RosterEntry.objects.get(organisation=school, number="A2023")
    assert (entry.department, entry.class_name) == ("新学院", "新班")
    assert RosterEntry.objects.filter(organisation=school).count() == 2


def test_import_corrects_the_name_of_an_unclaimed_row(school, school_admin):
    # given
    RosterEntryFactory(organisation=school, name="王五", number="2023001")
    # when
    roster_import(
        request=request_for(school_admin),
        organisation=school,
        file_name="x.xlsx",
        data=roster_xlsx([("王武", "2023001", "", "", "")]),
    )
    # then
    assert RosterEntry.objects.get(number="2023001").name == "王武"


def test_a_file_with_problems_saves_nothing_and_lists_them(school, school_admin):
    # given
    data = roster_xlsx([("张三", "2023001", "", "", ""), ("", "2023002", "", "", ""), ("李四", "2023003", "", "", "x")])
    # when
    with translation.override("en"), pytest.raises(RosterInvalid) as error:
        roster_import(request=request_for(school_admin), organisation=school, file_name="x.xlsx", data=data)
    # then
    assert [p.line for p in error.value.problems] == [3, 4]
    assert error.value.code == ErrorCode.INVALID_INPUT
    assert "2 problems" in error.value.message
    assert not RosterEntry.objects.exists() and not RosterImport.objects.exists()
    assert AuditEvent.objects.filter(action="roster.import", result="failure").count() == 1


def test_renaming_a_claimed_row_refuses_the_whole_file(school, school_admin):
    # given
    holder = _claimant()
    RosterEntryFactory(organisation=school, name="张三", number="2023001", claimed_by=holder, claimed_at=timezone.now())
    data = roster_xlsx([("新同学", "2023009", "", "", ""), ("张叁", "2023001", "", "", "")])
    # when
    with pytest.raises(RosterInvalid) as error:
        roster_import(request=request_for(school_admin), organisation=school, file_name="x.xlsx", data=data)
    # then
    assert [p.line for p in error.value.problems] == [3]
    assert "2023001" in error.value.problems[0].message
    assert RosterEntry.objects.get(number="2023001").name == "张三"
    assert not RosterEntry.objects.filter(number="2023009").exists()


def test_an_administrator_of_another_school_cannot_import(school):
    # given
    stranger = organisation_admin(OrganisationFactory())
    # when
    with pytest.raises(DomainError) as error:
        roster_import(
            request=request_for(stranger),
            organisation=school,
            file_name="x.xlsx",
            data=roster_xlsx([("张三", "1", "", "", "")]),
        )
    # then
    assert error.value.code == ErrorCode.PERMISSION_DENIED
    assert AuditEvent.objects.filter(result="denied").count() == 1


def test_import_needs_two_factor_login(school, school_admin):
    with pytest.raises(DomainError) as error:
        roster_import(
            request=request_for(school_admin, verified=False),
            organisation=school,
            file_name="x.xlsx",
            data=roster_xlsx([("张三", "1", "", "", "")]),
        )
    assert error.value.code == ErrorCode.TWO_FACTOR_REQUIRED


# ---- realname_claim -----------------------------------------------------------------------------------


def test_a_matching_claim_verifies_and_grants_the_student_role(school):
    # given
    RosterEntryFactory(organisation=school, name="张三", number="2023001", department="机电学院", class_name="数控1班")
    user = _claimant()
    # when
    result = realname_claim(request=request_for(user), organisation=school, name=" 张三 ", number="2023001")
    # then
    assert result.status == "verified" and result.claim is None
    user.refresh_from_db()
    assert user.real_name == "张三" and user.real_name_status == RealNameStatus.VERIFIED
    assert (user.student_or_staff_number, user.department, user.class_name) == ("2023001", "机电学院", "数控1班")
    assert user.real_name_verified_at is not None
    assert RoleAssignment.objects.filter(user=user, role=Role.SCHOOL_STUDENT, organisation=school).exists()
    assert RosterEntry.objects.get(number="2023001").claimed_by == user
    assert AuditEvent.objects.filter(action="realname.verified", actor=user).exists()


def test_teachers_get_the_teacher_role_and_enterprise_staff_the_employee_role():
    # given
    school = OrganisationFactory()
    company = OrganisationFactory(kind=OrganisationKind.ENTERPRISE)
    RosterEntryFactory(organisation=school, name="李老师", number="T1", kind="teacher")
    RosterEntryFactory(organisation=company, name="王工", number="E1", kind="student")
    teacher, employee = _claimant(), _claimant()
    # when
    realname_claim(request=request_for(teacher), organisation=school, name="李老师", number="t1")
    realname_claim(request=request_for(employee), organisation=company, name="王工", number="E1")
    # then
    assert RoleAssignment.objects.filter(user=teacher, role=Role.TEACHER, organisation=school).exists()
    assert RoleAssignment.objects.filter(user=employee, role=Role.ENTERPRISE_EMPLOYEE, organisation=company).exists()


def test_names_compare_without_spaces_and_with_any_middle_dot(school):
    RosterEntryFactory(organisation=school, name="阿依古丽·买买提", number="2023001")
    result = realname_claim(
        request=request_for(_claimant()), organisation=school, name="阿依古丽 • 买买提", number="2023001"
    )
    assert result.status == "verified"


def test_an_unknown_number_is_refused_with_a_clear_reason(school):
    # given
    user = _claimant()
    # when
    with translation.override("en"), pytest.raises(DomainError) as error:
        realname_claim(request=request_for(user), organisation=school, name="张三", number="9999")
    # then
    assert error.value.code == ErrorCode.NOT_FOUND and error.value.field == "number"
    assert "9999" in error.value.message and "示例职业技术学院" in error.value.message
    assert AuditEvent.objects.get(action="realname.claim").detail == {"reason": "unknown_number"}


def test_a_wrong_name_is_refused_and_audited_without_the_name(school):
    # given
    RosterEntryFactory(organisation=school, name="张三", number="2023001")
    user = _claimant()
    # when
    with translation.override("en"), pytest.raises(DomainError) as error:
        realname_claim(request=request_for(user), organisation=school, name="李四", number="2023001")
    # then
    assert error.value.field == "name" and "does not match" in error.value.message
    event = AuditEvent.objects.get(action="realname.claim")
    assert event.result == "failure" and "李四" not in str(event.detail) + event.object_repr
    user.refresh_from_db()
    assert user.real_name_status == RealNameStatus.UNVERIFIED


def test_ten_failures_a_day_then_rate_limited(school):
    # given
    RosterEntryFactory(organisation=school, name="张三", number="2023001")
    user = _claimant()
    for _ in range(REALNAME_CLAIM_DAILY_FAILURES):
        with pytest.raises(DomainError):
            realname_claim(request=request_for(user), organisation=school, name="李四", number="2023001")
    # when
    with pytest.raises(DomainError) as error:
        realname_claim(request=request_for(user), organisation=school, name="张三", number="2023001")
    # then
    assert error.value.code == ErrorCode.RATE_LIMITED
    assert RosterEntry.objects.get(number="2023001").claimed_by is None


def test_failures_older_than_a_day_do_not_count(school):
    # given
    RosterEntryFactory(organisation=school, name="张三", number="2023001")
    user = _claimant()
    yesterday = timezone.now() - timedelta(hours=25)
    for _ in range(REALNAME_CLAIM_DAILY_FAILURES):
        AuditEvent.objects.create(actor=user, action="realname.claim", result="failure", occurred_at=yesterday)
    # when
    result = realname_claim(request=request_for(user), organisation=school, name="张三", number="2023001")
    # then
    assert result.status == "verified"


def test_claiming_ones_own_row_again_is_a_no_op(school):
    # given
    RosterEntryFactory(organisation=school, name="张三", number="2023001")
    user = _claimant()
    realname_claim(request=request_for(user), organisation=school, name="张三", number="2023001")
    # when
    result = realname_claim(request=request_for(user), organisation=school, name="张三", number="2023001")
    # then
    assert result.status == "verified"
    assert AuditEvent.objects.filter(action="realname.verified").count() == 1


def test_a_verified_user_cannot_claim_a_second_row(school):
    # given
    RosterEntryFactory(organisation=school, name="张三", number="2023001")
    RosterEntryFactory(organisation=school, name="张三", number="2023002")
    user = _claimant()
    realname_claim(request=request_for(user), organisation=school, name="张三", number="2023001")
    # when
    with pytest.raises(DomainError) as error:
        realname_claim(request=request_for(user), organisation=school, name="张三", number="2023002")
    # then
    assert error.value.code == ErrorCode.CONFLICT


def test_a_row_claimed_by_someone_else_becomes_one_pending_claim(school):
    # given
    holder = _claimant()
    RosterEntryFactory(organisation=school, name="张三", number="2023001")
    realname_claim(request=request_for(holder), organisation=school, name="张三", number="2023001")
    user = _claimant()
    # when
    first = realname_claim(request=request_for(user), organisation=school, name="张三", number="2023001")
    again = realname_claim(request=request_for(user), organisation=school, name="张三", number="2023001")
    # then
    assert first.status == "pending" and first.claim is not None and again.claim == first.claim
    assert RealNameClaim.objects.filter(user=user, status=ClaimStatus.PENDING).count() == 1
    user.refresh_from_db()
    assert user.real_name_status == RealNameStatus.PENDING
    assert RosterEntry.objects.get(number="2023001").claimed_by == holder


def test_anonymous_users_cannot_claim(school):
    from django.contrib.auth.models import AnonymousUser
    from django.test import RequestFactory

    request = RequestFactory().post("/")
    request.user = AnonymousUser()
    with pytest.raises(DomainError) as error:
        realname_claim(request=request, organisation=school, name="张三", number="1")
    assert error.value.code == ErrorCode.UNAUTHENTICATED


# ---- realname_claim_decide ----------------------------------------------------------------------------


def _disputed(school):
    holder, claimant = _claimant(), _claimant()
    RosterEntryFactory(organisation=school, name="张三", number="2023001")
    realname_claim(request=request_for(holder), organisation=school, name="张三", number="2023001")
    result = realname_claim(request=request_for(claimant), organisation=school, name="张三", number="2023001")
    return holder, claimant, result.claim


def test_approving_moves_the_row_verification_and_role_to_the_claimant(school, school_admin):
    # given
    holder, claimant, claim = _disputed(school)
    # when
    decided = realname_claim_decide(request=request_for(school_admin), claim=claim, approve=True, note="核实学生证")
    # then
    assert decided.status == ClaimStatus.APPROVED and decided.decided_by == school_admin
    holder.refresh_from_db()
    claimant.refresh_from_db()
    assert holder.real_name_status == RealNameStatus.UNVERIFIED and holder.student_or_staff_number == ""
    assert claimant.real_name_status == RealNameStatus.VERIFIED
    assert not RoleAssignment.objects.filter(user=holder, organisation=school).exists()
    assert not holder.groups.filter(name="在校学生").exists()
    assert RoleAssignment.objects.filter(user=claimant, role=Role.SCHOOL_STUDENT, organisation=school).exists()
    assert RosterEntry.objects.get(number="2023001").claimed_by == claimant
    event = AuditEvent.objects.get(action="realname.claim_decide")
    assert event.detail["previous_holder_id"] == holder.pk and event.detail["approve"] is True


def test_rejecting_marks_the_claimant_rejected_and_keeps_the_holder(school, school_admin):
    # given
    holder, claimant, claim = _disputed(school)
    # when
    decided = realname_claim_decide(request=request_for(school_admin), claim=claim, approve=False)
    # then
    assert decided.status == ClaimStatus.REJECTED
    claimant.refresh_from_db()
    holder.refresh_from_db()
    assert claimant.real_name_status == RealNameStatus.REJECTED
    assert holder.real_name_status == RealNameStatus.VERIFIED
    assert AuditEvent.objects.filter(action="realname.claim_decide").count() == 1


def test_a_claim_is_decided_once(school, school_admin):
    _holder, _claimant_user, claim = _disputed(school)
    realname_claim_decide(request=request_for(school_admin), claim=claim, approve=False)
    with pytest.raises(DomainError) as error:
        realname_claim_decide(request=request_for(school_admin), claim=claim, approve=True)
    assert error.value.code == ErrorCode.CONFLICT


def test_only_administrators_of_the_school_decide(school):
    # given
    _holder, _claimant_user, claim = _disputed(school)
    stranger = organisation_admin(OrganisationFactory())
    # when
    with pytest.raises(DomainError) as error:
        realname_claim_decide(request=request_for(stranger), claim=claim, approve=True)
    # then
    assert error.value.code == ErrorCode.PERMISSION_DENIED
    assert RealNameClaim.objects.get(pk=claim.pk).status == ClaimStatus.PENDING


def test_approving_a_claimant_verified_elsewhere_is_refused(school, school_admin):
    # given
    entry = RosterEntryFactory(organisation=school, name="张三", number="2023001", claimed_by=_claimant())
    claimant = _claimant()
    RosterEntryFactory(organisation=school, name="李四", number="2023002", claimed_by=claimant)
    claim = RealNameClaimFactory(user=claimant, entry=entry)
    # when
    with pytest.raises(DomainError) as error:
        realname_claim_decide(request=request_for(school_admin), claim=claim, approve=True)
    # then
    assert error.value.code == ErrorCode.CONFLICT


def test_two_free_rows_claimed_at_the_same_instant_give_a_conflict_not_an_error(school):
    from cms.accounts import realname

    # given a user who already holds one row (the other tab won the race)
    first, second = RosterEntryFactory(organisation=school), RosterEntryFactory(organisation=school)
    user = UserFactory()
    first.claimed_by = user
    first.save()
    # when the second tab's claim reaches the database
    with pytest.raises(DomainError) as refused:
        realname._claim_entry(request=request_for(user), user=user, entry_id=second.pk)
    # then it is a clear conflict and the row stays free
    assert refused.value.code == ErrorCode.CONFLICT
    second.refresh_from_db()
    assert second.claimed_by_id is None

"""O1/O2: creating and inviting organisations, construction tasks, roles (cms.accounts.organisation_admin)."""

from datetime import timedelta
from urllib.parse import parse_qs, urlparse

import pytest
from django.core import mail
from django.test import override_settings
from django.utils import timezone, translation

from cms.accounts.messaging.email import EmailError
from cms.accounts.models import (
    ConstructionTaskKind,
    LibraryRole,
    Organisation,
    OrganisationInvitation,
    OrganisationKind,
    RoleAssignment,
)
from cms.accounts.organisation_admin import (
    construction_task_assign,
    construction_task_report,
    invitation_accept,
    organisation_create,
    organisation_invite,
    role_assign,
    role_revoke,
    token_digest,
)
from cms.accounts.roles import PlatformRole, Role
from cms.accounts.services import role_groups_ensure
from cms.accounts.tests.factories import ConstructionTaskFactory, OrganisationFactory, UserFactory
from cms.accounts.tests.support import host_organisation, organisation_admin, platform_admin, request_for
from cms.audit.models import AuditEvent
from cms.core.errors import DomainError, ErrorCode

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _groups():
    role_groups_ensure()


@pytest.fixture
def host():
    return host_organisation(name="主持院校")


@pytest.fixture
def host_admin(host):
    return organisation_admin(host)


def _code(callable_, **kwargs) -> ErrorCode:
    with pytest.raises(DomainError) as error:
        callable_(**kwargs)
    return error.value.code


def _invite(request, host, *, email="head@school.example.cn", name="参建院校"):
    with override_settings(ZYK_PUBLIC_URL="https://zyk.example.cn"):
        return organisation_invite(request=request, host=host, name=name, kind=OrganisationKind.SCHOOL, email=email)


def _token_from_mail() -> str:
    link = next(word for word in mail.outbox[-1].body.split() if "/invitations/accept?token=" in word)
    assert link.startswith("https://zyk.example.cn/invitations/accept?token=")
    return parse_qs(urlparse(link).query)["token"][0]


# ---- organisation_create --------------------------------------------------------------------------------


def test_an_organisation_administrator_creates_a_department_in_their_subtree(host, host_admin):
    # when
    department = organisation_create(
        request=request_for(host_admin), parent=host, name="机电工程学院", kind=OrganisationKind.DEPARTMENT
    )
    # then
    assert department.parent == host and department.path == f"{host.path}{department.pk}/"
    assert AuditEvent.objects.filter(action="organisation.create", object_id=str(department.pk)).exists()


def test_only_a_platform_administrator_creates_top_level_organisations_and_hosts(host_admin):
    # given
    system_admin = platform_admin(PlatformRole.SYSTEM_ADMIN)
    # when
    refused = _code(
        organisation_create, request=request_for(host_admin), parent=None, name="顶层", kind=OrganisationKind.SCHOOL
    )
    created = organisation_create(
        request=request_for(system_admin),
        parent=None,
        name="新主持院校",
        kind=OrganisationKind.SCHOOL,
        library_role=LibraryRole.HOST,
    )
    # then
    assert refused == ErrorCode.PERMISSION_DENIED
    assert created.library_role == LibraryRole.HOST and created.host_slot is not None


def test_an_organisation_administrator_cannot_create_a_host(host, host_admin):
    code = _code(
        organisation_create,
        request=request_for(host_admin),
        parent=host,
        name="另一个主持",
        kind=OrganisationKind.SCHOOL,
        library_role=LibraryRole.HOST,
    )
    assert code == ErrorCode.PERMISSION_DENIED


def test_a_duplicate_name_is_a_conflict_on_the_name_field(host, host_admin):
    # given
    OrganisationFactory(name="重名学院")
    # when
    with pytest.raises(DomainError) as error:
        organisation_create(request=request_for(host_admin), parent=host, name="重名学院", kind="school")
    # then
    assert error.value.code == ErrorCode.CONFLICT and error.value.field == "name"


# ---- organisation_invite / invitation_accept ------------------------------------------------------------


def test_inviting_creates_the_organisation_and_emails_a_link_whose_token_is_not_stored(host, host_admin):
    # when
    invitation = _invite(request_for(host_admin), host)
    # then
    organisation = invitation.organisation
    assert organisation.parent == host and organisation.library_role == LibraryRole.PARTICIPATING
    assert mail.outbox[-1].to == ["head@school.example.cn"] and "参建院校" in mail.outbox[-1].subject
    token = _token_from_mail()
    assert invitation.token_digest == token_digest(token) and token not in invitation.token_digest
    assert invitation.expires_at - timezone.now() > timedelta(days=6, hours=23)
    event = AuditEvent.objects.get(action="organisation.invite")
    assert token not in str(event.detail)


def test_inviting_again_reuses_the_child_and_revokes_the_earlier_link(host, host_admin):
    # given
    first = _invite(request_for(host_admin), host)
    # when
    second = _invite(request_for(host_admin), host)
    # then
    assert second.organisation == first.organisation
    first.refresh_from_db()
    assert first.revoked_at is not None
    assert Organisation.objects.filter(name="参建院校").count() == 1


def test_only_hosts_invite(host):
    # given
    participating = OrganisationFactory()
    admin = organisation_admin(participating)
    # when
    code = _code(
        organisation_invite,
        request=request_for(admin),
        host=participating,
        name="x",
        kind="school",
        email="a@b.cn",
    )
    # then
    assert code == ErrorCode.PERMISSION_DENIED


def test_a_bad_email_address_is_refused(host, host_admin):
    with pytest.raises(DomainError) as error:
        _invite(request_for(host_admin), host, email="not-an-address")
    assert error.value.field == "email"
    assert not OrganisationInvitation.objects.exists()


def test_when_the_email_fails_nothing_is_kept(host, host_admin, monkeypatch):
    # given
    def refuse(**kwargs):
        raise EmailError()

    monkeypatch.setattr("cms.accounts.organisation_admin.email_send", refuse)
    # when
    with pytest.raises(DomainError) as error:
        _invite(request_for(host_admin), host)
    # then
    assert error.value.code == ErrorCode.DELIVERY_FAILED
    assert not OrganisationInvitation.objects.exists() and not Organisation.objects.filter(name="参建院校").exists()


def test_accepting_grants_the_administrator_role_once(host, host_admin):
    # given
    invitation = _invite(request_for(host_admin), host)
    token = _token_from_mail()
    newcomer = UserFactory()
    # when
    assignment = invitation_accept(request=request_for(newcomer), token=token)
    again = _code(invitation_accept, request=request_for(UserFactory()), token=token)
    # then
    assert (assignment.user, assignment.role, assignment.organisation) == (
        newcomer,
        Role.ORGANISATION_ADMIN,
        invitation.organisation,
    )
    invitation.refresh_from_db()
    assert invitation.accepted_by == newcomer and invitation.accepted_at is not None
    assert again == ErrorCode.INVALID_CODE


def test_expired_revoked_and_unknown_tokens_are_refused_with_reasons(host, host_admin):
    # given
    _invite(request_for(host_admin), host, email="a@school.example.cn")
    expired_token = _token_from_mail()
    OrganisationInvitation.objects.filter(email="a@school.example.cn").update(
        expires_at=timezone.now() - timedelta(minutes=1)
    )
    _invite(request_for(host_admin), host, email="b@school.example.cn")
    revoked_token = _token_from_mail()
    _invite(request_for(host_admin), host, email="b@school.example.cn")  # revokes the previous one
    user = UserFactory()
    # when
    messages = {}
    for label, token in (("expired", expired_token), ("revoked", revoked_token), ("unknown", "nope")):
        with translation.override("en"), pytest.raises(DomainError) as error:
            invitation_accept(request=request_for(user), token=token)
        messages[label] = (error.value.code, error.value.message)
    # then
    assert {code for code, _ in messages.values()} == {ErrorCode.INVALID_CODE}
    assert "expired" in messages["expired"][1]
    assert "withdrawn" in messages["revoked"][1]
    assert "not valid" in messages["unknown"][1]
    assert not RoleAssignment.objects.filter(user=user).exists()
    assert AuditEvent.objects.filter(action="organisation.invitation_accept", result="failure").count() == 3


# ---- construction tasks ---------------------------------------------------------------------------------


def test_a_host_assigns_a_task_and_the_participant_reports_progress(host, host_admin):
    # given
    school = OrganisationFactory(parent=host)
    school_admin = organisation_admin(school)
    due = timezone.localdate() + timedelta(days=60)
    # when
    task = construction_task_assign(
        request=request_for(host_admin),
        organisation=school,
        kind=ConstructionTaskKind.COURSE,
        title="建设《数控编程》课程",
        target_count=1,
        due_date=due,
    )
    reported = construction_task_report(request=request_for(school_admin), task=task, done_count=1)
    # then
    assert task.assigned_by == host_admin and reported.done_count == 1 and reported.progress == 1.0
    event = AuditEvent.objects.get(action="task.report")
    assert (event.detail["before"], event.detail["after"]) == (0, 1)


def test_participants_cannot_assign_tasks(host):
    school = OrganisationFactory(parent=host)
    code = _code(
        construction_task_assign,
        request=request_for(organisation_admin(school)),
        organisation=school,
        kind="resources",
        title="t",
        target_count=5,
        due_date=timezone.localdate(),
    )
    assert code == ErrorCode.PERMISSION_DENIED


@pytest.mark.parametrize(
    ("target", "days", "field"),
    [(0, 10, "target_count"), (5, -1, "due_date")],
)
def test_task_target_and_due_date_are_checked(host, host_admin, target, days, field):
    with pytest.raises(DomainError) as error:
        construction_task_assign(
            request=request_for(host_admin),
            organisation=OrganisationFactory(parent=host),
            kind="resources",
            title="资源任务",
            target_count=target,
            due_date=timezone.localdate() + timedelta(days=days),
        )
    assert error.value.field == field


def test_reports_cannot_be_negative_nor_from_outside(host, host_admin):
    # given
    task = ConstructionTaskFactory(organisation=OrganisationFactory(parent=host))
    outsider = organisation_admin(OrganisationFactory())
    # when / then
    assert _code(construction_task_report, request=request_for(host_admin), task=task, done_count=-1) == (
        ErrorCode.INVALID_INPUT
    )
    assert _code(construction_task_report, request=request_for(outsider), task=task, done_count=3) == (
        ErrorCode.PERMISSION_DENIED
    )


# ---- roles ----------------------------------------------------------------------------------------------


def test_an_administrator_assigns_and_revokes_roles_in_their_subtree_with_before_and_after(host, host_admin):
    # given
    school = OrganisationFactory(parent=host)
    teacher = UserFactory()
    # when
    assignment = role_assign(request=request_for(host_admin), user=teacher, role=Role.EDITOR, organisation=school)
    role_revoke(request=request_for(host_admin), user=teacher, role=Role.EDITOR, organisation=school)
    # then
    assert assignment.role == Role.EDITOR
    assert not RoleAssignment.objects.filter(user=teacher).exists()
    assert not teacher.groups.filter(name="编辑").exists()
    grant = AuditEvent.objects.get(action="role.grant")
    revoke = AuditEvent.objects.get(action="role.revoke")
    assert (grant.detail["before"], grant.detail["after"]) == ([], ["editor"])
    assert (revoke.detail["before"], revoke.detail["after"]) == (["editor"], [])


def test_platform_roles_and_ones_own_roles_are_not_assigned_here(host, host_admin):
    # given
    someone = UserFactory()
    # when / then
    for role in (PlatformRole.SYSTEM_ADMIN, Role.SOCIAL_LEARNER):
        assert _code(role_assign, request=request_for(host_admin), user=someone, role=role, organisation=host) == (
            ErrorCode.INVALID_INPUT
        )
    assert _code(
        role_assign, request=request_for(host_admin), user=host_admin, role=Role.EDITOR, organisation=host
    ) == (ErrorCode.CONFLICT)


def test_roles_outside_ones_subtree_are_refused(host_admin):
    code = _code(
        role_assign,
        request=request_for(host_admin),
        user=UserFactory(),
        role=Role.TEACHER,
        organisation=OrganisationFactory(),
    )
    assert code == ErrorCode.PERMISSION_DENIED


def test_revoking_a_role_not_held_is_not_found(host, host_admin):
    code = _code(role_revoke, request=request_for(host_admin), user=UserFactory(), role=Role.TEACHER, organisation=host)
    assert code == ErrorCode.NOT_FOUND


def test_the_security_administrator_assigns_anywhere_but_the_system_administrator_does_not(host):
    # given
    security, system = platform_admin(PlatformRole.SECURITY_ADMIN), platform_admin(PlatformRole.SYSTEM_ADMIN)
    someone = UserFactory()
    # when
    role_assign(request=request_for(security), user=someone, role=Role.REVIEWER, organisation=host)
    code = _code(role_assign, request=request_for(system), user=someone, role=Role.EDITOR, organisation=host)
    # then
    assert RoleAssignment.objects.filter(user=someone, role=Role.REVIEWER).exists()
    assert code == ErrorCode.PERMISSION_DENIED

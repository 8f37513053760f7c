"""The audit trail can only grow (S): no update, no delete, from Python or from SQL."""

import pytest
from django.db import DatabaseError, connection, transaction

from cms.audit.models import AppendOnlyError, AuditEvent
from cms.audit.services import audit_record

pytestmark = pytest.mark.django_db


def test_an_event_cannot_be_changed_or_deleted_from_python():
    # given
    event = audit_record(action="login.success")
    # when / then
    event.action = "login.failed"
    with pytest.raises(AppendOnlyError):
        event.save()
    with pytest.raises(AppendOnlyError):
        event.delete()
    with pytest.raises(AppendOnlyError):
        AuditEvent.objects.filter(pk=event.pk).update(action="x")
    with pytest.raises(AppendOnlyError):
        AuditEvent.objects.all().delete()
    assert AuditEvent.objects.get(pk=event.pk).action == "login.success"


@pytest.mark.skipif(connection.vendor != "postgresql", reason="the trigger is PostgreSQL's; SQLite is dev only")
def test_the_database_refuses_update_and_delete():
    event = audit_record(action="role.grant")
    for sql in ("UPDATE audit_auditevent SET action = 'x' WHERE id = %s", "DELETE FROM audit_auditevent WHERE id = %s"):
        with pytest.raises(DatabaseError, match="append-only"), transaction.atomic(), connection.cursor() as cursor:
            cursor.execute(sql, [event.pk])
    assert AuditEvent.objects.filter(pk=event.pk, action="role.grant").exists()


def test_permission_changes_in_the_admin_groups_screen_are_audited(db):
    from django.contrib.auth.models import Group, Permission

    from cms.accounts.tests.factories import UserFactory

    # given
    group = Group.objects.create(name="教师")
    permission = Permission.objects.get(codename="act_roster_import")
    user = UserFactory()
    # when
    group.permissions.add(permission)
    user.groups.add(group)
    group.permissions.remove(permission)
    # then
    events = list(AuditEvent.objects.filter(action__in=["permission.change", "role.group_membership"]).order_by("id"))
    assert [(e.action, e.detail) for e in events] == [
        ("permission.change", {"added": ["act_roster_import"]}),
        ("role.group_membership", {"added": ["教师"]}),
        ("permission.change", {"removed": ["act_roster_import"]}),
    ]

"""No everyday superuser: setup_finish disables it once the separated administrators exist (S)."""

import pytest
from django.core.management import CommandError, call_command
from django.utils import translation
from django_otp.plugins.otp_totp.models import TOTPDevice

from cms.accounts.roles import PlatformRole
from cms.accounts.services import platform_role_set
from cms.accounts.tests.factories import UserFactory
from cms.audit.models import AuditEvent

pytestmark = pytest.mark.django_db


def test_setup_finish_refuses_until_all_three_administrators_are_enrolled():
    root = UserFactory(is_superuser=True)
    platform_role_set(user=UserFactory(), role=PlatformRole.SYSTEM_ADMIN)
    with translation.override("en"), pytest.raises(CommandError, match="Security administrator"):
        call_command("setup_finish")
    root.refresh_from_db()
    assert root.is_active


def test_setup_finish_disables_superusers_and_audits_it():
    root = UserFactory(is_superuser=True)
    for role in (PlatformRole.SYSTEM_ADMIN, PlatformRole.SECURITY_ADMIN, PlatformRole.AUDIT_ADMIN):
        admin = platform_role_set(user=UserFactory(), role=role)
        TOTPDevice.objects.create(user=admin, name="app", confirmed=True)
    call_command("setup_finish")
    root.refresh_from_db()
    assert not root.is_active
    assert AuditEvent.objects.filter(action="setup.superuser_disabled", object_id=str(root.pk)).exists()

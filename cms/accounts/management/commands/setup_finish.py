"""End the setup phase: disable every superuser once the three separated administrators exist (S 三权分立).

The initial superuser (``createsuperuser``) exists only to bootstrap a deployment. This command refuses to
run until a system, a security and an audit administrator are active and have two-factor login set up,
then deactivates all superusers and records it in the audit log.
"""

from django.core.management.base import BaseCommand, CommandError
from django_otp.plugins.otp_totp.models import TOTPDevice

from cms.accounts.models import User
from cms.accounts.roles import PlatformRole
from cms.audit.services import audit_record


class Command(BaseCommand):
    help = "Disable every superuser once system, security and audit administrators with two-factor login exist."

    def handle(self, *args, **options):
        missing = []
        for role in (PlatformRole.SYSTEM_ADMIN, PlatformRole.SECURITY_ADMIN, PlatformRole.AUDIT_ADMIN):
            holders = User.objects.filter(platform_role=role, is_active=True, is_superuser=False)
            if not TOTPDevice.objects.filter(user__in=holders, confirmed=True).exists():
                missing.append(str(role.label))
        if missing:
            raise CommandError(
                "First create and enrol (two-factor) an active, non-superuser: " + ", ".join(missing) + "."
            )
        superusers = list(User.objects.filter(is_superuser=True, is_active=True))
        for user in superusers:
            user.is_active = False
            user.save(update_fields=["is_active"])
            audit_record(action="setup.superuser_disabled", obj=user)
        self.stdout.write(f"Disabled {len(superusers)} superuser(s); administration now runs by separated roles.")

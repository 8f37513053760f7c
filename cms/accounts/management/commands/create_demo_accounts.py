"""Demo accounts for ``make run``: passwords are random, printed once, never stored in the repository."""

import os
import secrets

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from cms.accounts.models import Organisation, User
from cms.accounts.roles import PlatformRole, Role
from cms.accounts.services import platform_role_set, role_grant, role_groups_ensure
from cms.majors.models import LibraryHomePage

DEMO_ACCOUNTS = [
    # username, real name, title, role, platform role. No superuser: duties are separated (三权分立, S).
    ("sysadmin", "赵立新", "", None, PlatformRole.SYSTEM_ADMIN),
    ("secadmin", "钱安平", "", None, PlatformRole.SECURITY_ADMIN),
    ("auditor", "孙审明", "", None, PlatformRole.AUDIT_ADMIN),
    ("orgadmin", "周建华", "", Role.ORGANISATION_ADMIN, None),
    ("editor", "李晓燕", "副教授", Role.EDITOR, None),
    ("reviewer", "王建国", "教授", Role.REVIEWER, None),
    ("teacher", "张海涛", "高级工程师", Role.TEACHER, None),
    ("learner", "陈小明", "", Role.SCHOOL_STUDENT, None),
]


class Command(BaseCommand):
    help = (
        "Create the demo accounts (system, security and audit administrators, an organisation administrator, "
        "editor, reviewer, teacher, learner) and print their passwords."
    )

    def add_arguments(self, parser):
        parser.add_argument("--reset", action="store_true", help="Give existing demo accounts new passwords.")
        parser.add_argument(
            "--password-env",
            metavar="VAR",
            help="For automated browser tests: take every password from this environment variable.",
        )

    @transaction.atomic
    def handle(self, *args, reset: bool = False, password_env: str | None = None, **options):
        fixed = os.environ.get(password_env or "", "") if password_env else None
        if password_env and len(fixed or "") < 12:
            raise CommandError(f"{password_env} must hold a password of at least 12 characters.")
        home = LibraryHomePage.objects.first()
        role_groups_ensure(root_page=home)
        host = Organisation.objects.filter(host_slot=1).first()
        lines = []
        for username, real_name, title, role, platform_role in DEMO_ACCOUNTS:
            user = User.objects.filter(username=username).first()
            password = None
            if user is None:
                user = User(username=username, real_name=real_name, title=title)
                password = fixed or secrets.token_urlsafe(12)
                user.set_password(password)
                user.is_staff = role in (Role.EDITOR, Role.REVIEWER)
                user.save()
            elif reset or fixed:
                password = fixed or secrets.token_urlsafe(12)
                user.set_password(password)
                user.save(update_fields=["password"])
            if platform_role:
                platform_role_set(user=user, role=platform_role)
            if role:
                role_grant(user=user, role=role, organisation=None if role == Role.SOCIAL_LEARNER else host)
            lines.append((username, real_name, password))
        self.stdout.write("Demo accounts (log in at /login; administrators then set up two-factor login):")
        for username, real_name, password in lines:
            shown = (
                "(from $" + password_env + ")"
                if fixed
                else password or "(unchanged; `manage.py create_demo_accounts --reset` sets a new one)"
            )
            self.stdout.write(f"  {username:<9} {real_name:<6}  password: {shown}")

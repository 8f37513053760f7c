"""``load_demo`` builds a real library once and changes nothing on a second run (issue 2, item 1)."""

import pytest
from django.core.management import call_command
from wagtail.models import Page, PageLogEntry, Revision

from cms.accounts.models import Organisation
from cms.courses.models import CourseKind, CoursePage
from cms.majors.models import CourseRelation, MajorPage

pytestmark = pytest.mark.django_db


def _snapshot() -> tuple:
    return (
        Page.objects.count(),
        Revision.objects.count(),
        PageLogEntry.objects.count(),
        Organisation.objects.count(),
        CourseRelation.objects.count(),
    )


def test_demo_library_loads_once(capsys):
    call_command("load_demo", "--without-resources")
    major = MajorPage.objects.get(code="460103")
    core = CoursePage.objects.child_of(major).filter(kind=CourseKind.CORE)
    assert 6 <= core.count() <= 8
    assert Organisation.objects.filter(host_slot__isnull=False).count() == 3
    first = _snapshot()
    call_command("load_demo", "--without-resources")
    assert _snapshot() == first
    assert "nothing changed" in capsys.readouterr().out


def test_demo_accounts_print_passwords_once(capsys):
    call_command("load_demo", "--without-resources")
    call_command("create_demo_accounts")
    first = capsys.readouterr().out
    call_command("create_demo_accounts")
    second = capsys.readouterr().out
    assert first.count("password: ") == 8 and "(unchanged" not in first
    assert second.count("(unchanged") == 8

"""unit_rename (M5, T1): the course team and editors rename a unit; others and empty or overlong titles are
refused with a message and the old title stays."""

import pytest

from cms.accounts.models import OrganisationKind
from cms.accounts.roles import Role
from cms.accounts.tests.factories import OrganisationFactory, UserFactory
from cms.core.errors import DomainError, ErrorCode
from cms.courses import services
from cms.courses.models import CourseUnit
from cms.courses.tests.factories import CoursePageFactory, CourseTeacherFactory
from cms.resources.tests.factories import grant

pytestmark = pytest.mark.django_db


@pytest.fixture
def unit():
    course = CoursePageFactory(title="数控车削加工技术")
    teacher = grant(Role.TEACHER, OrganisationFactory(kind=OrganisationKind.SCHOOL))
    CourseTeacherFactory(course=course, user=teacher)
    module = services.module_add(user=teacher, course=course, title="项目一")
    unit = services.unit_add(user=teacher, module=module, title="单元1")
    unit.teacher = teacher
    return unit


def test_the_team_and_editors_rename_a_unit(unit):
    # when a team member renames the unit, then an administrator (editor rights) does
    services.unit_rename(user=unit.teacher, unit=unit, title="  单元一 对刀  ")
    assert CourseUnit.objects.get(pk=unit.pk).title == "单元一 对刀"
    services.unit_rename(user=UserFactory(is_superuser=True), unit=unit, title="单元一")
    # then the stored title follows, trimmed
    assert CourseUnit.objects.get(pk=unit.pk).title == "单元一"


def test_outsiders_are_refused_and_the_title_stays(unit):
    outsider = grant(Role.TEACHER, OrganisationFactory(kind=OrganisationKind.SCHOOL))
    with pytest.raises(DomainError) as refused:
        services.unit_rename(user=outsider, unit=unit, title="改名")
    assert refused.value.code == ErrorCode.PERMISSION_DENIED
    assert refused.value.message == "Only the course team and editors can change the structure of “数控车削加工技术”."
    assert CourseUnit.objects.get(pk=unit.pk).title == "单元1"


@pytest.mark.parametrize(
    ("title", "code", "message"),
    [
        ("   ", ErrorCode.INVALID_INPUT, "Give it a title."),
        ("长" * 129, ErrorCode.LIMIT_EXCEEDED, "A title has at most 128 characters."),
    ],
)
def test_empty_and_overlong_titles_are_refused(unit, title, code, message):
    with pytest.raises(DomainError) as refused:
        services.unit_rename(user=unit.teacher, unit=unit, title=title)
    assert (refused.value.code, refused.value.message, refused.value.field) == (code, message, "title")
    assert CourseUnit.objects.get(pk=unit.pk).title == "单元1"

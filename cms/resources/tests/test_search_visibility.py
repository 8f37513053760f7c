"""Who finds and opens which published resource (M8): everyone, logged-in users, or the same school only.

"Own school" is ``Resource.school`` (the nearest school or enterprise at or above the building institution,
kept by the services) compared with the schools of the user's role assignments (``permissions.user_school_ids``).
Selector level; the GraphQL tests go through the same selectors.
"""

import pytest
from django.contrib.auth.models import AnonymousUser

from cms.accounts.models import OrganisationKind, User
from cms.accounts.roles import Role
from cms.accounts.services import role_grant
from cms.accounts.tests.factories import OrganisationFactory, UserFactory
from cms.courses.tests.factories import CoursePageFactory
from cms.resources import services
from cms.resources.models import Resource, Visibility
from cms.resources.selectors import (
    ResourceFilters,
    recycle_bin,
    resource_autocomplete,
    resource_get,
    resource_search,
)
from cms.resources.tests.factories import grant, text_resource

pytestmark = pytest.mark.django_db

PUBLIC, LOGGED_IN, OWN_SCHOOL = "public", "logged_in", "own_school"


def publish(resource: Resource, user) -> Resource:
    """Approve the latest draft as the workflow's last level does (fires ``published`` → index, school)."""
    resource.save_revision(user=user).publish(user=user, skip_permission_checks=True)
    resource.refresh_from_db()
    return resource


@pytest.fixture
def world():
    """School A with a department, school B, an enterprise; one resource of A's department per visibility."""
    school_a = OrganisationFactory(name="甲职业技术学院")
    department = OrganisationFactory(name="甲学院机电工程系", kind=OrganisationKind.DEPARTMENT, parent=school_a)
    team = OrganisationFactory(name="甲学院数控课程团队", kind=OrganisationKind.COURSE_TEAM, parent=department)
    school_b = OrganisationFactory(name="乙职业技术学院")
    enterprise = OrganisationFactory(name="丙精密机械有限公司", kind=OrganisationKind.ENTERPRISE)
    course = CoursePageFactory(title="液压与气动技术")
    teacher = grant(Role.TEACHER, team)
    resources = {}
    for key, visibility, title in (
        (PUBLIC, Visibility.PUBLIC, "液压泵结构公开课"),
        (LOGGED_IN, Visibility.LOGGED_IN, "液压泵拆装登录课"),
        (OWN_SCHOOL, Visibility.ORGANISATION, "液压泵维修校内课"),
    ):
        resources[key] = publish(text_resource(teacher, team, course, title=title, visibility=visibility), teacher)
    return {
        "school_a": school_a,
        "department": department,
        "team": team,
        "school_b": school_b,
        "enterprise": enterprise,
        "course": course,
        "teacher": teacher,
        "resources": resources,
    }


def fresh(user):
    """The user as a new request would load it (no permission cache)."""
    return user if not user.is_authenticated else User.objects.get(pk=user.pk)


def found(user, world) -> set[str]:
    """Which of the world's resources ``user`` finds by searching and by autocomplete."""
    page = resource_search(fresh(user), query="液压泵")
    by_pk = {r.pk: key for key, r in world["resources"].items()}
    keys = {by_pk[r.pk] for r in page.items}
    assert page.total == len(keys)
    assert sum(bucket.count for bucket in page.facets.get("resource_type", [])) == len(keys)
    titles = set(resource_autocomplete(fresh(user), "液压泵"))
    assert titles == {world["resources"][key].title for key in keys}
    return keys


def opened(user, world) -> set[str]:
    """Which of the world's resources ``user`` can open by id."""
    return {key for key, r in world["resources"].items() if resource_get(fresh(user), r.pk) is not None}


def test_the_building_school_is_the_nearest_school_above_the_institution(world):
    # given resources built by a course team inside a department of school A
    # then their school is school A, for every visibility
    assert {r.school_id for r in world["resources"].values()} == {world["school_a"].pk}


def test_anonymous_visitors_find_and_open_only_public_resources(world):
    # given an anonymous visitor
    visitor = AnonymousUser()
    # when / then
    assert found(visitor, world) == {PUBLIC}
    assert opened(visitor, world) == {PUBLIC}


@pytest.mark.parametrize(
    "make_user",
    [
        pytest.param(lambda w: UserFactory(), id="account-without-roles"),
        pytest.param(lambda w: grant(Role.SOCIAL_LEARNER, None), id="social-learner"),
        pytest.param(lambda w: grant(Role.SCHOOL_STUDENT, w["school_b"]), id="student-of-another-school"),
        pytest.param(lambda w: grant(Role.TEACHER, w["school_b"]), id="teacher-of-another-school"),
        pytest.param(lambda w: grant(Role.ENTERPRISE_EMPLOYEE, w["enterprise"]), id="employee-of-an-enterprise"),
    ],
)
def test_logged_in_users_of_other_schools_see_public_and_logged_in_resources(world, make_user):
    # given a logged-in user who belongs to no school or to another one
    user = make_user(world)
    # when / then they find and open public and logged-in resources, never school A's own ones
    assert found(user, world) == {PUBLIC, LOGGED_IN}
    assert opened(user, world) == {PUBLIC, LOGGED_IN}


@pytest.mark.parametrize(
    "make_user",
    [
        pytest.param(lambda w: grant(Role.SCHOOL_STUDENT, w["school_a"]), id="student-of-the-school"),
        pytest.param(lambda w: grant(Role.SCHOOL_STUDENT, w["department"]), id="student-of-a-department"),
        pytest.param(lambda w: grant(Role.TEACHER, w["department"]), id="teacher-of-a-department"),
        pytest.param(lambda w: grant(Role.REVIEWER, w["school_a"]), id="reviewer-of-the-school"),
    ],
)
def test_members_of_the_same_school_see_own_school_resources_too(world, make_user):
    # given a user with a role at school A or anywhere below it
    user = make_user(world)
    # when / then they find and open all three
    assert found(user, world) == {PUBLIC, LOGGED_IN, OWN_SCHOOL}
    assert opened(user, world) == {PUBLIC, LOGGED_IN, OWN_SCHOOL}


def test_a_member_of_two_schools_sees_the_own_school_resources_of_both(world):
    # given a resource only for school B, and a user holding roles at both schools
    teacher_b = grant(Role.TEACHER, world["school_b"])
    only_b = publish(
        text_resource(
            teacher_b, world["school_b"], world["course"], title="液压泵乙校内课", visibility=Visibility.ORGANISATION
        ),
        teacher_b,
    )
    both = grant(Role.SCHOOL_STUDENT, world["school_a"])
    role_grant(user=both, role=Role.SCHOOL_STUDENT, organisation=world["school_b"])
    student_a = grant(Role.SCHOOL_STUDENT, world["school_a"])

    def search_ids(user) -> set[int]:
        return {r.pk for r in resource_search(fresh(user), query="液压泵").items}

    # when / then
    own_a = world["resources"][OWN_SCHOOL].pk
    assert {own_a, only_b.pk} <= search_ids(both)
    assert only_b.pk not in search_ids(student_a)
    assert resource_get(fresh(student_a), only_b.pk) is None
    assert only_b.pk in search_ids(teacher_b) and own_a not in search_ids(teacher_b)


def test_the_recycle_bin_hides_a_resource_from_everyone_until_restored(world):
    # given school A's own-school resource moved to the recycle bin by its uploader
    teacher = world["teacher"]
    binned = world["resources"][OWN_SCHOOL]
    services.resources_delete(user=teacher, resources=[binned])
    colleague = grant(Role.SCHOOL_STUDENT, world["school_a"])
    # when / then nobody finds or opens it, its uploader included (they see it in the recycle bin)
    assert found(colleague, world) == {PUBLIC, LOGGED_IN}
    for user in (AnonymousUser(), colleague, teacher):
        assert resource_get(fresh(user), binned.pk) is None
    assert binned.pk not in {r.pk for r in resource_search(fresh(teacher), query="液压泵").items}
    assert [r.pk for r in recycle_bin(fresh(teacher))] == [binned.pk]
    # and once restored, the same school finds it again
    services.resources_restore(user=teacher, resources=[binned])
    assert found(colleague, world) == {PUBLIC, LOGGED_IN, OWN_SCHOOL}


def test_drafts_are_opened_by_their_uploader_only(world):
    # given an unpublished public draft
    teacher = world["teacher"]
    draft = text_resource(teacher, world["team"], world["course"], title="液压泵草稿", visibility=Visibility.PUBLIC)
    colleague = grant(Role.SCHOOL_STUDENT, world["school_a"])
    # when / then no search finds it; only its uploader opens it
    for user in (AnonymousUser(), colleague, teacher):
        assert draft.pk not in {r.pk for r in resource_search(fresh(user), query="草稿").items}
    assert resource_get(AnonymousUser(), draft.pk) is None
    assert resource_get(fresh(colleague), draft.pk) is None
    assert resource_get(fresh(teacher), draft.pk) is not None


def test_filters_and_facets_never_reveal_hidden_resources(world):
    # given an anonymous visitor filtering by the course all three belong to
    filters = ResourceFilters(course_ids=[world["course"].pk])
    # when browsing and searching
    browse = resource_search(AnonymousUser(), filters=filters)
    searched = resource_search(AnonymousUser(), query="液压泵", filters=filters)
    # then counts and facets cover the public resource only
    for page in (browse, searched):
        assert page.total == 1
        assert [(b.value, b.count) for b in page.facets["course"]] == [(str(world["course"].pk), 1)]

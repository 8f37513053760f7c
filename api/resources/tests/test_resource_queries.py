"""Resource reads through GraphQL (M3, M8): visibility by audience, facets, flat SQL query counts."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from cms.accounts.models import OrganisationKind
from cms.accounts.roles import Role
from cms.accounts.tests.factories import OrganisationFactory, UserFactory
from cms.courses.tests.factories import CoursePageFactory, SkillPointFactory
from cms.resources.models import Visibility
from cms.resources.tests.factories import grant, text_resource

pytestmark = pytest.mark.django_db

SEARCH = """
query Search($query: String!, $filter: ResourceFilterInput) {
  resources(query: $query, filter: $filter, limit: 50) {
    total
    items { id title type visibility major { name } course { name } keywords knowledgePoints { name }
            authors { name } rightsHolder status canDownload }
    facets { types { value label count } courses { value label count } knowledgePoints { value label count } }
  }
}
"""
ONE = "query One($id: ID!) { resource(id: $id) { id title status canEdit } }"
MINE = "query { myResources(limit: 50) { total items { id title status keywords authors { name } } } }"


def _publish(resource, user):
    resource.get_latest_revision().publish(user=user, skip_permission_checks=True)
    resource.refresh_from_db()
    return resource


@pytest.fixture
def library():
    school = OrganisationFactory(name="甲职业技术学院", kind=OrganisationKind.SCHOOL)
    department = OrganisationFactory(name="机电系", kind=OrganisationKind.DEPARTMENT, parent=school)
    other = OrganisationFactory(name="乙职业技术学院", kind=OrganisationKind.SCHOOL)
    course = CoursePageFactory(title="数控车削加工技术")
    point = SkillPointFactory(course=course, name="外圆车削")
    teacher = grant(Role.TEACHER, department)
    made = {}
    for visibility in Visibility:
        resource = text_resource(
            teacher,
            department,
            course,
            title=f"数控加工技术{visibility.value}",
            visibility=visibility.value,
            keywords=["数控", "车削"],
            knowledge_points=[point],
        )
        made[visibility.value] = _publish(resource, teacher)
    draft = text_resource(teacher, department, course, title="数控加工草稿")
    return {
        "school": school,
        "other": other,
        "teacher": teacher,
        "made": made,
        "draft": draft,
        "course": course,
        "point": point,
    }


def _titles(browser, query="数控"):
    body = browser.gql(SEARCH, {"query": query})
    assert "errors" not in body, body
    return sorted(item["title"] for item in body["data"]["resources"]["items"])


def test_visibility_anonymous_logged_in_same_school_other_school(library, new_browser):
    # given four audiences
    anonymous = new_browser()
    outsider = new_browser()
    outsider.client.force_login(UserFactory())
    colleague = new_browser()
    colleague.client.force_login(grant(Role.SCHOOL_STUDENT, library["school"]))
    stranger = new_browser()
    stranger.client.force_login(grant(Role.SCHOOL_STUDENT, library["other"]))
    # then each sees what the visibility allows; drafts never show up in search
    assert _titles(anonymous) == ["数控加工技术public"]
    assert _titles(outsider) == ["数控加工技术logged_in", "数控加工技术public"]
    assert _titles(stranger) == ["数控加工技术logged_in", "数控加工技术public"]
    assert _titles(colleague) == ["数控加工技术logged_in", "数控加工技术organisation", "数控加工技术public"]
    own_school = library["made"]["organisation"].pk
    assert anonymous.gql(ONE, {"id": own_school})["data"]["resource"] is None
    assert stranger.gql(ONE, {"id": own_school})["data"]["resource"] is None
    assert colleague.gql(ONE, {"id": own_school})["data"]["resource"]["title"] == "数控加工技术organisation"
    assert anonymous.gql(ONE, {"id": library["draft"].pk})["data"]["resource"] is None


def test_search_result_carries_metadata_and_facets(library, browser):
    body = browser.gql(SEARCH, {"query": "数控 车削"})
    result = body["data"]["resources"]
    assert result["total"] == 1
    item = result["items"][0]
    assert item["keywords"] == ["数控", "车削"]
    assert item["knowledgePoints"] == [{"name": "外圆车削"}]
    assert item["authors"] == [{"name": "王老师"}]
    assert item["rightsHolder"] == "机电系"
    assert item["status"] == "PUBLISHED"
    assert item["canDownload"] is False  # text resources have no file
    assert result["facets"]["types"] == [{"value": "text", "label": "Text", "count": 1}]
    assert result["facets"]["knowledgePoints"] == [{"value": str(library["point"].pk), "label": "外圆车削", "count": 1}]


def test_my_resources_lists_drafts_of_the_uploader_only(library, new_browser):
    mine = new_browser()
    mine.client.force_login(library["teacher"])
    body = mine.gql(MINE)
    statuses = {item["title"]: item["status"] for item in body["data"]["myResources"]["items"]}
    assert statuses["数控加工草稿"] == "DRAFT"
    assert statuses["数控加工技术public"] == "PUBLISHED"
    other = new_browser()
    other.client.force_login(UserFactory())
    assert other.gql(MINE)["data"]["myResources"]["total"] == 0
    anonymous = new_browser()
    assert anonymous.gql(MINE)["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"


def _count(browser, query, variables=None) -> int:
    with CaptureQueriesContext(connection) as captured:
        body = browser.gql(query, variables)
    assert "errors" not in body, body
    return len(captured)


def test_list_queries_stay_flat_as_rows_grow(library, new_browser):
    teacher = library["teacher"]
    mine = new_browser()
    mine.client.force_login(teacher)
    anonymous = new_browser()
    before_search = _count(anonymous, SEARCH, {"query": "数控"})
    before_mine = _count(mine, MINE)
    # when twenty more published resources with keywords, points and authors exist
    for n in range(20):
        resource = text_resource(
            teacher,
            library["made"]["public"].organisation,
            library["course"],
            title=f"数控加工技术第{n}讲",
            keywords=["数控", f"词{n}"],
            knowledge_points=[library["point"]],
        )
        _publish(resource, teacher)
    # then the same requests take the same number of SQL queries
    assert _count(anonymous, SEARCH, {"query": "数控"}) == before_search
    assert _count(mine, MINE) == before_mine

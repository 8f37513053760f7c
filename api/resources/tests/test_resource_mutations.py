"""Resource writes through GraphQL (M1, M2, M3): resumable upload → create → submit → two levels → live."""

import base64

import pytest

from cms.accounts.roles import Role
from cms.accounts.tests.support import host_organisation
from cms.courses.models import TeacherRole
from cms.courses.tests.factories import CoursePageFactory, CourseTeacherFactory, SkillPointFactory
from cms.resources.tests.factories import grant
from media_pipeline.tests import samples

pytestmark = pytest.mark.django_db

CREATE = """
mutation Create($input: ResourceInput!, $uploadId: ID) {
  resourceCreate(input: $input, uploadId: $uploadId) {
    ok errors { code message field } resource { id title type status file { filename size } } duplicateOf { id }
  }
}
"""
SUBMIT = "mutation S($ids: [ID!]!) { resourcesSubmit(ids: $ids) { ok results { id ok code message } } }"
REVIEW = """
mutation R($id: ID!, $approve: Boolean!, $comment: String) {
  resourceReview(id: $id, approve: $approve, comment: $comment) { ok errors { code field } resource { status } }
}
"""
QUEUE = "query { reviewQueue { total items { level submittedBy resource { id title } } } }"
HISTORY = "query H($id: ID!) { resourceReviewHistory(id: $id) { level approved decidedBy comment } }"
DELETE = "mutation D($ids: [ID!]!) { resourcesDelete(ids: $ids) { results { id ok code } } }"


@pytest.fixture(autouse=True)
def media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.ZYK_UPLOAD_DIR = tmp_path / "uploads"


@pytest.fixture
def team():
    host = host_organisation(name="示范职业技术学院")
    course = CoursePageFactory(title="数控车削加工技术")
    point = SkillPointFactory(course=course, name="外圆车削")
    teacher = grant(Role.TEACHER, host, real_name="王老师")
    lead = grant(Role.TEACHER, host, real_name="李主任")
    CourseTeacherFactory(course=course, user=lead, role=TeacherRole.LEAD)
    reviewer = grant(Role.REVIEWER, host, real_name="赵审核")
    return {"host": host, "course": course, "point": point, "teacher": teacher, "lead": lead, "reviewer": reviewer}


def _b64(text: str) -> str:
    return base64.b64encode(text.encode()).decode()


def tus_upload(client, data: bytes, filename: str, chunk: int = 100) -> str:
    """Upload ``data`` in chunks through the tus endpoint, resuming with HEAD between chunks."""
    created = client.post(
        "/uploads/",
        HTTP_TUS_RESUMABLE="1.0.0",
        HTTP_UPLOAD_LENGTH=str(len(data)),
        HTTP_UPLOAD_METADATA=f"filename {_b64(filename)}",
    )
    assert created.status_code == 201, created.content
    location = created["Location"]
    offset = 0
    while offset < len(data):
        head = client.head(location, HTTP_TUS_RESUMABLE="1.0.0")
        assert int(head["Upload-Offset"]) == offset
        response = client.generic(
            "PATCH",
            location,
            data[offset : offset + chunk],
            content_type="application/offset+octet-stream",
            HTTP_TUS_RESUMABLE="1.0.0",
            HTTP_UPLOAD_OFFSET=str(offset),
        )
        assert response.status_code == 204, response.content
        offset = int(response["Upload-Offset"])
    return location.rstrip("/").rsplit("/", 1)[-1]


def test_upload_create_submit_and_two_review_levels(team, new_browser, tmp_path):
    teacher = new_browser()
    teacher.client.force_login(team["teacher"])
    data = samples.image(tmp_path / "外圆车削.png", size=(64, 48)).read_bytes()
    upload_id = tus_upload(teacher.client, data, "外圆车削示意图.png")
    variables = {
        "uploadId": upload_id,
        "input": {
            "title": "外圆车削示意图",
            "majorId": team["course"].get_parent().pk,
            "courseId": team["course"].pk,
            "knowledgePointIds": [team["point"].pk],
            "organisationId": team["host"].pk,
            "keywords": ["外圆", "车削"],
            "authors": [{"name": "王老师"}],
        },
    }
    created = teacher.mutate(CREATE, variables)
    assert created["ok"], created
    resource = created["resource"]
    assert resource["type"] == "IMAGE" and resource["status"] == "DRAFT"
    assert resource["file"] == {"filename": "外圆车削示意图.png", "size": len(data)}
    # the same file again is offered as a link to the first
    again = teacher.mutate(CREATE, {**variables, "uploadId": tus_upload(teacher.client, data, "copy.png")})
    assert again["errors"][0]["code"] == "DUPLICATE" and again["duplicateOf"]["id"] == resource["id"]
    # submit; the automatic check passes; the course lead sees it in the queue
    submitted = teacher.mutate(SUBMIT, {"ids": [resource["id"]]})
    assert submitted["results"] == [{"id": resource["id"], "ok": True, "code": "", "message": ""}]
    lead = new_browser()
    lead.client.force_login(team["lead"])
    queue = lead.gql(QUEUE)["data"]["reviewQueue"]
    assert queue["total"] == 1 and queue["items"][0]["level"] == "课程负责人审核"
    assert queue["items"][0]["submittedBy"] == "王老师"
    refused = lead.mutate(REVIEW, {"id": resource["id"], "approve": False, "comment": ""})
    assert refused["errors"] == [{"code": "INVALID_INPUT", "field": "comment"}]
    assert lead.mutate(REVIEW, {"id": resource["id"], "approve": True})["resource"]["status"] == "IN_REVIEW"
    reviewer = new_browser()
    reviewer.client.force_login(team["reviewer"])
    decided = reviewer.mutate(REVIEW, {"id": resource["id"], "approve": True, "comment": "同意"})
    assert decided["resource"]["status"] == "PUBLISHED"
    history = teacher.gql(HISTORY, {"id": resource["id"]})["data"]["resourceReviewHistory"]
    assert [(h["level"], h["approved"], h["decidedBy"]) for h in history] == [
        ("主持单位审核", True, "赵审核"),
        ("课程负责人审核", True, "李主任"),
        ("自动检查", True, ""),
    ]


def test_batch_delete_reports_each_id(team, new_browser):
    teacher = new_browser()
    teacher.client.force_login(team["teacher"])
    text = {
        "title": "安全规程",
        "type": "TEXT",
        "body": "<p>穿戴防护用品</p>",
        "majorId": team["course"].get_parent().pk,
        "organisationId": team["host"].pk,
        "authors": [{"name": "王老师"}],
    }
    mine = teacher.mutate(CREATE, {"input": text})["resource"]["id"]
    other = new_browser()
    other.client.force_login(team["lead"])
    theirs = other.mutate(CREATE, {"input": {**text, "title": "别人的"}})["resource"]["id"]
    results = teacher.mutate(DELETE, {"ids": [mine, theirs, "999999"]})["results"]
    assert results == [
        {"id": mine, "ok": True, "code": ""},
        {"id": theirs, "ok": False, "code": "NOT_FOUND"},
        {"id": "999999", "ok": False, "code": "NOT_FOUND"},
    ]


def test_a_refused_create_keeps_the_upload_for_the_corrected_retry(team, new_browser, tmp_path):
    from cms.resources.models import NamingRule
    from media_pipeline.models import MediaAsset

    NamingRule.objects.create(major=team["course"].get_parent().specific, pattern="{专业代码}-{课程}-{序号}")
    teacher = new_browser()
    teacher.client.force_login(team["teacher"])
    data = samples.image(tmp_path / "a.png", size=(40, 30)).read_bytes()
    upload_id = tus_upload(teacher.client, data, "a.png")
    variables = {
        "uploadId": upload_id,
        "input": {
            "title": "不符合规则的标题",
            "majorId": team["course"].get_parent().pk,
            "courseId": team["course"].pk,
            "organisationId": team["host"].pk,
            "authors": [{"name": "王老师"}],
        },
    }
    # when the title breaks the naming rule
    refused = teacher.mutate(CREATE, variables)
    assert refused["errors"][0]["code"] == "NAMING_RULE" and refused["errors"][0]["field"] == "title"
    assert MediaAsset.objects.count() == 0
    # then the same upload is still there for the corrected form
    variables["input"]["title"] = ""
    created = teacher.mutate(CREATE, variables)
    assert created["ok"], created
    assert created["resource"]["title"].endswith("-数控车削加工技术-01")
    assert MediaAsset.objects.count() == 1


RECYCLE_BIN = "query { myResources(deleted: true) { total items { id title } } }"


def test_administrators_see_their_institutions_recycle_bin(team, new_browser):
    teacher = new_browser()
    teacher.client.force_login(team["teacher"])
    text = {
        "title": "安全规程",
        "type": "TEXT",
        "body": "<p>穿戴防护用品</p>",
        "majorId": team["course"].get_parent().pk,
        "organisationId": team["host"].pk,
        "authors": [{"name": "王老师"}],
    }
    made = teacher.mutate(CREATE, {"input": text})["resource"]["id"]
    teacher.mutate(DELETE, {"ids": [made]})
    admin = new_browser()
    admin.client.force_login(grant(Role.ORGANISATION_ADMIN, team["host"]))
    assert admin.gql(RECYCLE_BIN)["data"]["myResources"] == {"total": 1, "items": [{"id": made, "title": "安全规程"}]}
    reviewer = new_browser()
    reviewer.client.force_login(team["reviewer"])
    assert reviewer.gql(RECYCLE_BIN)["data"]["myResources"]["total"] == 0

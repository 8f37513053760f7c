"""Multi-level review (M1, C12): automatic check, course lead, host reviewer; reject then approve."""

import pytest
from django.utils.translation import gettext
from wagtail.models import TaskState

from cms.accounts.roles import Role
from cms.accounts.tests.support import host_organisation
from cms.audit.models import AuditEvent
from cms.core.errors import DomainError, ErrorCode
from cms.core.models import SensitiveWord
from cms.courses.models import TeacherRole
from cms.courses.tests.factories import CoursePageFactory
from cms.resources import selectors, services
from cms.resources.models import Resource
from cms.resources.services import ResourceAttributes
from cms.resources.tests.factories import CourseTeacherFactory, grant, text_resource

pytestmark = pytest.mark.django_db


@pytest.fixture
def setting():
    host = host_organisation(name="示范职业技术学院")
    course = CoursePageFactory(title="数控车削加工技术")
    teacher = grant(Role.TEACHER, host)
    lead = grant(Role.TEACHER, host)
    CourseTeacherFactory(course=course, user=lead, role=TeacherRole.LEAD, name="李主任")
    host_reviewer = grant(Role.REVIEWER, host)
    return {"host": host, "course": course, "teacher": teacher, "lead": lead, "host_reviewer": host_reviewer}


def _level(resource) -> str:
    return resource.current_workflow_task.name


def test_two_levels_reject_then_approve_publishes_and_is_traceable(setting):
    # given a draft, invisible to anonymous visitors
    teacher, lead, host_reviewer = setting["teacher"], setting["lead"], setting["host_reviewer"]
    resource = text_resource(teacher, setting["host"], setting["course"])
    from django.contrib.auth.models import AnonymousUser

    assert selectors.resource_get(AnonymousUser(), resource.pk) is None
    # when it is submitted, the automatic check passes and the course lead's level waits
    services.resource_submit(user=teacher, resource=resource)
    resource.refresh_from_db()
    assert _level(resource) == "课程负责人审核"
    queue = selectors.review_queue_for(lead)
    assert [int(s.workflow_state.object_id) for s in queue] == [resource.pk]
    assert not selectors.review_queue_for(teacher)  # the submitter never reviews their own
    # the course lead asks for changes
    with pytest.raises(DomainError) as refused:
        services.resource_review(user=lead, resource=resource, approve=False, comment="")
    assert refused.value.field == "comment"
    services.resource_review(user=lead, resource=resource, approve=False, comment="请补充操作步骤")
    resource.refresh_from_db()
    assert not resource.live and resource.workflow_states.first().status == "needs_changes"
    # the teacher edits and resubmits; lead approves, host reviewer approves
    services.resource_update(
        user=teacher, resource=resource, attributes=ResourceAttributes(body="<p>第一步：穿戴防护用品。</p>")
    )
    services.resource_submit(user=teacher, resource=resource)
    services.resource_review(user=lead, resource=resource, approve=True)
    resource.refresh_from_db()
    assert _level(resource) == "主持单位审核"
    assert not resource.live
    with pytest.raises(DomainError) as refused:
        services.resource_review(user=teacher, resource=resource, approve=True)
    assert refused.value.code == ErrorCode.PERMISSION_DENIED
    services.resource_review(user=host_reviewer, resource=resource, approve=True, comment="同意发布")
    # then it is live with the edited text, visible to anonymous visitors
    resource.refresh_from_db()
    assert resource.live and "第一步" in resource.body
    assert selectors.resource_get(AnonymousUser(), resource.pk) is not None
    # and every decision is traceable: level, person, comment, revision
    decisions = list(selectors.review_history(teacher, resource))
    passed = gettext("Automatic checks passed.")  # stored in the language active when it ran
    summary = [(d.task.name, d.status, d.finished_by_id, d.comment) for d in reversed(decisions)]
    assert summary == [
        ("自动检查", TaskState.STATUS_APPROVED, None, passed),
        ("课程负责人审核", TaskState.STATUS_REJECTED, lead.pk, "请补充操作步骤"),
        ("自动检查", TaskState.STATUS_APPROVED, None, passed),
        ("课程负责人审核", TaskState.STATUS_APPROVED, lead.pk, ""),
        ("主持单位审核", TaskState.STATUS_APPROVED, host_reviewer.pk, "同意发布"),
    ]
    assert all(d.revision_id for d in decisions)
    actions = list(AuditEvent.objects.filter(object_id=str(resource.pk)).values_list("action", flat=True))
    assert actions.count("resource.review.reject") == 1 and actions.count("resource.review.approve") == 4


def test_editing_a_published_resource_keeps_the_approved_version_live(setting):
    teacher, lead, host_reviewer = setting["teacher"], setting["lead"], setting["host_reviewer"]
    resource = text_resource(teacher, setting["host"], setting["course"], title="对刀操作要点")
    services.resource_submit(user=teacher, resource=resource)
    services.resource_review(user=lead, resource=resource, approve=True)
    services.resource_review(user=host_reviewer, resource=resource, approve=True)
    # when the teacher edits the published resource and submits it
    services.resource_update(
        user=teacher, resource=resource, attributes=ResourceAttributes(title="对刀操作要点（修订）")
    )
    services.resource_submit(user=teacher, resource=resource)
    # then the live row still shows the approved title until the new version is approved
    live = Resource.objects.get(pk=resource.pk)
    assert live.live and live.title == "对刀操作要点" and live.has_unpublished_changes
    services.resource_review(user=lead, resource=resource, approve=True)
    services.resource_review(user=host_reviewer, resource=resource, approve=True)
    assert Resource.objects.get(pk=resource.pk).title == "对刀操作要点（修订）"


def test_sensitive_word_sends_it_back_automatically(setting):
    SensitiveWord.objects.create(word="赌博")
    resource = text_resource(setting["teacher"], setting["host"], setting["course"], body="<p>网上赌 博广告</p>")
    services.resource_submit(user=setting["teacher"], resource=resource)
    state = resource.workflow_states.get()
    assert state.status == "needs_changes"
    assert "赌博" in state.current_task_state.comment
    assert not selectors.review_queue_for(setting["lead"])

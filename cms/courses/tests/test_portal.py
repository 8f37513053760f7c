"""Course portal editing and review (M6): the team's draft, preview, review by host reviewers, publication,
and the refusals of bad input."""

import pytest
from django.contrib.auth.models import AnonymousUser
from wagtail.models import WorkflowState

from cms.accounts.roles import Role
from cms.accounts.tests.support import host_organisation
from cms.core.errors import DomainError, ErrorCode
from cms.core.models import SensitiveWord
from cms.courses import portal
from cms.courses.models import CoursePage, TeacherRole
from cms.courses.tests.factories import CoursePageFactory, CourseTeacherFactory, OutlineItemFactory
from cms.resources.tests.factories import grant

pytestmark = pytest.mark.django_db


@pytest.fixture
def world():
    host = host_organisation(name="示范职业技术学院")
    course = CoursePageFactory(title="数控车削加工技术", intro="<p>旧简介</p>")
    chapter = OutlineItemFactory(course=course, title="车床认知", hours=4)
    teacher = grant(Role.TEACHER, host)
    member = CourseTeacherFactory(course=course, user=teacher, role=TeacherRole.LEAD, name="张海涛")
    course.save_revision().publish()
    return {
        "course": CoursePage.objects.get(pk=course.pk),
        "chapter": chapter,
        "member": member,
        "teacher": teacher,
        "reviewer": grant(Role.REVIEWER, host),
        "outsider": grant(Role.TEACHER, host),
    }


def _data(world, **changes) -> portal.PortalData:
    data = portal.PortalData(
        portal_template="visual",
        level="advanced",
        summary="从车床认知到复杂零件加工。",
        intro='<p>新简介<script>alert(1)</script><a href="https://example.com" onclick="x()">链接</a></p>',
        goals=[("knowledge", "掌握数控车床结构"), ("skill", "能编写车削程序"), ("quality", "养成安全文明生产习惯")],
        modules=[
            portal.ModuleData(id=world["chapter"].pk, title="车床认知与安全", hours=6, summary="结构、操作面板"),
            portal.ModuleData(title="轴类零件加工", hours=12, summary="外圆、端面、切槽"),
        ],
        methods=[("项目教学", "以典型零件为载体"), ("理实一体", "在实训车间授课")],
        assessment=[("过程考核", 40, "任务完成质量"), ("期末实操", 60, "限时加工一个零件")],
        teachers=[
            portal.TeacherData(id=world["member"].pk, name="张海涛", title="高级工程师", role="lead", bio="二十年"),
            portal.TeacherData(name="李师傅", title="技师", organisation="沈阳机床", role="member"),
        ],
    )
    for key, value in changes.items():
        setattr(data, key, value)
    return data


def test_a_saved_change_is_a_draft_the_team_previews_and_the_public_does_not_see(world):
    course, teacher = world["course"], world["teacher"]
    portal.course_portal_save(user=teacher, course=course, data=_data(world))
    course.refresh_from_db()
    # the live portal is unchanged
    assert course.portal_template == "classic" and course.intro == "<p>旧简介</p>"
    assert [g.text for g in course.goals.all()] == []
    # the team sees the draft with every part, in order, ids kept, the intro cleaned
    draft = portal.course_portal_draft(course, teacher)
    assert draft.status == portal.PortalStatus.DRAFT
    page = draft.page
    assert (page.portal_template, page.level) == ("visual", "advanced")
    assert next((g.kind, g.text) for g in page.goals.all()) == ("knowledge", "掌握数控车床结构")
    modules = list(page.outline_items.all())
    assert [m.title for m in modules] == ["车床认知与安全", "轴类零件加工"]
    assert modules[0].pk == world["chapter"].pk and modules[1].pk is None
    assert [(a.name, a.weight) for a in page.assessment_items.all()] == [("过程考核", 40), ("期末实操", 60)]
    team = list(page.teachers.all())
    assert team[0].pk == world["member"].pk and team[0].user_id == teacher.pk
    assert "<script" not in page.intro and "onclick" not in page.intro and "新简介" in page.intro
    # nobody outside the team gets a draft
    assert portal.course_portal_draft(course, world["outsider"]) is None
    assert portal.course_portal_draft(course, AnonymousUser()) is None


def test_submit_review_by_a_host_reviewer_then_publication(world):
    course, teacher, reviewer = world["course"], world["teacher"], world["reviewer"]
    portal.course_portal_save(user=teacher, course=course, data=_data(world), submit=True)
    course.refresh_from_db()
    assert portal.course_portal_draft(course, teacher).status == portal.PortalStatus.IN_REVIEW
    task = course.current_workflow_task.specific
    # the submitter and outsiders cannot decide; a host reviewer can, and sees it on the dashboard
    assert not task.user_can_review(course, teacher) and not task.user_can_review(course, world["outsider"])
    assert task.user_can_review(course, reviewer)
    assert list(task.get_task_states_user_can_moderate(reviewer)) == [course.current_workflow_task_state]
    assert not task.get_task_states_user_can_moderate(teacher).exists()
    # changing the draft while it is reviewed is refused, nothing lost
    with pytest.raises(DomainError, match="being reviewed"):
        portal.course_portal_save(user=teacher, course=course, data=_data(world, level="introductory"))
    task.on_action(course.current_workflow_task_state, reviewer, "approve", comment="同意")
    course = CoursePage.objects.get(pk=course.pk)
    assert (course.portal_template, course.level) == ("visual", "advanced")
    assert [m.title for m in course.outline_items.order_by("sort_order")] == ["车床认知与安全", "轴类零件加工"]
    assert course.outline_items.filter(pk=world["chapter"].pk).exists()
    assert portal.course_portal_draft(course, teacher).status == portal.PortalStatus.PUBLISHED


def test_changes_requested_then_resubmitted(world):
    course, teacher, reviewer = world["course"], world["teacher"], world["reviewer"]
    portal.course_portal_save(user=teacher, course=course, data=_data(world), submit=True)
    course.refresh_from_db()
    task = course.current_workflow_task.specific
    task.on_action(course.current_workflow_task_state, reviewer, "reject", comment="请补充素质目标")
    course.refresh_from_db()
    draft = portal.course_portal_draft(course, teacher)
    assert draft.status == portal.PortalStatus.CHANGES_REQUESTED and draft.comment == "请补充素质目标"
    portal.course_portal_save(user=teacher, course=course, data=_data(world, summary="补充后"), submit=True)
    course.refresh_from_db()
    assert course.current_workflow_state.status == WorkflowState.STATUS_IN_PROGRESS
    assert course.current_workflow_task_state.revision.as_object().summary == "补充后"


def test_sensitive_words_send_the_draft_back_on_their_own(world):
    SensitiveWord.objects.create(word="违禁词", action="block")
    course, teacher = world["course"], world["teacher"]
    portal.course_portal_save(
        user=teacher, course=course, data=_data(world, goals=[("knowledge", "含违禁词的目标")]), submit=True
    )
    course.refresh_from_db()
    draft = portal.course_portal_draft(course, teacher)
    assert draft.status == portal.PortalStatus.CHANGES_REQUESTED
    assert "违禁词" in draft.comment
    assert course.live_revision.as_object().portal_template == "classic"


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"portal_template": "fancy"}, "Unknown portal template"),
        ({"level": "expert"}, "Unknown course level"),
        ({"assessment": [("过程考核", 40, ""), ("期末", 50, "")]}, "add up to 90 %, not 100 %"),
        ({"goals": [("knowledge", "   ")]}, "A goal must not be empty"),
        ({"goals": [("feeling", "x")]}, "Unknown goal kind"),
        ({"modules": [portal.ModuleData(id=999999, title="别的课程的章节", hours=1)]}, "Module 999999 is not part"),
        ({"modules": [portal.ModuleData(title="x", hours=5000)]}, "between 0 and 1000"),
        ({"teachers": [portal.TeacherData(name="x", role="boss")]}, "Unknown team role"),
        ({"summary": "长" * 241}, "longer than 240"),
        ({"goals": [("knowledge", f"目标{i}") for i in range(31)]}, "At most 30 goals"),
    ],
)
def test_bad_input_is_refused_with_a_clear_message_and_nothing_is_saved(world, changes, message):
    course, teacher = world["course"], world["teacher"]
    before = course.revisions.count()
    with pytest.raises(DomainError, match=message) as refused:
        portal.course_portal_save(user=teacher, course=course, data=_data(world, **changes))
    assert refused.value.code == ErrorCode.INVALID_INPUT
    assert course.revisions.count() == before


def test_outsiders_cannot_save_or_submit(world):
    course = world["course"]
    with pytest.raises(DomainError) as refused:
        portal.course_portal_save(user=world["outsider"], course=course, data=_data(world))
    assert refused.value.code == ErrorCode.PERMISSION_DENIED
    with pytest.raises(DomainError):
        portal.course_portal_submit(user=world["reviewer"], course=course)


def test_nothing_to_submit_is_refused(world):
    with pytest.raises(DomainError, match="no unpublished change"):
        portal.course_portal_submit(user=world["teacher"], course=world["course"])

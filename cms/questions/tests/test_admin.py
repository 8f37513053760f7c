"""The question bank in the Wagtail admin (C4, M5): list, filters, search, edit, preview with formulas, recycle
bin, permissions, and the host reviewer's approval through Wagtail's workflow action."""

import pytest
from django.test import Client
from django.urls import reverse
from wagtail.models import WorkflowState

from cms.accounts.roles import Role
from cms.accounts.services import role_groups_ensure
from cms.accounts.tests.support import host_organisation
from cms.courses.models import TeacherRole
from cms.courses.tests.factories import CourseTeacherFactory, KnowledgePointFactory
from cms.questions import review
from cms.questions.models import Question
from cms.questions.services import ItemData, question_create, question_delete
from cms.resources.tests.factories import grant

pytestmark = pytest.mark.django_db

LIST = "wagtailsnippets_questions_question:list"
EDIT = "wagtailsnippets_questions_question:edit"
PREVIEW = "wagtailsnippets_questions_question:preview_on_edit"
RESTORE = "wagtailsnippets_questions_question:restore"
DELETE = "wagtailsnippets_questions_question:delete"
WORKFLOW_ACTION = "wagtailsnippets_questions_question:workflow_action"

FORMULA = '<p>求 <span data-latex="\\frac{\\pi d n}{1000}"></span> 的值</p>'


def browser(user) -> Client:
    client = Client(HTTP_ACCEPT_LANGUAGE="en")
    client.force_login(user)
    return client


@pytest.fixture
def world():
    role_groups_ensure()
    host = host_organisation()
    point = KnowledgePointFactory(name="切削速度")
    course = point.course
    other_course = KnowledgePointFactory(name="别的点").course
    teacher = grant(Role.TEACHER, host)
    CourseTeacherFactory(course=course, user=teacher, role=TeacherRole.MEMBER, name="张老师")
    return {
        "course": course,
        "point": point,
        "other_course": other_course,
        "teacher": teacher,
        "reviewer": grant(Role.REVIEWER, host),
        "outsider": grant(Role.TEACHER, host),
    }


def _single(stem=FORMULA, **changes) -> ItemData:
    data = ItemData(
        question_type="single",
        stem=stem,
        content={"options": [{"key": "A", "text": "切削速度"}, {"key": "B", "text": "进给量"}], "answer": "A"},
        explanation='<p>公式 <span data-latex="v_c"></span></p>',
        difficulty=2,
    )
    for name, value in changes.items():
        setattr(data, name, value)
    return data


def _form(question: Question, **changes) -> dict:
    data = {
        "question_type": question.question_type,
        "stem": question.stem,
        "content": '{"options": [{"key": "A", "text": "切削速度"}, {"key": "B", "text": "进给量"}], "answer": "B"}',
        "reference_answer": "",
        "explanation": question.explanation,
        "course": str(question.course_id),
        "module": "",
        "difficulty": str(question.difficulty),
        "score": "2",
        "tags": "数控",
        "source": "original",
    }
    data.update(changes)
    return data


def test_the_team_lists_filters_and_searches_its_items(world):
    teacher, course = world["teacher"], world["course"]
    single = question_create(user=teacher, course=course, data=_single())
    essay = question_create(
        user=teacher,
        course=course,
        data=ItemData(question_type="essay", stem="<p>论述数控车削的安全规程</p>", difficulty=5),
    )
    binned = question_create(user=teacher, course=course, data=_single(stem="<p>回收站里的题</p>"))
    question_delete(user=teacher, question=binned)
    stranger = grant(Role.TEACHER, host_organisation())
    CourseTeacherFactory(course=world["other_course"], user=stranger, role=TeacherRole.LEAD, name="李老师")
    foreign = question_create(user=stranger, course=world["other_course"], data=_single())
    client = browser(teacher)

    page = client.get(reverse(LIST)).content.decode()
    assert "论述数控车削的安全规程" in page and "Essay" in page and "Draft" in page
    assert "回收站里的题" not in page  # the bin is a filter
    assert reverse(EDIT, args=[foreign.pk]) not in page  # another course's bank
    assert reverse(EDIT, args=[single.pk]) in page

    page = client.get(reverse(LIST), {"question_type": "essay"}).content.decode()
    assert "论述数控车削" in page and reverse(EDIT, args=[single.pk]) not in page
    page = client.get(reverse(LIST), {"difficulty": "2"}).content.decode()
    assert reverse(EDIT, args=[single.pk]) in page and "论述数控车削" not in page
    page = client.get(reverse(LIST), {"q": "安全规程"}).content.decode()
    assert "论述数控车削" in page and reverse(EDIT, args=[single.pk]) not in page
    page = client.get(reverse(LIST), {"deleted": "true"}).content.decode()
    assert "回收站里的题" in page and "论述数控车削" not in page
    assert reverse(RESTORE, args=[binned.pk]) in page
    assert essay.pk


def test_edit_saves_a_draft_revision_checked_like_the_spa(world):
    teacher = world["teacher"]
    question = question_create(user=teacher, course=world["course"], data=_single())
    client = browser(teacher)
    assert client.get(reverse(EDIT, args=[question.pk])).status_code == 200

    # a broken answer key is refused with the part named; nothing is saved
    response = client.post(reverse(EDIT, args=[question.pk]), _form(question, content='{"options": [], "answer": "A"}'))
    assert response.status_code == 200
    assert "options" in response.content.decode()
    assert Question.objects.get(pk=question.pk).content["answer"] == "A"

    # a valid change is a new draft: formulas kept, scripts dropped, the row follows an unpublished draft
    stem = FORMULA.replace("的值", "的值<script>alert(1)</script>")
    response = client.post(reverse(EDIT, args=[question.pk]), _form(question, stem=stem, difficulty="4"))
    assert response.status_code == 302, response.content.decode()[:2000]
    question.refresh_from_db()
    assert question.content["answer"] == "B" and question.difficulty == 4
    assert 'data-latex="\\frac{\\pi d n}{1000}"' in question.stem and "<script" not in question.stem
    assert question.latest_revision.content["difficulty"] == 4
    assert not question.live


def test_preview_shows_the_item_as_a_learner_sees_it_with_katex(world):
    teacher = world["teacher"]
    question = question_create(user=teacher, course=world["course"], data=_single())
    client = browser(teacher)
    url = reverse(PREVIEW, args=[question.pk])
    assert client.post(url, _form(question)).json()["is_valid"] is True
    page = client.get(url).content.decode()
    assert "questions/katex/katex.min.js" in page and "katex.min.css" in page
    assert 'data-latex="\\frac{\\pi d n}{1000}"' in page
    assert '<span class="key">B</span><span class="text">进给量</span>' in page


def test_outsiders_find_nothing_and_reviewers_only_items_in_review(world):
    teacher = world["teacher"]
    question = question_create(user=teacher, course=world["course"], data=_single())
    outsider = browser(world["outsider"])
    assert reverse(EDIT, args=[question.pk]) not in outsider.get(reverse(LIST)).content.decode()
    assert outsider.get(reverse(EDIT, args=[question.pk])).status_code in (302, 403, 404)
    assert outsider.post(reverse(EDIT, args=[question.pk]), _form(question, difficulty="5")).status_code != 200
    assert Question.objects.get(pk=question.pk).difficulty == 2

    reviewer = browser(world["reviewer"])
    assert reviewer.get(reverse(EDIT, args=[question.pk])).status_code in (302, 403, 404)
    review.question_submit(user=teacher, question=question)
    assert reverse(EDIT, args=[question.pk]) in reviewer.get(reverse(LIST)).content.decode()
    assert reviewer.get(reverse(EDIT, args=[question.pk])).status_code == 200
    assert reviewer.post(reverse(PREVIEW, args=[question.pk]), _form(question)).json()["is_valid"] is True
    assert "进给量" in reviewer.get(reverse(PREVIEW, args=[question.pk])).content.decode()

    # anonymous visitors are sent to the login page
    assert Client().get(reverse(LIST)).status_code == 302


def test_the_host_reviewer_approves_in_the_admin_and_the_item_goes_live(world):
    teacher = world["teacher"]
    question = question_create(user=teacher, course=world["course"], data=_single())
    review.question_submit(user=teacher, question=question)
    question.refresh_from_db()
    state = question.current_workflow_task_state
    url = reverse(WORKFLOW_ACTION, args=[question.pk, "approve", state.pk])
    reviewer = browser(world["reviewer"])

    # the dashboard lists it; the submitter's own approval does nothing
    assert reverse(EDIT, args=[question.pk]) in reviewer.get(reverse("wagtailadmin_home")).content.decode()
    browser(teacher).post(url, {"comment": ""})
    assert not Question.objects.get(pk=question.pk).live

    # approving from the editor's footer publishes what was submitted; the reviewer's form is not saved
    response = reviewer.post(
        reverse(EDIT, args=[question.pk]),
        {**_form(question, difficulty="5"), "action-workflow-action": "true", "workflow-action-name": "approve"},
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    question = Question.objects.get(pk=question.pk)
    assert question.live and question.difficulty == 2  # what was submitted, not the reviewer's edit
    assert not question.has_unpublished_changes and question.latest_revision_id == question.live_revision_id
    # and a reviewer cannot save an edit of their own
    review_again = question_create(user=teacher, course=world["course"], data=_single())
    review.question_submit(user=teacher, question=review_again)
    response = reviewer.post(reverse(EDIT, args=[review_again.pk]), _form(review_again, difficulty="5"))
    assert response.status_code in (302, 403) and response.get("Location", "/admin/") == "/admin/"
    assert Question.objects.get(pk=review_again.pk).latest_revision.content["difficulty"] == 2
    # the dashboard's approve-with-comment dialog posts to the workflow action view
    review_again.refresh_from_db()
    state = review_again.current_workflow_task_state
    url = reverse(WORKFLOW_ACTION, args=[review_again.pk, "approve", state.pk])
    assert reviewer.post(url, {"comment": "表述清楚"}).status_code in (200, 302)
    review_again.refresh_from_db()
    assert review_again.live and state.__class__.objects.get(pk=state.pk).get_comment() == "表述清楚"
    assert question.current_workflow_state is None or (
        question.current_workflow_state.status == WorkflowState.STATUS_APPROVED
    )


def test_delete_moves_to_the_bin_and_restore_brings_it_back(world):
    teacher = world["teacher"]
    question = question_create(user=teacher, course=world["course"], data=_single())
    client = browser(teacher)
    response = client.post(reverse(DELETE, args=[question.pk]))
    assert response.status_code == 302
    question.refresh_from_db()
    assert question.deleted_at is not None  # in the bin, not erased

    assert "Restore" in client.get(reverse(RESTORE, args=[question.pk])).content.decode()
    assert client.post(reverse(RESTORE, args=[question.pk])).status_code == 302
    question.refresh_from_db()
    assert question.deleted_at is None
    assert browser(world["outsider"]).post(reverse(RESTORE, args=[question.pk])).status_code == 404

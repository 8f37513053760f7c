"""Self-test papers and attempts over GraphQL (L5): the team writes papers, learners take open ones with
autosave and resume, keys only after submitting, history and best score; the list's queries stay flat."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from cms.accounts.roles import Role
from cms.accounts.tests.support import host_organisation
from cms.courses.models import TeacherRole
from cms.courses.tests.factories import CourseTeacherFactory, KnowledgePointFactory
from cms.questions import attempts, papers
from cms.questions.models import Attempt, AttemptAnswer
from cms.questions.services import ItemData, question_create
from cms.resources.tests.factories import grant

pytestmark = pytest.mark.django_db

PAPER_CREATE = """
mutation($course: ID!, $input: PaperInput!) {
  paperCreate(courseId: $course, input: $input) {
    ok errors { code message field }
    paper { id title kind open totalScore itemCount items { score question { id stem } } }
  }
}
"""
COURSE_PAPERS = "query($course: ID!) { coursePapers(courseId: $course) { id title open canEdit } }"
SELF_TESTS = """
query($course: ID!) {
  selfTests(courseId: $course) { id title totalScore itemCount myAttemptCount myBestScore myOpenAttemptId
    module { id title } items { score } }
}
"""
START = "mutation($paper: ID!) { attemptStart(paperId: $paper) { ok errors { code message } attempt { id } } }"
SAVE = """
mutation($a: ID!, $q: ID!, $r: GenericScalar) {
  answerSave(attemptId: $a, questionId: $q, response: $r) { ok errors { code message } savedAt }
}
"""
SUBMIT = """
mutation($a: ID!) { attemptSubmit(attemptId: $a) { ok errors { code } bestScore attempt { id state score } } }
"""
ATTEMPT = """
query($id: ID!) {
  attempt(id: $id) { id number state score maxScore answeredCount paper { id title }
    items { id questionType stem score content response
      result { points maxPoints correct needsGrading answerKey referenceAnswer explanation } } }
}
"""
HISTORY = "query($p: ID!) { attemptHistory(paperId: $p) { id number state score maxScore answeredCount } }"
RULES_CHECK = """
query($course: ID!, $rules: [PaperRuleInput!]!) {
  paperRulesCheck(courseId: $course, rules: $rules) { ok message field totalScore }
}
"""


@pytest.fixture
def world(new_browser):
    host = host_organisation()
    point = KnowledgePointFactory(name="G71")
    course = point.course
    teacher = grant(Role.TEACHER, host)
    CourseTeacherFactory(course=course, user=teacher, role=TeacherRole.MEMBER, name="张老师")

    def make(kind, content, stem, **extra):
        data = ItemData(question_type=kind, stem=stem, content=content, knowledge_point_ids=[point.pk], **extra)
        question = question_create(user=teacher, course=course, data=data)
        question.get_latest_revision().publish(skip_permission_checks=True)
        return question

    options = [{"key": k, "text": f"选项{k}"} for k in "ABCD"]
    single = make(
        "single", {"options": options, "answer": "B"}, "<p>G71 是？</p>", score=2, explanation="<p>粗车循环</p>"
    )
    blank = make("fill_blank", {"blanks": [{"answers": ["G70"]}]}, "<p>精车用 ____</p>", score=3)
    teacher_browser, learner_browser = new_browser(), new_browser()
    teacher_browser.client.force_login(teacher)
    learner = grant(Role.SCHOOL_STUDENT, host)
    learner_browser.client.force_login(learner)
    return {
        "course": course,
        "teacher": teacher,
        "learner": learner,
        "host": host,
        "single": single,
        "blank": blank,
        "tb": teacher_browser,
        "lb": learner_browser,
        "new_browser": new_browser,
    }


def _create(world, **input_) -> dict:
    payload = world["tb"].mutate(PAPER_CREATE, {"course": str(world["course"].pk), "input": input_})
    assert payload["ok"], payload
    return payload["paper"]


def test_the_team_creates_a_fixed_paper_and_learners_cannot_list_the_team_view(world):
    # when the teacher creates a paper of two published items, one re-scored
    paper = _create(
        world,
        title="第一单元自测",
        kind="FIXED",
        open=True,
        items=[{"questionId": str(world["single"].pk)}, {"questionId": str(world["blank"].pk), "score": 5}],
    )
    # then the total follows the scores and the team lists it
    assert paper["totalScore"] == 7 and paper["itemCount"] == 2
    assert [i["score"] for i in paper["items"]] == [2, 5]
    listed = world["tb"].gql(COURSE_PAPERS, {"course": str(world["course"].pk)})["data"]["coursePapers"]
    assert listed == [{"id": paper["id"], "title": "第一单元自测", "open": True, "canEdit": True}]
    # a learner gets no team list and no items of the open self-test (keys stay with the team)
    body = world["lb"].gql(COURSE_PAPERS, {"course": str(world["course"].pk)})
    assert body["errors"][0]["message"] == "Nothing was found with this id."
    tests = world["lb"].gql(SELF_TESTS, {"course": str(world["course"].pk)})["data"]["selfTests"]
    assert tests[0]["items"] == [] and tests[0]["totalScore"] == 7


def test_a_learner_refused_paper_create(world):
    body = world["lb"].gql(
        PAPER_CREATE,
        {"course": str(world["course"].pk), "input": {"title": "x", "kind": "FIXED", "items": []}},
    )
    assert body["data"]["paperCreate"]["ok"] is False
    assert body["data"]["paperCreate"]["errors"][0]["code"] == "NOT_FOUND"


def test_rules_check_names_the_rule_the_bank_cannot_fill(world):
    course = str(world["course"].pk)
    rules = [
        {"questionType": "SINGLE", "count": 1, "scoreEach": 2},
        {"questionType": "FILL_BLANK", "count": 2, "scoreEach": 3},
    ]
    check = world["tb"].gql(RULES_CHECK, {"course": course, "rules": rules})["data"]["paperRulesCheck"]
    assert check == {
        "ok": False,
        "message": "Rule 2 (Fill in the blanks × 2) needs 2 items but the bank has 1 that fit.",
        "field": "rules.1",
        "totalScore": 0.0,
    }
    rules[1]["count"] = 1
    check = world["tb"].gql(RULES_CHECK, {"course": course, "rules": rules})["data"]["paperRulesCheck"]
    assert check["ok"] is True and check["totalScore"] == 5


def test_start_autosave_resume_submit_results_and_history(world):
    paper = _create(
        world,
        title="自测",
        kind="FIXED",
        open=True,
        items=[{"questionId": str(world["single"].pk)}, {"questionId": str(world["blank"].pk)}],
    )
    lb = world["lb"]
    attempt_id = lb.mutate(START, {"paper": paper["id"]})["attempt"]["id"]
    shown = lb.gql(ATTEMPT, {"id": attempt_id})["data"]["attempt"]
    single = next(i for i in shown["items"] if i["questionType"] == "SINGLE")
    blank = next(i for i in shown["items"] if i["questionType"] == "FILL_BLANK")
    # before submitting: the stem and options, no key anywhere
    assert single["stem"] == "<p>G71 是？</p>" and sorted(o["key"] for o in single["content"]["options"]) == list(
        "ABCD"
    )
    assert "answer" not in single["content"] and single["result"] is None
    assert blank["content"] == {"blanks": [{}]}
    # autosave, then a second start (another tab, after closing the browser) resumes with the answers kept
    assert lb.mutate(SAVE, {"a": attempt_id, "q": single["id"], "r": "B"})["ok"]
    assert lb.mutate(SAVE, {"a": attempt_id, "q": blank["id"], "r": ["ｇ７０"]})["ok"]
    assert lb.mutate(START, {"paper": paper["id"]})["attempt"]["id"] == attempt_id
    resumed = lb.gql(ATTEMPT, {"id": attempt_id})["data"]["attempt"]
    assert {i["id"]: i["response"] for i in resumed["items"]} == {single["id"]: "B", blank["id"]: ["ｇ７０"]}
    assert resumed["answeredCount"] == 2
    # another learner cannot read or write it
    stranger = world["new_browser"]()
    stranger.client.force_login(grant(Role.SCHOOL_STUDENT, world["host"]))
    assert stranger.gql(ATTEMPT, {"id": attempt_id})["data"]["attempt"] is None
    assert stranger.mutate(SAVE, {"a": attempt_id, "q": single["id"], "r": "A"})["errors"][0]["code"] == "NOT_FOUND"
    # submit scores at once (full-width folded), twice returns the same result
    submitted = lb.mutate(SUBMIT, {"a": attempt_id})
    assert submitted["attempt"] == {"id": attempt_id, "state": "GRADED", "score": 5.0} and submitted["bestScore"] == 5
    assert lb.mutate(SUBMIT, {"a": attempt_id})["attempt"]["score"] == 5.0
    assert lb.mutate(SAVE, {"a": attempt_id, "q": single["id"], "r": "A"})["errors"][0]["code"] == "CONFLICT"
    result = lb.gql(ATTEMPT, {"id": attempt_id})["data"]["attempt"]
    single_result = next(i for i in result["items"] if i["questionType"] == "SINGLE")["result"]
    assert single_result == {
        "points": 2.0,
        "maxPoints": 2.0,
        "correct": True,
        "needsGrading": False,
        "answerKey": {"options": [{"key": k, "text": f"选项{k}"} for k in "ABCD"], "answer": "B"},
        "referenceAnswer": "",
        "explanation": "<p>粗车循环</p>",
    }
    # history and best score, and a new start opens attempt 2
    second = lb.mutate(START, {"paper": paper["id"]})["attempt"]["id"]
    history = lb.gql(HISTORY, {"p": paper["id"]})["data"]["attemptHistory"]
    assert [(h["id"], h["number"], h["state"], h["score"]) for h in history] == [
        (second, 2, "IN_PROGRESS", None),
        (attempt_id, 1, "GRADED", 5.0),
    ]
    listed = lb.gql(SELF_TESTS, {"course": str(world["course"].pk)})["data"]["selfTests"][0]
    assert (listed["myAttemptCount"], listed["myBestScore"], listed["myOpenAttemptId"]) == (2, 5.0, second)
    assert Attempt.objects.count() == 2 and AttemptAnswer.objects.filter(attempt_id=attempt_id).count() == 2


def test_self_tests_cost_the_same_queries_whatever_their_number(world):
    course = world["course"]

    def add(n):
        for i in range(n):
            paper = papers.paper_create(
                user=world["teacher"],
                course=course,
                data=papers.PaperData(
                    f"自测{i}", items=[papers.PaperItemData(world["single"].pk)], open=True, module_id=None
                ),
            )
            attempt = attempts.attempt_start(user=world["learner"], paper=paper)
            attempts.attempt_submit(user=world["learner"], attempt=attempt, answers={world["single"].pk: "B"})

    add(1)
    with CaptureQueriesContext(connection) as small:
        first = world["lb"].gql(SELF_TESTS, {"course": str(course.pk)})
    add(5)
    with CaptureQueriesContext(connection) as large:
        second = world["lb"].gql(SELF_TESTS, {"course": str(course.pk)})
    assert len(first["data"]["selfTests"]) == 1 and len(second["data"]["selfTests"]) == 6
    assert all(t["myBestScore"] == 2 for t in second["data"]["selfTests"])
    assert len(large.captured_queries) == len(small.captured_queries)

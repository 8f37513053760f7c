"""Queries and mutations of self-tests (L5): papers for the course team, self-tests and attempts for learners.

Kept beside ``schema.py`` (the bank's ``QuestionsQueries`` / ``QuestionsMutations``) and registered in
api/wagtail_hooks.py the same way, so the bank and the self-tests grow without editing one class.
"""

import graphene

from api.accounts.mutations.login import require_login
from api.core.dataloaders import loaders
from api.questions.attempt_types import Attempt
from api.questions.mutations.answer_save import AnswerSave
from api.questions.mutations.attempt_start import AttemptStart
from api.questions.mutations.attempt_submit import AttemptSubmit
from api.questions.mutations.paper_create import PaperCreate
from api.questions.mutations.paper_delete import PaperDelete
from api.questions.mutations.paper_update import PaperUpdate
from api.questions.paper_types import Paper, PaperRulesCheck
from api.questions.schema import bank_course
from api.questions.self_tests import PaperRuleInput, own_attempt, paper_to_take, parse_id, rule_data
from cms.core.errors import DomainError
from cms.majors.selectors import courses_readable_by
from cms.questions import attempts, papers
from cms.questions.models import Attempt as AttemptModel


def _announce(info, rows) -> list:
    rows = list(rows)
    loaders(info).announce("paper_viewer_stats", (p.pk for p in rows))
    loaders(info).announce("question_module", (p.module_id for p in rows if p.module_id))
    return rows


class SelfTestQueries(graphene.ObjectType):
    course_papers = graphene.List(
        graphene.NonNull(Paper),
        required=True,
        course_id=graphene.ID(required=True, description="Course page id."),
        description="All self-test papers of a course, for its team and editors (newest first).",
    )
    self_tests = graphene.List(
        graphene.NonNull(Paper),
        required=True,
        course_id=graphene.ID(required=True, description="Course page id."),
        module_id=graphene.ID(description="Only the self-tests of this module."),
        description="The open self-tests of a published course, with the viewer's attempts and best score.",
    )
    paper = graphene.Field(
        Paper,
        id=graphene.ID(required=True, description="Paper id."),
        description="A paper the viewer edits, or an open self-test of a published course.",
    )
    paper_rules_check = graphene.Field(
        PaperRulesCheck,
        required=True,
        course_id=graphene.ID(required=True, description="Course page id."),
        rules=graphene.List(graphene.NonNull(PaperRuleInput), required=True, description="The rules to try."),
        description="Whether the course's published bank can satisfy random-paper rules now (course team).",
    )
    attempt = graphene.Field(
        Attempt,
        id=graphene.ID(required=True, description="Attempt id."),
        description="One of the signed-in learner's own attempts (keys and explanations only after submitting).",
    )
    attempt_history = graphene.List(
        graphene.NonNull(Attempt),
        required=True,
        paper_id=graphene.ID(required=True, description="The self-test."),
        description="The signed-in learner's attempts at a self-test, newest first.",
    )

    @staticmethod
    def resolve_course_papers(root, info, course_id):
        course = bank_course(info, course_id)
        return _announce(info, papers.course_papers(info.context.user, course))

    @staticmethod
    def resolve_self_tests(root, info, course_id, module_id=None):
        course = courses_readable_by(info.context.user).filter(pk=parse_id(course_id, "course_id")).first()
        if course is None:
            return []
        module = parse_id(module_id, "module_id") if module_id else None
        return _announce(info, papers.self_tests(course, module_id=module))

    @staticmethod
    def resolve_paper(root, info, id):
        try:
            return paper_to_take(info, id, field="id")
        except DomainError:
            return None

    @staticmethod
    def resolve_paper_rules_check(root, info, course_id, rules):
        course = bank_course(info, course_id)
        try:
            data = rule_data(rules)
            papers.rules_check(course, data)
        except DomainError as error:
            return PaperRulesCheck(ok=False, message=error.message, field=error.field, total_score=0)
        total = sum(float(r.score_each) * r.count for r in data)
        return PaperRulesCheck(ok=True, message=None, field=None, total_score=total)

    @staticmethod
    def resolve_attempt(root, info, id):
        try:
            return own_attempt(info, id, field="id")
        except DomainError:
            return None

    @staticmethod
    def resolve_attempt_history(root, info, paper_id):
        user = require_login(info)
        paper = paper_to_take(info, paper_id)
        return list(
            AttemptModel.objects.filter(pk__in=[a.pk for a in attempts.attempt_history(user=user, paper=paper)])
            .select_related("paper", "paper__course")
            .prefetch_related("answers")
            .order_by("-number")
        )


class SelfTestMutations(graphene.ObjectType):
    paper_create = PaperCreate.Field(description="Create a self-test paper of a course (course team).")
    paper_update = PaperUpdate.Field(description="Change a self-test paper, or open / close it (course team).")
    paper_delete = PaperDelete.Field(description="Delete a self-test paper nobody has taken (course team).")
    attempt_start = AttemptStart.Field(description="Start a self-test, or resume the attempt in progress.")
    answer_save = AnswerSave.Field(description="Autosave one answer of an attempt in progress.")
    attempt_submit = AttemptSubmit.Field(description="Submit an attempt; objective items are scored at once.")

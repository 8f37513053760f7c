"""Queries and mutations of the question bank and self-tests (C4, M5, L5)."""

import graphene
from django.utils.translation import gettext as _

from api.accounts.mutations.login import require_login
from api.core.pagination import page_bounds
from api.questions.coverage_types import QuestionCoverage
from api.questions.import_types import QuestionImportRecord
from api.questions.mutations.question_create import QuestionCreate
from api.questions.mutations.question_delete import QuestionDelete
from api.questions.mutations.question_import_confirm import QuestionImportConfirm
from api.questions.mutations.question_import_preview import QuestionImportPreviewMutation
from api.questions.mutations.question_restore import QuestionRestore
from api.questions.mutations.question_submit import QuestionSubmit
from api.questions.mutations.question_update import QuestionUpdate
from api.questions.types import Question, QuestionList, QuestionStatus, QuestionType, bank_page
from cms.core.errors import DomainError, ErrorCode
from cms.courses.models import CoursePage
from cms.courses.permissions import can_edit_course
from cms.questions import imports, selectors
from cms.questions.coverage import question_coverage


def _id(raw, field: str) -> int:
    try:
        return int(raw)
    except (TypeError, ValueError) as error:
        raise DomainError(_("Invalid id."), code=ErrorCode.INVALID_INPUT, field=field) from error


def _value(enum_value):
    return getattr(enum_value, "value", enum_value)


def bank_course(info, raw_id, *, field: str = "course_id") -> CoursePage:
    """The course whose bank the signed-in person edits; anything else is simply not found."""
    user = require_login(info)
    course = CoursePage.objects.filter(pk=_id(raw_id, field)).first()
    if course is None or not can_edit_course(user, course):
        raise DomainError(_("Nothing was found with this id."), code=ErrorCode.NOT_FOUND, field=field)
    return course


def bank_question(info, raw_id, *, field: str = "id"):
    """A top-level item of a bank the signed-in person edits (sub-questions come with their case)."""
    user = require_login(info)
    row = selectors.bank_question_get(_id(raw_id, field))
    if row is None or not can_edit_course(user, row.course):
        raise DomainError(_("Nothing was found with this id."), code=ErrorCode.NOT_FOUND, field=field)
    return row


class QuestionsQueries(graphene.ObjectType):
    question_bank = graphene.Field(
        QuestionList,
        required=True,
        course_id=graphene.ID(required=True, description="Course page id."),
        search=graphene.String(description="Words of the stem."),
        question_type=QuestionType(description="Only this type."),
        difficulty=graphene.Int(description="Only this difficulty (1–5)."),
        knowledge_point_id=graphene.ID(description="Only items testing this point."),
        module_id=graphene.ID(description="Only items of this module."),
        status=QuestionStatus(description="Only items in this state (DELETED = the recycle bin)."),
        live_only=graphene.Boolean(
            default_value=False,
            description="Only items learners can get: published, with or without edits waiting, each as its "
            "published version (what papers use), not the draft.",
        ),
        limit=graphene.Int(default_value=20, description="Page size (capped)."),
        offset=graphene.Int(default_value=0, description="Rows to skip."),
        description="A course's question bank for its team and editors, last changed first.",
    )
    question = graphene.Field(
        Question,
        id=graphene.ID(required=True, description="Item id."),
        description="One item of a bank you edit, as its latest draft.",
    )

    question_coverage = graphene.Field(
        QuestionCoverage,
        required=True,
        course_id=graphene.ID(required=True, description="Course page id."),
        include_drafts=graphene.Boolean(default_value=False, description="Count unpublished items too."),
        description="Coverage matrix of a course's bank (C4): points × items by type and difficulty.",
    )

    question_imports = graphene.List(
        graphene.NonNull(QuestionImportRecord),
        required=True,
        course_id=graphene.ID(required=True, description="Course page id."),
        limit=graphene.Int(default_value=10, description="How many, newest first (capped)."),
        description="The import log of a course's bank for its team and editors, newest first.",
    )

    question_import = graphene.Field(
        QuestionImportRecord,
        id=graphene.ID(required=True, description="The upload's id."),
        description="One import of a bank the signed-in person edits (null otherwise): poll it while IMPORTING.",
    )

    @staticmethod
    def resolve_question_import(root, info, id):
        user = require_login(info)
        try:
            pk = int(id)
        except (TypeError, ValueError):
            return None
        return imports.question_import_get(user, pk)

    @staticmethod
    def resolve_question_imports(root, info, course_id, limit=10):
        course = bank_course(info, course_id)
        limit, _offset = page_bounds(limit, 0)
        return list(imports.question_imports_of(require_login(info), course)[:limit])

    @staticmethod
    def resolve_question_coverage(root, info, course_id, include_drafts=False):
        return question_coverage(bank_course(info, course_id), include_drafts=bool(include_drafts))

    @staticmethod
    def resolve_question_bank(
        root,
        info,
        course_id,
        search=None,
        question_type=None,
        difficulty=None,
        knowledge_point_id=None,
        module_id=None,
        status=None,
        live_only=False,
        limit=20,
        offset=0,
    ):
        course = bank_course(info, course_id)
        limit, offset = page_bounds(limit, offset)
        rows = selectors.bank_questions(
            course,
            search=(search or "")[:100],
            question_type=_value(question_type),
            difficulty=difficulty,
            knowledge_point_id=_id(knowledge_point_id, "knowledge_point_id") if knowledge_point_id else None,
            module_id=_id(module_id, "module_id") if module_id else None,
            status=_value(status),
            live_only=bool(live_only),
        )
        return bank_page(info, rows, limit, offset, live=bool(live_only))

    @staticmethod
    def resolve_question(root, info, id):
        return selectors.bank_view(bank_question(info, id))


class QuestionsMutations(graphene.ObjectType):
    question_create = QuestionCreate.Field(description="Write a new draft item into a course's question bank.")
    question_update = QuestionUpdate.Field(description="Save an item's changes as a new draft revision.")
    question_delete = QuestionDelete.Field(description="Move an item to the bank's recycle bin.")
    question_restore = QuestionRestore.Field(description="Take an item out of the bank's recycle bin.")
    question_submit = QuestionSubmit.Field(description="Send an item's latest draft to review (or back after changes).")
    question_import_preview = QuestionImportPreviewMutation.Field(
        description="Read an uploaded question file: each item as it will be stored, each error by location."
    )
    question_import_confirm = QuestionImportConfirm.Field(
        description="Start importing a previewed file on the worker: every item as a draft, or nothing on errors."
    )

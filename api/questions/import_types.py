"""GraphQL types of the question import preview (C4, M5): each item as it will be stored, errors by location.

The file itself arrives by a browser POST (``/questions/courses/<id>/import``, see ``cms.questions.views``);
these types describe what ``questionImportPreview`` read from it.
"""

import graphene
from bs4 import BeautifulSoup

from api.questions.types import QuestionType
from cms.questions.content import QuestionType as Types
from cms.questions.importers import FORMATS
from cms.questions.imports import question_import_progress

QuestionImportFormat = graphene.Enum(
    "QuestionImportFormat",
    [(key.upper(), key) for key in FORMATS],
    description="Import file formats: Word and Excel templates, Moodle XML, GIFT, Aiken, QTI 2.1.",
)
QuestionImportStatus = graphene.Enum(
    "QuestionImportStatus",
    [
        ("UPLOADED", "uploaded"),
        ("PREVIEWED", "previewed"),
        ("IMPORTING", "importing"),
        ("IMPORTED", "imported"),
        ("FAILED", "failed"),
    ],
    description=(
        "UPLOADED not read yet; PREVIEWED ready to import; IMPORTING confirmed, the worker is importing it;"
        " FAILED has errors (nothing imported); IMPORTED done."
    ),
)


class QuestionImportIssue(graphene.ObjectType):
    location = graphene.String(
        required=True, description="Where in the file: “第 3 题（第 12 行）”, “第 5 行“答案”列”."
    )
    message = graphene.String(required=True, description="The reason, translated.")


class QuestionImportPoint(graphene.ObjectType):
    name = graphene.String(required=True, description="The knowledge point name as written in the file.")
    found = graphene.Boolean(required=True, description="Whether the course has a point of that name.")


class QuestionImportOption(graphene.ObjectType):
    key = graphene.String(required=True, description="Option, left/right entry or ordering item key.")
    html = graphene.String(required=True, description="Its text, HTML with formulas.")
    side = graphene.String(description="For matching: LEFT or RIGHT.")


def _plain(html: str) -> str:
    return " ".join(BeautifulSoup(html or "", "html.parser").get_text(" ").split())


def answer_summary(question_type: str, content: dict, reference_answer: str) -> str:
    """The key in a line: "B", "A、C", "1: 2 / 2.0；2: 0.5", "1→A，2→B", "C → A → B"; true/false items give the
    words ``true`` / ``false`` for the client to translate; a case analysis has none (see its parts)."""
    answer = content.get("answer")
    if question_type == Types.SINGLE:
        return str(answer or "")
    if question_type == Types.MULTIPLE:
        return "、".join(answer or [])
    if question_type == Types.TRUE_FALSE:
        return "true" if answer else "false"
    if question_type == Types.FILL_BLANK:
        return "；".join(f"{i}: {' / '.join(b['answers'])}" for i, b in enumerate(content.get("blanks", []), 1))
    if question_type == Types.MATCHING:
        return "，".join(f"{left}→{right}" for left, right in (answer or {}).items())
    if question_type == Types.ORDERING:
        return " → ".join(answer or [])
    if question_type == Types.CASE:
        return ""
    if question_type == Types.PRACTICAL:
        return "；".join(f"{r['criterion']} ({r['points']})" for r in content.get("rubric", []))
    return _plain(reference_answer)[:200]


class QuestionImportItem(graphene.ObjectType):
    """One item of the file as it will be stored (images shown inline until they are stored on import)."""

    location = graphene.String(required=True, description="Where it is in the file.")
    question_type = graphene.Field(QuestionType, required=True, description="Item type.")
    stem = graphene.String(required=True, description="The question, HTML; formulas as <span data-latex>.")
    options = graphene.List(
        graphene.NonNull(QuestionImportOption), required=True, description="Options, matching sides or items to order."
    )
    answer = graphene.String(
        required=True,
        description="The answer key (or reference answer) in one line; true/false items say true or false.",
    )
    explanation = graphene.String(required=True, description="Explanation, HTML.")
    score = graphene.Float(required=True, description="Points.")
    difficulty = graphene.Int(required=True, description="Difficulty 1 (easy) – 5 (hard).")
    knowledge_points = graphene.List(
        graphene.NonNull(QuestionImportPoint), required=True, description="Point names, found in the course or not."
    )
    tags = graphene.List(graphene.NonNull(graphene.String), required=True, description="Tags.")
    sub_question_count = graphene.Int(required=True, description="A case analysis's parts.")
    warnings = graphene.List(graphene.NonNull(graphene.String), required=True, description="Notes on this item.")


def preview_item(preview, item) -> QuestionImportItem:
    data = item.data
    content = data.content or {}
    options = []
    for key, side in (("options", None), ("left", "LEFT"), ("right", "RIGHT"), ("items", None)):
        for row in content.get(key) or []:
            options.append(QuestionImportOption(key=row["key"], html=preview.show(row["text"]), side=side))
    return QuestionImportItem(
        location=item.location,
        question_type=data.question_type,
        stem=item.preview_stem,
        options=options,
        answer=answer_summary(data.question_type, content, data.reference_answer),
        explanation=preview.show(data.explanation or ""),
        score=float(data.score),
        difficulty=int(data.difficulty),
        knowledge_points=[QuestionImportPoint(name=n, found=f) for n, f in item.knowledge_points],
        tags=list(data.tags),
        sub_question_count=len(data.sub_questions),
        warnings=item.warnings,
    )


class QuestionImportPreview(graphene.ObjectType):
    """What the file holds: every readable item, and every error and warning with its location."""

    import_id = graphene.ID(required=True, description="The upload, for questionImportConfirm.")
    filename = graphene.String(required=True, description="The file's name.")
    format = graphene.Field(QuestionImportFormat, description="The format read (detected unless chosen).")
    status = graphene.Field(QuestionImportStatus, required=True, description="PREVIEWED or FAILED.")
    items = graphene.List(graphene.NonNull(QuestionImportItem), required=True, description="Items, in file order.")
    errors = graphene.List(
        graphene.NonNull(QuestionImportIssue), required=True, description="Why the file cannot be imported yet."
    )
    warnings = graphene.List(
        graphene.NonNull(QuestionImportIssue), required=True, description="What is imported differently or dropped."
    )
    can_import = graphene.Boolean(required=True, description="True when there are items and no errors.")


def preview_payload(preview) -> QuestionImportPreview:
    record = preview.record
    return QuestionImportPreview(
        import_id=record.pk,
        filename=record.filename,
        format=preview.kind or None,
        status=str(record.status),
        items=[preview_item(preview, item) for item in preview.items],
        errors=[QuestionImportIssue(location=e.location, message=e.message) for e in preview.errors],
        warnings=[QuestionImportIssue(location=w.location, message=w.message) for w in preview.warnings],
        can_import=preview.ok,
    )


class QuestionImportRecord(graphene.ObjectType):
    """One file brought into a course's bank: the import log (C4, M5)."""

    id = graphene.ID(required=True, description="The upload's id.")
    filename = graphene.String(required=True, description="The file's name.")
    format = graphene.Field(QuestionImportFormat, description="The format it was read as (none before a preview).")
    status = graphene.Field(QuestionImportStatus, required=True, description="Where the upload is.")
    item_count = graphene.Int(required=True, description="Items previewed, or imported once IMPORTED.")
    error_count = graphene.Int(required=True, description="Errors of the last preview or refused import.")
    errors = graphene.List(
        graphene.NonNull(QuestionImportIssue),
        required=True,
        description="Why the last preview or import refused the file (nothing was imported).",
    )
    progress = graphene.Int(
        description="While IMPORTING: items created so far (visible only once all are in); null when unknown."
    )
    question_ids = graphene.List(
        graphene.NonNull(graphene.ID), required=True, description="The new top-level items, once IMPORTED."
    )
    user_name = graphene.String(required=True, description="Who uploaded it.")
    created_at = graphene.DateTime(required=True, description="When it was uploaded.")
    imported_at = graphene.DateTime(description="When it was imported.")

    @staticmethod
    def resolve_format(record, info):
        return record.kind or None

    @staticmethod
    def resolve_status(record, info):
        return str(record.status)

    @staticmethod
    def resolve_error_count(record, info):
        return len(record.errors or [])

    @staticmethod
    def resolve_errors(record, info):
        return [QuestionImportIssue(location=e.get("location", ""), message=e["message"]) for e in record.errors or []]

    @staticmethod
    def resolve_progress(record, info):
        return question_import_progress(record)

    @staticmethod
    def resolve_question_ids(record, info):
        return list(record.question_ids or [])

    @staticmethod
    def resolve_user_name(record, info):
        user = record.user
        return user.display_name if user else ""

"""Knowledge Q&A services (M7, issue 6): answer from the course FAQ, expand through the graph, or decline.

``faq_answer`` answers a learner's question from the course FAQ (``cms.qa.retrieval``), then expands through the
course's knowledge graph: the matched entry's knowledge points, their prerequisites (``KnowledgeEdge`` of kind
prerequisite), and the best published resources the user may see for each of them. Every part cites where it
comes from. When nothing covers the question well it declines and offers ``course_question_post`` instead of
guessing. No external service is called.

Posted text passes the sensitive-word filter (``cms.core.sensitive_words``, C12): a word whose action is block
refuses the post or answer by field, naming the words, and nothing is stored. Flagged words pass: every posted
question is read by the course team before anything of it can become public (see README "Sensitive words").
"""

from dataclasses import dataclass, field

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from cms.core import sensitive_words
from cms.core.errors import DomainError, ErrorCode
from cms.core.models import SensitiveWordAction
from cms.courses.models import CoursePage, KnowledgeEdge, KnowledgeEdgeKind, KnowledgePoint
from cms.courses.permissions import can_edit_course
from cms.qa.index import course_faq_index
from cms.qa.models import CourseQuestion, CourseQuestionStatus, DismissReason, FaqEntry
from cms.qa.tasks import course_question_answered_email_task
from cms.resources.selectors import ResourceFilters, Sort, resource_search

RESOURCES_PER_POINT = 3
MAX_QUESTION_CHARS = 500
MAX_ANSWER_CHARS = 2000  # an answer a learner reads on a phone, not a handout: link resources for more
MAX_POINTS = 100  # house rule 6: input lists capped
FAQ_QUESTION_CHARS = FaqEntry._meta.get_field("question").max_length
DISMISS_NOTE_CHARS = CourseQuestion._meta.get_field("dismiss_note").max_length


@dataclass
class Source:
    """What one part of an answer cites: an FAQ entry, a knowledge point (and the edge that led to it), a resource."""

    kind: str  # "faq_entry" | "knowledge_point" | "prerequisite" | "resource"
    id: int
    title: str
    cited_for: str = ""  # what this source supports, e.g. the point a resource was chosen for


@dataclass
class PointResources:
    point: KnowledgePoint
    resources: list = field(default_factory=list)


@dataclass
class FaqAnswer:
    answered: bool
    question: str
    entry: FaqEntry | None = None
    score: float = 0.0
    coverage: float = 0.0
    points: list[KnowledgePoint] = field(default_factory=list)
    prerequisites: list[KnowledgePoint] = field(default_factory=list)
    resources: list[PointResources] = field(default_factory=list)
    sources: list[Source] = field(default_factory=list)
    suggestion: str = ""
    can_post: bool = False


def point_prerequisites(points: list[KnowledgePoint]) -> list[KnowledgePoint]:
    """The direct prerequisites of ``points`` (edges ``source → target`` of kind prerequisite), not themselves."""
    ids = {p.pk for p in points}
    edges = (
        KnowledgeEdge.objects.filter(kind=KnowledgeEdgeKind.PREREQUISITE, target_id__in=ids)
        .exclude(source_id__in=ids)
        .select_related("source")
        .order_by("source__sort_order", "source_id")
    )
    return list({edge.source_id: edge.source for edge in edges}.values())


def point_resources(user, point: KnowledgePoint, *, limit: int = RESOURCES_PER_POINT) -> list:
    """The most viewed published resources tagged with ``point`` that ``user`` may see (anonymous: public)."""
    page = resource_search(
        user,
        filters=ResourceFilters(knowledge_point_ids=[point.pk]),
        sort=Sort.MOST_VIEWED,
        limit=limit,
        with_facets=False,
    )
    return page.items


def blocked_words(*texts: str) -> list[str]:
    """The sensitive words of action block in ``texts`` (C12), each once, in order of first appearance."""
    return [hit.word for hit in sensitive_words.find(*texts) if hit.action == SensitiveWordAction.BLOCK]


def _words(words: list[str]) -> str:
    return "、".join(words)


def faq_answer(*, course: CoursePage, question: str, user) -> FaqAnswer:
    """Answer ``question`` from ``course``'s FAQ with its points, prerequisites and resources, or decline."""
    question = (question or "").strip()[:MAX_QUESTION_CHARS]
    ranking = course_faq_index(course.pk).rank(question)
    best = ranking.best
    if not ranking.answered:
        return FaqAnswer(
            answered=False,
            question=question,
            score=best.score if best else 0.0,
            coverage=best.coverage if best else 0.0,
            suggestion=_(
                "The course FAQ has no good answer to this question. Post it to the course Q&A and the course "
                "team will answer."
            ),
            can_post=bool(user is not None and user.is_authenticated),
        )
    entry = FaqEntry.objects.prefetch_related("knowledge_points").get(pk=best.key)
    points = sorted(entry.knowledge_points.all(), key=lambda p: (p.sort_order or 0, p.pk))
    prerequisites = point_prerequisites(points)
    answer = FaqAnswer(
        answered=True,
        question=question,
        entry=entry,
        score=best.score,
        coverage=best.coverage,
        points=points,
        prerequisites=prerequisites,
    )
    answer.sources.append(Source("faq_entry", entry.pk, entry.question, cited_for=_("answer")))
    for point in points:
        answer.sources.append(Source("knowledge_point", point.pk, point.name, cited_for=entry.question))
    for point in prerequisites:
        answer.sources.append(Source("prerequisite", point.pk, point.name, cited_for=_("prerequisite")))
    seen: set[int] = set()
    for point in [*points, *prerequisites]:
        found = [r for r in point_resources(user, point) if r.pk not in seen]
        seen.update(r.pk for r in found)
        answer.resources.append(PointResources(point=point, resources=found))
        answer.sources += [Source("resource", r.pk, r.title, cited_for=point.name) for r in found]
    return answer


@transaction.atomic
def course_question_post(*, course: CoursePage, user, text: str) -> CourseQuestion:
    """Post a learner's question to the course Q&A (logged-in users); the same open question is not posted twice."""
    if user is None or not user.is_authenticated:
        raise PermissionDenied(_("Log in to post a question to the course Q&A."))
    text = " ".join((text or "").split())
    if not text:
        raise ValidationError({"text": _("Write your question first.")})
    blocked = blocked_words(text)
    if blocked:  # checked before the same open question is looked up: a word blocked since is refused too
        raise DomainError(
            _("Your question contains words that may not be posted: %(words)s. Reword it and post it again.")
            % {"words": _words(blocked)},
            field="text",
        )
    existing = CourseQuestion.objects.filter(
        course=course, user=user, text=text, status=CourseQuestionStatus.OPEN
    ).first()
    if existing:
        return existing
    posted = CourseQuestion(course=course, user=user, text=text)
    posted.full_clean()
    posted.save()
    return posted


@transaction.atomic
def faq_entry_save(*, entry: FaqEntry, knowledge_points: list[KnowledgePoint] | None = None) -> FaqEntry:
    """Create or update an FAQ entry; its knowledge points must be points of its own course, and its texts (public
    wherever the course is) hold no blocked sensitive word (C12)."""
    entry.full_clean()
    problems = {
        name: _("Sensitive words found: %(words)s.") % {"words": _words(blocked)}
        for name in ("question", "alternatives", "answer")
        if (blocked := blocked_words(getattr(entry, name)))
    }
    if problems:
        raise ValidationError(problems)
    if knowledge_points is not None:
        foreign = [p.name for p in knowledge_points if p.course_id != entry.course_id]
        if foreign:
            raise ValidationError(
                {"knowledge_points": _("Not points of this course: %(names)s") % {"names": "、".join(foreign)}}
            )
    entry.save()  # bumps updated_at, so every process's index of the course is rebuilt at its next question
    if knowledge_points is not None:
        entry.knowledge_points.set(knowledge_points)
    return entry


def _require_team(user, course: CoursePage) -> None:
    if not can_edit_course(user, course):
        raise DomainError(
            _("Only the course team and editors can answer or dismiss questions posted to this course."),
            code=ErrorCode.PERMISSION_DENIED,
        )


def _first_message(error: ValidationError) -> tuple[str, str | None]:
    """The first message of a model's ValidationError and the field it is about."""
    if hasattr(error, "message_dict"):
        field, messages = next(iter(error.message_dict.items()))
        return messages[0], (None if field == "__all__" else field)
    return error.messages[0], None


def _faq_entry_from(*, question: CourseQuestion, answer: str, points: list[KnowledgePoint]) -> FaqEntry:
    """The question's FAQ entry, created on its first answer and kept in step with later corrections."""
    entry = question.faq_entry
    if entry is None:
        if len(question.text) > FAQ_QUESTION_CHARS:
            raise DomainError(
                _(
                    "An FAQ question has at most %(limit)d characters and this one has %(count)d: answer it "
                    "without adding it to the FAQ, then add a shorter wording to the FAQ in the admin."
                )
                % {"limit": FAQ_QUESTION_CHARS, "count": len(question.text)},
                code=ErrorCode.LIMIT_EXCEEDED,
                field="add_to_faq",
            )
        if FaqEntry.objects.filter(course_id=question.course_id, question=question.text).exists():
            raise DomainError(
                _("The FAQ of this course already has this question; answer without adding it again."),
                code=ErrorCode.DUPLICATE,
                field="add_to_faq",
            )
        blocked = blocked_words(question.text)
        if blocked:  # a word blocked after the question was posted: the FAQ is public, the question is not
            raise DomainError(
                _(
                    "The question contains words that may not be published in the FAQ: %(words)s. Answer it "
                    "without adding it to the FAQ."
                )
                % {"words": _words(blocked)},
                field="add_to_faq",
            )
        entry = FaqEntry(course_id=question.course_id, question=question.text)
    entry.answer = answer
    try:
        # faq_entry_save bumps updated_at: every process's index of the course is rebuilt at its next question
        return faq_entry_save(entry=entry, knowledge_points=points)
    except ValidationError as error:
        message, field = _first_message(error)
        field = {"knowledge_points": "point_ids", "question": "add_to_faq"}.get(field, field)
        raise DomainError(message, field=field) from error


@transaction.atomic
def course_question_answer(
    *,
    user,
    question: CourseQuestion,
    answer: str,
    add_to_faq: bool = False,
    knowledge_points: list[KnowledgePoint] | None = None,
) -> CourseQuestion:
    """The course team answers a posted question (or corrects its answer), storing who and when.

    With ``add_to_faq`` the question and answer become an FAQ entry of the course about ``knowledge_points``
    (through ``faq_entry_save``), so the next learner asking the same is answered from the FAQ at once. The asker
    is emailed once, after the commit, when their account has an email address. Answering a dismissed question
    reopens it as answered. Nothing is stored when any part is refused.
    """
    question = CourseQuestion.objects.select_for_update().select_related("course", "user").get(pk=question.pk)
    _require_team(user, question.course)
    answer = (answer or "").strip()
    if not answer:
        raise DomainError(_("Write the answer first."), field="answer")
    if len(answer) > MAX_ANSWER_CHARS:
        raise DomainError(
            _("Keep the answer to %(limit)d characters (it has %(count)d).")
            % {"limit": MAX_ANSWER_CHARS, "count": len(answer)},
            code=ErrorCode.LIMIT_EXCEEDED,
            field="answer",
        )
    blocked = blocked_words(answer)
    if blocked:
        raise DomainError(
            _("The answer contains words that may not be published: %(words)s.") % {"words": _words(blocked)},
            field="answer",
        )
    points = list(knowledge_points or [])
    if len(points) > MAX_POINTS:
        raise DomainError(
            _("Choose at most %(limit)d knowledge points.") % {"limit": MAX_POINTS},
            code=ErrorCode.LIMIT_EXCEEDED,
            field="point_ids",
        )
    if add_to_faq or question.faq_entry_id:
        # an answer already in the FAQ is corrected there too (its points kept): the FAQ must not keep the wrong one
        if not add_to_faq:
            points = list(question.faq_entry.knowledge_points.all())
        question.faq_entry = _faq_entry_from(question=question, answer=answer, points=points)
    question.answer = answer
    question.answered_by = user
    question.answered_at = timezone.now()
    question.status = CourseQuestionStatus.ANSWERED
    question.dismiss_reason, question.dismiss_note, question.dismissed_by, question.dismissed_at = "", "", None, None
    question.full_clean()
    question.save()
    if question.notified_at is None and question.user.email:
        question_id = question.pk
        transaction.on_commit(lambda: course_question_answered_email_task.delay(question_id))
    return question


@transaction.atomic
def course_question_dismiss(*, user, question: CourseQuestion, reason: str, note: str = "") -> CourseQuestion:
    """The course team closes a posted question without answering it: a duplicate, off topic, or another
    reason (then ``note`` says which). An answered question is not dismissed; its answer can be corrected."""
    question = CourseQuestion.objects.select_for_update().select_related("course").get(pk=question.pk)
    _require_team(user, question.course)
    if question.status == CourseQuestionStatus.ANSWERED:
        raise DomainError(
            _("This question is already answered; correct the answer instead of dismissing it."),
            code=ErrorCode.CONFLICT,
        )
    if reason not in DismissReason.values:
        raise DomainError(_("Choose why the question is dismissed."), field="reason")
    note = " ".join((note or "").split())
    if reason == DismissReason.OTHER and not note:
        raise DomainError(_("Say why the question is dismissed."), field="note")
    if len(note) > DISMISS_NOTE_CHARS:
        raise DomainError(
            _("Keep the note to %(limit)d characters (it has %(count)d).")
            % {"limit": DISMISS_NOTE_CHARS, "count": len(note)},
            code=ErrorCode.LIMIT_EXCEEDED,
            field="note",
        )
    blocked = blocked_words(note)
    if blocked:
        raise DomainError(
            _("The note contains words that may not be published: %(words)s.") % {"words": _words(blocked)},
            field="note",
        )
    question.status = CourseQuestionStatus.CLOSED
    question.dismiss_reason = reason
    question.dismiss_note = note
    question.dismissed_by = user
    question.dismissed_at = timezone.now()
    question.full_clean()
    question.save()
    return question


def course_question_answered_notify(*, question_id: int) -> bool:
    """Email the asker the answer to their question, once (``notified_at``); False when there is nothing to send.

    Run by ``course_question_answered_email_task`` after the answer is committed; safe to run twice. The email is
    in the platform language (accounts keep no language of their own) and links to the course page.
    """
    from django.conf import settings
    from django.utils import translation

    from cms.accounts.messaging.email import email_send

    with transaction.atomic():
        question = (
            CourseQuestion.objects.select_for_update()
            .select_related("course", "user")
            .filter(pk=question_id, status=CourseQuestionStatus.ANSWERED, notified_at__isnull=True)
            .first()
        )
        if question is None or not question.user.email:
            return False
        base = getattr(settings, "ZYK_PUBLIC_URL", "") or settings.WAGTAILADMIN_BASE_URL
        link = f"{base.rstrip('/')}/courses/{question.course_id}#knowledge-qa"
        with translation.override(settings.LANGUAGE_CODE):
            subject = _("Your question in %(course)s was answered") % {"course": question.course.title}
            body = _(
                "Hello %(name)s,\n\n"
                "the course team of %(course)s answered your question.\n\n"
                "Your question:\n%(question)s\n\n"
                "Answer:\n%(answer)s\n\n"
                "It is also under “My questions” on the course page:\n%(link)s\n"
            ) % {
                "name": question.user.display_name,
                "course": question.course.title,
                "question": question.text,
                "answer": question.answer,
                "link": link,
            }
        # An EmailError rolls back notified_at, so the task's retry sends it again.
        email_send(to=question.user.email, subject=subject, body=body)
        question.notified_at = timezone.now()
        question.save(update_fields=["notified_at"])
    return True

"""Knowledge Q&A services (M7, issue 6): answer from the course FAQ, expand through the graph, or decline.

``faq_answer`` answers a learner's question from the course FAQ (``cms.qa.retrieval``), then expands through the
course's knowledge graph: the matched entry's knowledge points, their prerequisites (``KnowledgeEdge`` of kind
prerequisite), and the best published resources the user may see for each of them. Every part cites where it
comes from. When nothing covers the question well it declines and offers ``course_question_post`` instead of
guessing. No external service is called.
"""

from dataclasses import dataclass, field

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from cms.courses.models import CoursePage, KnowledgeEdge, KnowledgeEdgeKind, KnowledgePoint
from cms.qa.index import course_faq_index
from cms.qa.models import CourseQuestion, CourseQuestionStatus, FaqEntry
from cms.resources.selectors import ResourceFilters, Sort, resource_search

RESOURCES_PER_POINT = 3
MAX_QUESTION_CHARS = 500


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
    """Create or update an FAQ entry; its knowledge points must be points of its own course."""
    entry.full_clean()
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

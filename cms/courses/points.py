"""The course team's graph editor (M7, C2): add, change and remove knowledge/skill points; save where they sit.

Points are inline children of the course page (``ParentalKey``), so they also live in the page's revisions,
and publishing a revision makes the page's rows what that revision holds: modelcluster deletes rows the
revision lacks (with their edges, layout and resource tags) and re-creates rows it still holds. A point
changed here in the database alone would therefore vanish — or come back — the next time a draft of the
portal is approved. So every write also patches ``content["knowledge_points"]`` of the page's latest
revision and of its live revision (when that is another one) with the row's ``serializable_data()``, the
exact form modelcluster stores there. Older revisions are left as history: reverting the page to one of
them in Wagtail is a deliberate return to that state of the course.

Positions (``KnowledgePointLayout``) are metadata outside the revisions, like edges.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from django.db import transaction
from django.db.models import Max
from django.utils.translation import gettext as _
from wagtail.models import Revision

from cms.audit.services import audit_record
from cms.core import sensitive_words
from cms.core.errors import DomainError, ErrorCode
from cms.courses.models import CoursePage, KnowledgePoint, KnowledgePointKind, KnowledgePointLayout
from cms.courses.permissions import can_edit_graph
from cms.majors.models import JobPosition

MAX_POINTS = 300  # per course: a graph larger than this is no longer readable, on a phone or on a wall
MAX_NAME = 128  # KnowledgePoint.name
MAX_DESCRIPTION = 2000
MAX_JOB_POSITIONS = 20
MAX_POSITIONS = 100  # input lists are capped (house rule 6); the SPA sends more in several calls
MAX_COORDINATE = 100_000  # graph units; the SPA's frame is 1000 wide, this only refuses nonsense


@dataclass
class PointPosition:
    point_id: int
    x: float
    y: float


def _require_editor(user, course: CoursePage) -> None:
    if not can_edit_graph(user, course):
        raise DomainError(
            _("Only the course team and editors can change the knowledge graph of this course."),
            code=ErrorCode.PERMISSION_DENIED,
        )


def _lock_course(course_id: int) -> CoursePage:
    """One writer per course at a time: names stay unique and revisions are patched one after the other."""
    return CoursePage.objects.select_for_update().get(pk=course_id)


def _clean(*, course: CoursePage, kind: str, name: str, description: str, job_position_ids, point=None):
    """Checked and trimmed values, or a translated refusal naming the field."""
    if kind not in KnowledgePointKind.values:
        raise DomainError(_("Choose a knowledge point or a skill point."), field="kind")
    name = (name or "").strip()
    if not name:
        raise DomainError(_("Give the point a name."), field="name")
    if len(name) > MAX_NAME:
        raise DomainError(
            _("A point's name has at most %(max)d characters.") % {"max": MAX_NAME},
            code=ErrorCode.LIMIT_EXCEEDED,
            field="name",
        )
    description = (description or "").strip()
    if len(description) > MAX_DESCRIPTION:
        raise DomainError(
            _("A point's description has at most %(max)d characters.") % {"max": MAX_DESCRIPTION},
            code=ErrorCode.LIMIT_EXCEEDED,
            field="description",
        )
    same_name = KnowledgePoint.objects.filter(course_id=course.pk, name__iexact=name)
    if point is not None:
        same_name = same_name.exclude(pk=point.pk)
    if same_name.exists():
        raise DomainError(
            _("This course already has a point named “%(name)s”; give this one another name.") % {"name": name},
            code=ErrorCode.DUPLICATE,
            field="name",
        )
    for field, text in (("name", name), ("description", description)):
        blocked = [hit.word for hit in sensitive_words.find(text) if hit.action == "block"]
        if blocked:
            raise DomainError(
                _("Sensitive words found: %(words)s.") % {"words": "、".join(dict.fromkeys(blocked))}, field=field
            )
    ids = list(dict.fromkeys(job_position_ids or []))
    if len(ids) > MAX_JOB_POSITIONS:
        raise DomainError(
            _("A point maps to at most %(max)d job positions.") % {"max": MAX_JOB_POSITIONS},
            code=ErrorCode.LIMIT_EXCEEDED,
            field="job_position_ids",
        )
    jobs = JobPosition.objects.in_bulk(ids)
    if len(jobs) != len(ids):
        raise DomainError(
            _("One of the job positions does not exist (any more); reload the page and pick again."),
            code=ErrorCode.NOT_FOUND,
            field="job_position_ids",
        )
    return kind, name, description, [jobs[pk] for pk in ids]


def _patch_revisions(course: CoursePage, *, upsert: KnowledgePoint | None = None, remove_id: int | None = None):
    """Make the latest and the live revision agree with the row just written (see the module docstring).

    An updated point keeps the place it has in each revision (``sort_order``); a revision that lacks it
    (written before this editor existed, or by hand) gets it appended, so publishing it keeps the point.
    """
    revision_ids = {course.latest_revision_id, course.live_revision_id} - {None}
    if not revision_ids:
        return  # no revision yet: the next one is made from the rows themselves
    for revision in Revision.objects.select_for_update().filter(pk__in=revision_ids).order_by("pk"):
        content = revision.content
        rows = list(content.get("knowledge_points") or [])
        if upsert is not None:
            data = upsert.serializable_data()
            for index, row in enumerate(rows):
                if row.get("pk") == upsert.pk:
                    data["sort_order"] = row.get("sort_order", data["sort_order"])
                    rows[index] = data
                    break
            else:
                rows.append(data)
        if remove_id is not None:
            rows = [row for row in rows if row.get("pk") != remove_id]
        content["knowledge_points"] = rows
        revision.content = content
        revision.save(update_fields=["content"])


@transaction.atomic
def knowledge_point_add(
    *, user, course: CoursePage, kind: str, name: str, description: str = "", job_position_ids=()
) -> KnowledgePoint:
    """Add a knowledge or skill point to the course (last in course order), in the rows and the revisions."""
    course = _lock_course(course.pk)
    _require_editor(user, course)
    kind, name, description, jobs = _clean(
        course=course, kind=kind, name=name, description=description, job_position_ids=job_position_ids
    )
    existing = KnowledgePoint.objects.filter(course_id=course.pk)
    if existing.count() >= MAX_POINTS:
        raise DomainError(
            _("A course has at most %(max)d knowledge and skill points.") % {"max": MAX_POINTS},
            code=ErrorCode.LIMIT_EXCEEDED,
        )
    last = existing.aggregate(last=Max("sort_order"))["last"]
    point = KnowledgePoint(
        course=course, kind=kind, name=name, description=description, sort_order=0 if last is None else last + 1
    )
    point.job_positions = jobs  # a ParentalManyToMany relation: saved with the point
    point.full_clean()
    point.save()
    _patch_revisions(course, upsert=point)
    audit_record(action="knowledge_point.add", actor=user, obj=point, detail={"course": course.pk, "kind": kind})
    return point


@transaction.atomic
def knowledge_point_update(
    *, user, point: KnowledgePoint, kind: str, name: str, description: str = "", job_position_ids=()
) -> KnowledgePoint:
    """Change a point's kind, name, description and job positions; its id, edges, tags and place stay."""
    course = _lock_course(point.course_id)
    _require_editor(user, course)
    point = KnowledgePoint.objects.get(pk=point.pk)
    kind, name, description, jobs = _clean(
        course=course,
        kind=kind,
        name=name,
        description=description,
        job_position_ids=job_position_ids,
        point=point,
    )
    point.kind, point.name, point.description = kind, name, description
    point.full_clean()
    point.job_positions.set(jobs)
    point.save()
    _patch_revisions(course, upsert=point)
    audit_record(action="knowledge_point.update", actor=user, obj=point, detail={"course": course.pk, "kind": kind})
    return point


@transaction.atomic
def knowledge_point_remove(*, user, point: KnowledgePoint) -> int:
    """Remove a point with its edges, position and resource tags (database cascade); returns its edge count.

    Resources stay; they only lose the tag (a resource revision naming the point skips it when published).
    """
    course = _lock_course(point.course_id)
    _require_editor(user, course)
    point = KnowledgePoint.objects.get(pk=point.pk)
    edges = point.outgoing_edges.count() + point.incoming_edges.count()
    audit_record(
        action="knowledge_point.remove",
        actor=user,
        obj=point,
        detail={"course": course.pk, "name": point.name, "edges": edges},
    )
    removed_id = point.pk
    point.delete()
    _patch_revisions(course, remove_id=removed_id)
    return edges


@transaction.atomic
def knowledge_graph_layout_save(*, user, course: CoursePage, positions: list) -> list[KnowledgePointLayout]:
    """Store where the team placed points of ``course`` (``PointPosition`` or ``(point_id, x, y)`` items).

    Positions of other points stay; all or nothing: a point of another course, an unknown point or a
    coordinate out of bounds refuses the whole list.
    """
    course = _lock_course(course.pk)  # a point removed meanwhile cannot slip between the check and the write
    _require_editor(user, course)
    wanted: dict[int, tuple[float, float]] = {}
    if len(positions) > MAX_POSITIONS:
        raise DomainError(
            _("At most %(max)d positions at a time.") % {"max": MAX_POSITIONS},
            code=ErrorCode.LIMIT_EXCEEDED,
            field="positions",
        )
    for item in positions:
        point_id, x, y = (item.point_id, item.x, item.y) if isinstance(item, PointPosition) else item
        try:
            x, y = float(x), float(y)
        except (TypeError, ValueError):
            x = y = math.nan
        if not (math.isfinite(x) and math.isfinite(y) and abs(x) <= MAX_COORDINATE and abs(y) <= MAX_COORDINATE):
            raise DomainError(
                _("A position must be a number between -%(max)d and %(max)d.") % {"max": MAX_COORDINATE},
                field="positions",
            )
        wanted[int(point_id)] = (round(x, 2), round(y, 2))
    found = set(KnowledgePoint.objects.filter(course_id=course.pk, pk__in=wanted).values_list("pk", flat=True))
    if found != set(wanted):
        raise DomainError(
            _("Some of these points are not part of this course (any more); reload the graph."),
            code=ErrorCode.NOT_FOUND,
            field="positions",
        )
    rows = [KnowledgePointLayout(point_id=pk, x=x, y=y) for pk, (x, y) in sorted(wanted.items())]
    KnowledgePointLayout.objects.bulk_create(
        rows, update_conflicts=True, unique_fields=["point"], update_fields=["x", "y", "updated_at"]
    )
    return rows

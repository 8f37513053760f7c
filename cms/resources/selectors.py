"""Reads of resources, always through the requesting user's permissions (M3, M8, house rule 5)."""

from dataclasses import dataclass, field
from enum import StrEnum

from django.db import connection
from django.db.models import Count, Max, Q, QuerySet
from wagtail.models import TaskState

from cms.resources import permissions
from cms.resources.models import TEXT_AND_IMAGE_TYPES, Resource, ResourceSearchEntry, ResourceType
from cms.resources.search import prefix_filter, query_cap, query_words, search_filter, search_page


class Sort(StrEnum):
    RELEVANCE = "relevance"
    NEWEST = "newest"
    MOST_VIEWED = "most_viewed"
    MOST_DOWNLOADED = "most_downloaded"


@dataclass
class ResourceFilters:
    major_ids: list[int] = field(default_factory=list)
    course_ids: list[int] = field(default_factory=list)
    module_ids: list[int] = field(default_factory=list)
    types: list[str] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)
    knowledge_point_ids: list[int] = field(default_factory=list)
    organisation_ids: list[int] = field(default_factory=list)


@dataclass
class FacetBucket:
    value: str
    count: int


@dataclass
class SearchPage:
    total: int
    items: list[Resource]
    facets: dict[str, list[FacetBucket]]


FACETS = ("major", "course", "resource_type", "source", "knowledge_point")
# Column each non-relevance sort orders by, descending (relevance is ``None``).
_SORT_COLUMNS = {
    Sort.NEWEST: "first_published_at",
    Sort.MOST_VIEWED: "view_count",
    Sort.MOST_DOWNLOADED: "download_count",
}


def _filtered(qs: QuerySet, filters: ResourceFilters) -> QuerySet:
    """``qs`` (of ``Resource`` or ``ResourceSearchEntry``, whose columns have the same names) narrowed."""
    if filters.major_ids:
        qs = qs.filter(major_id__in=filters.major_ids)
    if filters.course_ids:
        qs = qs.filter(course_id__in=filters.course_ids)
    if filters.module_ids:
        qs = qs.filter(module_id__in=filters.module_ids)
    if filters.types:
        qs = qs.filter(resource_type__in=filters.types)
    if filters.sources:
        qs = qs.filter(source__in=filters.sources)
    if filters.organisation_ids:
        qs = qs.filter(organisation_id__in=filters.organisation_ids)
    if filters.knowledge_point_ids and qs.model is ResourceSearchEntry:  # every chosen point
        qs = qs.filter(knowledge_point_ids__contains=list(filters.knowledge_point_ids))
    else:
        for kp in filters.knowledge_point_ids:
            qs = qs.filter(knowledge_points=kp)
    return qs


def _facets(qs: QuerySet) -> dict[str, list[FacetBucket]]:
    """Counts per major, course, type, source and point over the matches (two queries on PostgreSQL)."""
    ids = qs.order_by().values("pk")
    facets: dict[str, list[FacetBucket]] = {}
    base = Resource.objects.filter(pk__in=ids).order_by()
    if connection.vendor == "postgresql":
        sql, params = base.values("major_id", "course_id", "resource_type", "source").query.sql_with_params()
        # The inner SQL is Django's own with its values as parameters; nothing here comes from the user.
        grouped = (
            "SELECT major_id, course_id, resource_type, source, count(*) FROM ("  # noqa: S608
            + sql
            + ") AS m GROUP BY GROUPING SETS ((major_id), (course_id), (resource_type), (source))"
        )
        buckets: dict[str, list[FacetBucket]] = {name: [] for name in ("major", "course", "resource_type", "source")}
        with connection.cursor() as cursor:
            cursor.execute(grouped, params)
            for major_id, course_id, resource_type, source, count in cursor.fetchall():
                if major_id is not None:
                    buckets["major"].append(FacetBucket(str(major_id), count))
                elif course_id is not None:
                    buckets["course"].append(FacetBucket(str(course_id), count))
                elif resource_type is not None:
                    buckets["resource_type"].append(FacetBucket(resource_type, count))
                elif source is not None:
                    buckets["source"].append(FacetBucket(source, count))
        facets.update(buckets)
    else:
        for name, column in (
            ("major", "major_id"),
            ("course", "course_id"),
            ("resource_type", "resource_type"),
            ("source", "source"),
        ):
            rows = base.exclude(**{f"{column}__isnull": True}).values(column).annotate(n=Count("pk"))
            facets[name] = [FacetBucket(str(row[column]), row["n"]) for row in rows]
    through = Resource.knowledge_points.through
    rows = (
        through.objects.filter(resource_id__in=ids).values("knowledgepoint_id").annotate(n=Count("id")).order_by("-n")
    )
    facets["knowledge_point"] = [FacetBucket(str(row["knowledgepoint_id"]), row["n"]) for row in rows[:50]]
    for name in facets:
        facets[name].sort(key=lambda b: (-b.count, b.value))
    return facets


def resource_search(
    user,
    *,
    query: str = "",
    filters: ResourceFilters | None = None,
    sort: Sort = Sort.RELEVANCE,
    limit: int = 20,
    offset: int = 0,
    with_facets: bool = True,
) -> SearchPage:
    """Published resources ``user`` may see, matching ``query`` and ``filters`` (anonymous: public only).

    On PostgreSQL one statement over the narrow search rows returns the total, the facets and the page's ids
    (``search.search_page``) and a second one the page's resources: two queries however many resources match.
    """
    filters = filters or ResourceFilters()
    query = query_cap(query)
    if connection.vendor == "postgresql":
        words = query_words(query) if query else []
        if query and not words:  # only punctuation or stop words
            return SearchPage(total=0, items=[], facets={})
        entries = _filtered(ResourceSearchEntry.objects.filter(permissions.published_q(user)), filters)
        found = search_page(
            entries, words=words, sort_column=_SORT_COLUMNS.get(sort), limit=limit, offset=offset, facets=with_facets
        )
        rows = Resource.objects.filter(pk__in=found.ids).select_related("major", "course", "asset", "organisation")
        by_pk = {r.pk: r for r in rows} if found.ids else {}
        facets = {name: [FacetBucket(v, n) for v, n in buckets] for name, buckets in found.facets.items()}
        for name in facets:
            facets[name].sort(key=lambda b: (-b.count, b.value))
        return SearchPage(total=found.total, items=[by_pk[pk] for pk in found.ids if pk in by_pk], facets=facets)
    qs = _filtered(Resource.objects.filter(permissions.published_q(user)), filters)
    if query:
        qs = search_filter(qs, query)
    order = {
        Sort.MOST_VIEWED: ["-view_count", "-pk"],
        Sort.MOST_DOWNLOADED: ["-download_count", "-pk"],
    }.get(sort, ["-first_published_at", "-pk"])  # SQLite has no relevance: newest first
    total = qs.order_by().count()
    qs = qs.order_by(*order).select_related("major", "course", "asset", "organisation")
    items = list(qs[offset : offset + limit])
    return SearchPage(total=total, items=items, facets=_facets(qs) if with_facets and total else {})


def resource_autocomplete(user, prefix: str, *, limit: int = 8) -> list[str]:
    """Titles completing ``prefix`` among resources ``user`` may see, most viewed first."""
    prefix = (prefix or "").strip()[:50]
    if not prefix:
        return []
    qs = Resource.objects.filter(permissions.published_q(user))

    def titles(matches: QuerySet, count: int) -> list[str]:
        # Distinct titles (two schools may use the same one), each ranked by its most viewed resource.
        rows = matches.values("title").annotate(views=Max("view_count")).order_by("-views", "title")
        return [row["title"] for row in rows[:count]]

    starts = titles(qs.filter(title__startswith=prefix), limit)
    if len(starts) < limit:
        starts += titles(prefix_filter(qs, prefix).exclude(title__in=starts), limit - len(starts))
    return starts


def resource_get(user, pk: int) -> Resource | None:
    """One resource ``user`` may open (published for them, or theirs to manage or review); never from the bin."""
    return (
        Resource.objects.filter(permissions.readable_q(user), pk=pk, deleted_at__isnull=True)
        .select_related("major", "course", "module", "asset", "organisation", "owner")
        .first()
    )


def resources_manageable(user, *, query: str = "", status: str = "", deleted: bool = False) -> QuerySet:
    """The "my resources" list: what ``user`` uploaded or edits for their institutions."""
    qs = Resource.objects.filter(permissions.manageable_q(user))
    qs = qs.filter(deleted_at__isnull=not deleted)
    if query:
        qs = qs.filter(Q(title__icontains=query) | Q(search_text__contains=query.lower()))
    if status == "live":
        qs = qs.filter(live=True)
    elif status == "draft":
        qs = qs.filter(live=False)
    elif status == "changed":
        qs = qs.filter(live=True, has_unpublished_changes=True)
    return qs.select_related("major", "course", "asset", "organisation").order_by("-updated_at", "-pk")


def resources_by_ids(user, ids: list[int], *, manageable: bool = True, deleted: bool | None = False) -> list[Resource]:
    q = permissions.manageable_q(user) if manageable else permissions.readable_q(user)
    qs = Resource.objects.filter(q, pk__in=ids).select_related("organisation", "asset")
    if deleted is not None:
        qs = qs.filter(deleted_at__isnull=not deleted)
    return list(qs)


def resources_downloadable(user, ids: list[int]) -> list[Resource]:
    """Resources among ``ids`` that ``user`` may download, in the order asked."""
    rows = {
        r.pk: r
        for r in Resource.objects.filter(permissions.readable_q(user), pk__in=ids, deleted_at__isnull=True)
        .exclude(asset=None)
        .select_related("asset")
    }
    return [
        rows[i]
        for i in dict.fromkeys(ids)
        if i in rows and (user.is_authenticated or not rows[i].download_requires_login)
    ]


def recycle_bin(user) -> QuerySet:
    """Deleted resources the user may restore; administrators see their whole subtree's."""
    from cms.accounts.roles import PlatformRole

    if user.is_authenticated and user.platform_role == PlatformRole.SYSTEM_ADMIN:
        q = Q()
    else:
        q = permissions.manageable_q(user)
        for path in permissions._role_paths(user, ["organisation_admin"]) if user.is_authenticated else []:
            q |= Q(organisation__path__startswith=path)
    return (
        Resource.objects.filter(q, deleted_at__isnull=False)
        .select_related("major", "course", "organisation", "deleted_by")
        .order_by("-deleted_at")
    )


def review_history(user, resource: Resource) -> QuerySet:
    """Every decision on ``resource``: level, who, when, comment, revision (M1 traceability)."""
    return (
        TaskState.objects.for_instance(resource)
        .exclude(status=TaskState.STATUS_IN_PROGRESS)
        .select_related("task", "finished_by", "revision", "workflow_state__requested_by")
        .order_by("-started_at", "-id")
    )


@dataclass
class ResourceMix:
    total: int
    by_type: dict[str, int]
    text_and_image: int

    @property
    def text_and_image_share(self) -> float:
        return self.text_and_image / self.total if self.total else 0.0

    @property
    def over_limit(self) -> bool:
        """C8: text and image resources must stay at or below 30 % of all resources."""
        return self.text_and_image_share > 0.30


def resource_mix(major=None) -> ResourceMix:
    qs = Resource.objects.published()
    if major is not None:
        qs = qs.filter(major=major)
    counts = {row["resource_type"]: row["n"] for row in qs.values("resource_type").annotate(n=Count("pk")).order_by()}
    by_type = {t.value: counts.get(t.value, 0) for t in ResourceType}
    return ResourceMix(
        total=sum(by_type.values()),
        by_type=by_type,
        text_and_image=sum(by_type[t] for t in TEXT_AND_IMAGE_TYPES),
    )


def review_queue_for(user) -> QuerySet:
    """In-progress review levels ``user`` may decide, oldest first (the review queue, M1)."""
    from cms.resources.review import review_queue

    return review_queue(user).select_related("task", "workflow_state__requested_by", "revision")


def form_majors() -> list:
    """Published majors with their courses, modules and points, for upload and edit forms (5 queries)."""

    from cms.courses.models import CoursePage
    from cms.majors.models import MajorPage
    from cms.resources.models import NamingRule

    majors = list(MajorPage.objects.live().order_by("path"))
    rules = {r.major_id: r for r in NamingRule.objects.filter(major__in=majors)}
    courses = (
        CoursePage.objects.live()
        .filter(path__regex=r"^(" + "|".join(m.path for m in majors) + ")")
        .prefetch_related("outline_items", "knowledge_points")
        .order_by("path")
        if majors
        else []
    )
    by_major: dict[str, list] = {}
    for course in courses:
        by_major.setdefault(course.path[: -CoursePage.steplen], []).append(course)
    for major in majors:
        major.form_rule = rules.get(major.pk)
        major.form_courses = by_major.get(major.path, [])
    return majors


def title_suggestion(
    *, major_id, course_id=None, module_id=None, knowledge_point_id=None, resource_type=""
) -> str | None:
    from cms.courses.models import CoursePage, KnowledgePoint, OutlineItem
    from cms.majors.models import MajorPage
    from cms.resources.titles import title_suggest

    major = MajorPage.objects.filter(pk=major_id).first()
    if major is None:
        return None
    course = CoursePage.objects.filter(pk=course_id).first() if course_id else None
    module = OutlineItem.objects.filter(pk=module_id).first() if module_id else None
    point = KnowledgePoint.objects.filter(pk=knowledge_point_id).first() if knowledge_point_id else None
    return title_suggest(major=major, course=course, module=module, knowledge_point=point, resource_type=resource_type)

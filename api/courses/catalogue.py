"""The course catalogue query (M6): filter by major, kind and level, paginated, with facet counts."""

import graphene

from api.core.dataloaders import announce, loaders
from api.core.pagination import page_bounds
from api.courses import dataloaders as dl
from api.courses.portal_types import CourseLevel
from api.courses.types import Course, CourseKind
from cms.courses.catalogue import course_catalogue, course_catalogue_facets


class MajorFacetCount(graphene.ObjectType):
    """How many courses choosing this major would list."""

    code = graphene.String(required=True, description="Major code, e.g. 460103.")
    count = graphene.Int(required=True, description="Courses of this major matching the other filters.")


class KindFacetCount(graphene.ObjectType):
    """How many courses choosing this kind would list."""

    kind = graphene.Field(CourseKind, required=True, description="Foundation or core.")
    count = graphene.Int(required=True, description="Courses of this kind matching the other filters.")


class LevelFacetCount(graphene.ObjectType):
    """How many courses choosing this level would list."""

    level = graphene.Field(CourseLevel, required=True, description="Introductory, intermediate or advanced.")
    count = graphene.Int(required=True, description="Courses of this level matching the other filters.")


class CatalogueFacets(graphene.ObjectType):
    """Per filter option, the courses it would give with the other filters and the words kept (0: none)."""

    majors = graphene.List(
        graphene.NonNull(MajorFacetCount), required=True, description="Every major offered, in catalogue order."
    )
    kinds = graphene.List(graphene.NonNull(KindFacetCount), required=True, description="Every kind.")
    levels = graphene.List(graphene.NonNull(LevelFacetCount), required=True, description="Every level.")


class CourseList(graphene.ObjectType):
    """One page of the catalogue."""

    total_count = graphene.Int(required=True, description="Courses matching the filters.")
    items = graphene.List(graphene.NonNull(Course), required=True, description="This page of them.")
    facets = graphene.Field(
        CatalogueFacets,
        required=True,
        description="How many courses each major, kind and level would give with the other filters kept; "
        "a few aggregate queries, computed only when asked for.",
    )

    @staticmethod
    def resolve_facets(root, info):
        facets = course_catalogue_facets(user=info.context.user, **root.filters)
        return CatalogueFacets(
            majors=[MajorFacetCount(code=code, count=n) for code, n in facets.majors],
            kinds=[KindFacetCount(kind=kind, count=n) for kind, n in facets.kinds],
            levels=[LevelFacetCount(level=level, count=n) for level, n in facets.levels],
        )


def _value(enum_value):
    return getattr(enum_value, "value", enum_value)


def courses_field() -> graphene.Field:
    return graphene.Field(
        CourseList,
        required=True,
        major=graphene.String(description="Major code, e.g. 460103."),
        kind=CourseKind(description="Foundation or core courses only."),
        level=CourseLevel(description="Courses of this level only."),
        search=graphene.String(description="Words in the name or summary."),
        limit=graphene.Int(default_value=20, description="Page size (capped)."),
        offset=graphene.Int(default_value=0, description="Rows to skip."),
        description="Published courses for the catalogue, in the order of their majors.",
    )


def resolve_courses(root, info, major=None, kind=None, level=None, search=None, limit=20, offset=0):
    limit, offset = page_bounds(limit, offset)
    filters = {"major_code": major, "kind": _value(kind), "level": _value(level), "search": search or ""}
    rows = course_catalogue(user=info.context.user, **filters)
    items = list(rows[offset : offset + limit])
    announce(info, "cover_image", [c for c in items if c.cover_id], attr="cover_id")
    loaders(info).announce("major_path", (dl.parent_path(c) for c in items))
    result = CourseList(total_count=rows.count(), items=announce(info, "course", items))
    result.filters = filters  # for facets, when asked for
    return result

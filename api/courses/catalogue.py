"""The course catalogue query (M6): filter by major, kind and level, paginated."""

import graphene

from api.core.dataloaders import announce, loaders
from api.core.pagination import page_bounds
from api.courses import dataloaders as dl
from api.courses.portal_types import CourseLevel
from api.courses.types import Course, CourseKind
from cms.courses.catalogue import course_catalogue


class CourseList(graphene.ObjectType):
    """One page of the catalogue."""

    total_count = graphene.Int(required=True, description="Courses matching the filters.")
    items = graphene.List(graphene.NonNull(Course), required=True, description="This page of them.")


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
    rows = course_catalogue(
        user=info.context.user, major_code=major, kind=_value(kind), level=_value(level), search=search or ""
    )
    items = list(rows[offset : offset + limit])
    announce(info, "cover_image", [c for c in items if c.cover_id], attr="cover_id")
    loaders(info).announce("major_path", (dl.parent_path(c) for c in items))
    return CourseList(total_count=rows.count(), items=announce(info, "course", items))

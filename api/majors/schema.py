"""Queries of the majors domain."""

import graphene

from api.core.dataloaders import announce
from api.core.pagination import page_bounds
from api.majors.types import Major, MajorList
from cms.majors import selectors


def _announce_majors(info, majors: list) -> list:
    announce(info, "major", majors)
    return announce(info, "major_path", majors, attr="path")


class MajorsQueries(graphene.ObjectType):
    major = graphene.Field(
        Major,
        code=graphene.String(description="Catalogue code, e.g. 460103."),
        description="A major by code; without a code, the library's featured major.",
    )
    majors = graphene.Field(
        MajorList,
        required=True,
        limit=graphene.Int(default_value=20, description="Page size, 1..100."),
        offset=graphene.Int(default_value=0, description="Rows to skip."),
        description="Published majors, offset-paginated.",
    )

    @staticmethod
    def resolve_major(root, info, code=None):
        major = selectors.major_get(user=info.context.user, code=(code or "").strip() or None)
        if major is not None:
            _announce_majors(info, [major])
        return major

    @staticmethod
    def resolve_majors(root, info, limit=20, offset=0):
        limit, offset = page_bounds(limit, offset)
        total, items = selectors.majors_list(user=info.context.user, limit=limit, offset=offset)
        return MajorList(total_count=total, items=_announce_majors(info, items))

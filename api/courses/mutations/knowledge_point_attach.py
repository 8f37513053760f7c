"""Tag resources from the knowledge point's side (M7 two-way tagging)."""

import graphene
from django.utils.translation import gettext as _

from api.accounts.mutations.login import require_login
from api.core.mutations import DomainMutation
from api.courses.mutations.common import point_for
from api.courses.types import KnowledgePoint
from api.resources.inputs import int_ids
from cms.core.errors import DomainError, ErrorCode
from cms.courses import services
from cms.resources import selectors as resource_selectors


def _resources(user, raw_ids) -> list:
    wanted = int_ids(raw_ids, field="resource_ids")
    found = {r.pk: r for r in resource_selectors.resources_by_ids(user, wanted)}
    missing = [pk for pk in wanted if pk not in found]
    if missing:
        raise DomainError(
            _("You cannot change resource No. %(id)s.") % {"id": missing[0]},
            code=ErrorCode.NOT_FOUND,
            field="resource_ids",
        )
    return [found[pk] for pk in dict.fromkeys(wanted)]


class _Retag(DomainMutation):
    class Meta:
        abstract = True

    class Arguments:
        point_id = graphene.ID(required=True, description="Knowledge point id.")
        resource_ids = graphene.List(
            graphene.NonNull(graphene.ID), required=True, description="Resources you manage (at most 100)."
        )

    point = graphene.Field(KnowledgePoint, description="The knowledge point.")
    changed = graphene.Int(description="Resources that got a new draft (already tagged as asked: unchanged).")

    service = None

    @classmethod
    def perform(cls, root, info, point_id, resource_ids):
        user = require_login(info)
        point = point_for(info, point_id, field="point_id")
        drafts = cls.service(user=user, point=point, resources=_resources(user, resource_ids))
        return {"point": point, "changed": len(drafts)}


class KnowledgePointAttach(_Retag):
    """Tag resources with a point, as if the point were picked on each resource: an unpublished resource
    changes at once, a published one gets a new draft that goes through review before the tag is public."""

    service = staticmethod(services.knowledge_point_attach)


class KnowledgePointDetach(_Retag):
    """Remove a point from resources (a published resource gets a new draft to review, as when attaching)."""

    service = staticmethod(services.knowledge_point_detach)

"""Batch tools on many resources at once (M3): submit, edit, delete, restore, purge, re-convert.

Each returns one outcome per id; one refusal never stops the others.
"""

import graphene

from api.core.mutations import DomainMutation
from api.resources.inputs import ResourceInput, attributes_from
from api.resources.mutations.common import each, resource_for_anyone
from api.resources.types import BatchOperationResult
from cms.resources import services
from cms.resources.selectors import recycle_bin

_IDS = graphene.List(graphene.NonNull(graphene.ID), required=True, description="Resource ids (at most 100).")
_RESULTS = graphene.List(graphene.NonNull(BatchOperationResult), required=True, description="One per id.")


class ResourcesSubmit(DomainMutation):
    """Send drafts into review (先审后发)."""

    class Arguments:
        ids = _IDS

    results = _RESULTS

    @classmethod
    def perform(cls, root, info, ids):
        return {"results": each(info, ids, lambda user, r: services.resource_submit(user=user, resource=r))}


class ResourcesUpdate(DomainMutation):
    """Set the same attributes on many resources (batch edit); each gets a new draft."""

    class Arguments:
        ids = _IDS
        input = ResourceInput(required=True, description="Fields to set on every resource.")

    results = _RESULTS

    @classmethod
    def perform(cls, root, info, ids, input):
        def update(user, resource):
            services.resource_update(user=user, resource=resource, attributes=attributes_from(input))

        return {"results": each(info, ids, update)}


class ResourcesDelete(DomainMutation):
    """Move resources to the recycle bin (they can be restored)."""

    class Arguments:
        ids = _IDS

    results = _RESULTS

    @classmethod
    def perform(cls, root, info, ids):
        return {"results": each(info, ids, lambda user, r: services.resources_delete(user=user, resources=[r]))}


class ResourcesRestore(DomainMutation):
    """Bring resources back from the recycle bin."""

    class Arguments:
        ids = _IDS

    results = _RESULTS

    @classmethod
    def perform(cls, root, info, ids):
        return {
            "results": each(
                info, ids, lambda user, r: services.resources_restore(user=user, resources=[r]), deleted=True
            )
        }


class ResourcesPurge(DomainMutation):
    """Delete resources from the recycle bin for good (administrators only)."""

    class Arguments:
        ids = _IDS

    results = _RESULTS

    @classmethod
    def perform(cls, root, info, ids):
        def lookup(user, wanted):
            return recycle_bin(user).filter(pk__in=wanted)

        return {
            "results": each(
                info, ids, lambda user, r: services.resources_purge(user=user, resources=[r]), lookup=lookup
            )
        }


class ResourcesReconvert(DomainMutation):
    """Measure and convert the files of resources again (after a failure or a better converter)."""

    class Arguments:
        ids = _IDS

    results = _RESULTS

    @classmethod
    def perform(cls, root, info, ids):
        return {"results": each(info, ids, lambda user, r: services.resources_reconvert(user=user, resources=[r]))}


class ResourceViewed(DomainMutation):
    """Count a view of a resource's detail page (for rankings and analytics)."""

    class Arguments:
        id = graphene.ID(required=True, description="Resource id.")

    view_count = graphene.Int(description="Views after this one.")

    @classmethod
    def perform(cls, root, info, id):
        resource = resource_for_anyone(info, id)
        services.resource_record_view(user=info.context.user, resource=resource)
        resource.refresh_from_db(fields=["view_count"])
        return {"view_count": resource.view_count}

"""Decide a review level (M1): approve, or request changes with a comment."""

import graphene

from api.accounts.mutations.login import require_login
from api.core.mutations import DomainMutation
from api.resources.mutations.common import resource_for
from api.resources.types import Resource
from cms.resources import services


class ResourceReview(DomainMutation):
    """Approve the current review level of a resource or send it back with what should change."""

    class Arguments:
        id = graphene.ID(required=True, description="Resource id.")
        approve = graphene.Boolean(required=True, description="True approves; false requests changes.")
        comment = graphene.String(default_value="", description="Required when requesting changes.")

    resource = graphene.Field(Resource, description="The resource after the decision.")

    @classmethod
    def perform(cls, root, info, id, approve, comment=""):
        user = require_login(info)
        resource = resource_for(info, id)
        services.resource_review(user=user, resource=resource, approve=approve, comment=comment)
        resource.refresh_from_db()
        return {"resource": resource}


class ResourceWithdraw(DomainMutation):
    """Take a resource out of review so it can be edited again."""

    class Arguments:
        id = graphene.ID(required=True, description="Resource id.")

    resource = graphene.Field(Resource, description="The resource.")

    @classmethod
    def perform(cls, root, info, id):
        user = require_login(info)
        resource = resource_for(info, id)
        services.resource_withdraw(user=user, resource=resource)
        return {"resource": resource}

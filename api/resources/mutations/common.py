"""Shared parts of resource mutations: loading what the person may manage, batch outcomes."""

from django.utils.translation import gettext as _

from api.accounts.mutations.login import require_login
from api.resources.inputs import int_ids
from api.resources.types import BatchOperationResult
from cms.core.errors import DomainError, ErrorCode
from cms.resources import selectors
from cms.resources.models import Resource


def resource_for(info, raw_id, *, field: str = "id") -> Resource:
    """A resource the signed-in person may open (NOT_FOUND otherwise: no existence leak)."""
    user = require_login(info)
    resource = selectors.resource_get(user, int_ids([raw_id], field=field)[0])
    if resource is None:
        raise DomainError(_("Nothing was found with this id."), code=ErrorCode.NOT_FOUND, field=field)
    return resource


def resource_for_anyone(info, raw_id, *, field: str = "id") -> Resource:
    """A published resource the person (anonymous visitors too) may open."""
    resource = selectors.resource_get(info.context.user, int_ids([raw_id], field=field)[0])
    if resource is None or not resource.live or resource.deleted_at:
        raise DomainError(_("Nothing was found with this id."), code=ErrorCode.NOT_FOUND, field=field)
    return resource


def each(info, ids, action, *, deleted: bool | None = False, lookup=None) -> list[BatchOperationResult]:
    """Run ``action(user, resource)`` per resource; one refusal never stops the others (M3 batch tools).

    ``lookup(user, ids)`` finds the resources (default: those the person manages).
    """
    user = require_login(info)
    wanted = int_ids(ids, field="ids")
    rows = lookup(user, wanted) if lookup else selectors.resources_by_ids(user, wanted, deleted=deleted)
    found = {r.pk: r for r in rows}
    results = []
    for pk in dict.fromkeys(wanted):
        resource = found.get(pk)
        if resource is None:
            results.append(
                BatchOperationResult(
                    id=pk, ok=False, code=str(ErrorCode.NOT_FOUND), message=_("Nothing was found with this id.")
                )
            )
            continue
        try:
            action(user, resource)
        except DomainError as error:
            results.append(BatchOperationResult(id=pk, ok=False, code=str(error.code), message=error.message))
        else:
            results.append(BatchOperationResult(id=pk, ok=True, code="", message=""))
    return results

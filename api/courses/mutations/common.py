"""Shared parts of course mutations: finding points, edges, courses and structure rows by id without leaking
what exists (anything the viewer may not read is simply not found)."""

from django.utils.translation import gettext as _

from cms.core.errors import DomainError, ErrorCode
from cms.courses import selectors
from cms.majors import selectors as major_selectors

MAX_IDS = 100  # input lists are capped (house rule 6); the services refuse longer ones with a message


def _int(raw, field: str) -> int:
    try:
        return int(raw)
    except (TypeError, ValueError) as error:
        raise DomainError(_("Invalid id."), code=ErrorCode.INVALID_INPUT, field=field) from error


def _found(obj, field: str):
    if obj is None:
        raise DomainError(_("Nothing was found with this id."), code=ErrorCode.NOT_FOUND, field=field)
    return obj


def point_for(info, raw_id, *, field: str):
    return _found(selectors.knowledge_point_get(user=info.context.user, point_id=_int(raw_id, field)), field)


def edge_for(info, raw_id, *, field: str = "id"):
    return _found(selectors.knowledge_edge_get(user=info.context.user, edge_id=_int(raw_id, field)), field)


# Course structure (M5, T1, C3): the builder's rows, found among published courses the viewer may read.


def course_for(info, raw_id, *, field: str = "course_id"):
    return _found(major_selectors.course_get(user=info.context.user, course_id=_int(raw_id, field)), field)


def module_for(info, raw_id, *, field: str = "module_id"):
    return _found(selectors.course_module_get(user=info.context.user, module_id=_int(raw_id, field)), field)


def unit_for(info, raw_id, *, field: str = "unit_id"):
    return _found(selectors.course_unit_get(user=info.context.user, unit_id=_int(raw_id, field)), field)


def item_for(info, raw_id, *, field: str = "item_id"):
    return _found(selectors.course_item_get(user=info.context.user, item_id=_int(raw_id, field)), field)


def assembly_for(info, raw_id, *, field: str = "assembly_id"):
    pk = _int(raw_id, field)
    return _found(selectors.assemblies_readable_by(info.context.user).filter(pk=pk).first(), field)


def resources_for(raw_ids, *, field: str = "resource_ids") -> list:
    """Resources by id, in the given order; the service explains why one may not be referenced."""
    from cms.resources.models import Resource

    ids = [_int(raw, field) for raw in raw_ids[: MAX_IDS + 1]]
    found = Resource.objects.in_bulk(ids)
    return [_found(found.get(pk), field) for pk in ids]

"""Input types of the resource library and their conversion into service arguments."""

import graphene
from django.utils.translation import gettext as _

from api.organisations.inputs import enum_value, object_get
from api.resources.types import AudienceLevel, Licence, ResourceSource, ResourceType, Visibility
from cms.accounts.models import Organisation
from cms.core.errors import DomainError, ErrorCode
from cms.courses.models import CoursePage, KnowledgePoint, OutlineItem
from cms.majors.models import MajorPage
from cms.resources.services import ResourceAttributes

MAX_IDS = 100


class AuthorInput(graphene.InputObjectType):
    name = graphene.String(required=True, description="Name as credited.")
    organisation_name = graphene.String(description="Their organisation.")


class ResourceInput(graphene.InputObjectType):
    """Metadata of a resource; omitted fields stay as they are on updates."""

    title = graphene.String(description="Title; empty on create: suggested by the naming rule.")
    type = ResourceType(description="Type; for files only a compatible refinement (video → animation).")
    major_id = graphene.ID(description="Major.")
    course_id = graphene.ID(description="Course of the major; empty string clears it.")
    module_id = graphene.ID(description="Module of the course; empty string clears it.")
    knowledge_point_ids = graphene.List(graphene.NonNull(graphene.ID), description="Points of the course.")
    keywords = graphene.List(graphene.NonNull(graphene.String), description="Keywords (at most 30).")
    description = graphene.String(description="Description, plain text.")
    body = graphene.String(description="Text of a text resource (HTML from the rich-text editor).")
    url = graphene.String(description="Address of an external link.")
    source = ResourceSource(description="Source.")
    organisation_id = graphene.ID(description="Building institution (where you are teacher or editor).")
    rights_holder = graphene.String(description="Rights holder when not the building institution.")
    licence = Licence(description="Licence.")
    audience_level = AudienceLevel(description="Audience level.")
    visibility = Visibility(description="Who may open it once published.")
    download_requires_login = graphene.Boolean(description="Downloading needs a login.")
    authors = graphene.List(graphene.NonNull(AuthorInput), description="Credited authors, in order.")


class ResourceFilterInput(graphene.InputObjectType):
    major_ids = graphene.List(graphene.NonNull(graphene.ID), description="Any of these majors.")
    course_ids = graphene.List(graphene.NonNull(graphene.ID), description="Any of these courses.")
    module_ids = graphene.List(graphene.NonNull(graphene.ID), description="Any of these modules.")
    types = graphene.List(graphene.NonNull(ResourceType), description="Any of these types.")
    sources = graphene.List(graphene.NonNull(ResourceSource), description="Any of these sources.")
    knowledge_point_ids = graphene.List(graphene.NonNull(graphene.ID), description="All of these points.")
    organisation_ids = graphene.List(graphene.NonNull(graphene.ID), description="Any of these institutions.")


def int_ids(raw, *, field: str) -> list[int]:
    raw = list(raw or [])
    if len(raw) > MAX_IDS:
        raise DomainError(_("At most %(n)d at a time.") % {"n": MAX_IDS}, code=ErrorCode.LIMIT_EXCEEDED, field=field)
    try:
        return [int(i) for i in raw]
    except (TypeError, ValueError) as error:
        raise DomainError(_("Invalid id."), code=ErrorCode.INVALID_INPUT, field=field) from error


def _optional(queryset, raw, *, field: str):
    """An object by id; ``None`` when omitted; ``""`` means "clear" (returned as the string)."""
    if raw is None:
        return None
    if raw == "":
        return ""
    return object_get(queryset, raw, field=field)


def attributes_from(data) -> ResourceAttributes:
    """``ResourceInput`` → ``ResourceAttributes`` with ids turned into objects."""
    data = dict(data or {})
    attributes = ResourceAttributes(
        title=data.get("title"),
        resource_type=enum_value(data.get("type")),
        description=data.get("description"),
        body=data.get("body"),
        url=data.get("url"),
        source=enum_value(data.get("source")),
        rights_holder=data.get("rights_holder"),
        licence=enum_value(data.get("licence")),
        audience_level=enum_value(data.get("audience_level")),
        visibility=enum_value(data.get("visibility")),
        download_requires_login=data.get("download_requires_login"),
        keywords=data.get("keywords"),
    )
    if data.get("organisation_id") is not None:
        attributes.organisation = object_get(
            Organisation.objects.all(), data["organisation_id"], field="organisation_id"
        )
    if data.get("major_id") is not None:
        attributes.major = object_get(MajorPage.objects.all(), data["major_id"], field="major_id")
    for name, queryset in (("course", CoursePage.objects.all()), ("module", OutlineItem.objects.all())):
        value = _optional(queryset, data.get(f"{name}_id"), field=f"{name}_id")
        if value == "":
            attributes.clear.add(name)
        elif value is not None:
            setattr(attributes, name, value)
    if data.get("knowledge_point_ids") is not None:
        ids = int_ids(data["knowledge_point_ids"], field="knowledge_point_ids")
        points = list(KnowledgePoint.objects.filter(pk__in=ids))
        if len(points) != len(set(ids)):
            raise DomainError(
                _("Nothing was found with this id."), code=ErrorCode.NOT_FOUND, field="knowledge_point_ids"
            )
        attributes.knowledge_points = points
    if data.get("authors") is not None:
        attributes.authors = [
            {"name": a.get("name", ""), "organisation_name": a.get("organisation_name") or ""} for a in data["authors"]
        ]
    return attributes


def defaults_from(data) -> dict:
    """``ResourceInput`` as the plain dict of batch-level attributes the batch services take."""
    data = dict(data or {})
    out: dict = {}
    for key in ("title", "description", "rights_holder", "download_requires_login", "keywords", "body", "url"):
        if data.get(key) is not None:
            out[key] = data[key]
    for key in ("type", "source", "licence", "audience_level", "visibility"):
        if data.get(key) is not None:
            out["resource_type" if key == "type" else key] = enum_value(data[key])
    for key in ("organisation_id", "major_id", "course_id", "module_id"):
        if data.get(key) not in (None, ""):
            out[key] = int_ids([data[key]], field=key)[0]
    if data.get("knowledge_point_ids") is not None:
        out["knowledge_point_ids"] = int_ids(data["knowledge_point_ids"], field="knowledge_point_ids")
    if data.get("authors") is not None:
        out["authors"] = [
            {"name": a.get("name", ""), "organisation_name": a.get("organisation_name") or ""} for a in data["authors"]
        ]
    return out

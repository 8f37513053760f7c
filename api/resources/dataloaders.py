"""Batch loaders for resources and what hangs off them (house rule 4)."""

from wagtail.models import WorkflowState

from api.core.dataloaders import DataLoader, group_by
from cms.courses.models import KnowledgePoint
from cms.resources.models import Resource, ResourceAuthor, ResourceTag


class KnowledgePointsByResourceLoader(DataLoader[int, list[KnowledgePoint]]):
    key_kind = "resource"
    many = True

    def batch_load(self, keys):
        through = Resource.knowledge_points.through
        rows = through.objects.filter(resource_id__in=keys).select_related("knowledgepoint").order_by("id")
        grouped: dict[int, list[KnowledgePoint]] = {}
        for row in rows:
            grouped.setdefault(row.resource_id, []).append(row.knowledgepoint)
        return grouped


class KeywordsByResourceLoader(DataLoader[int, list[str]]):
    key_kind = "resource"
    many = True

    def batch_load(self, keys):
        grouped: dict[int, list[str]] = {}
        for row in ResourceTag.objects.filter(content_object_id__in=keys).select_related("tag").order_by("id"):
            grouped.setdefault(row.content_object_id, []).append(row.tag.name)
        return grouped


class AuthorsByResourceLoader(DataLoader[int, list[ResourceAuthor]]):
    key_kind = "resource"
    many = True

    def batch_load(self, keys):
        return group_by(ResourceAuthor.objects.filter(resource_id__in=keys).order_by("sort_order", "id"), "resource_id")


class WorkflowStateByResourceLoader(DataLoader[int, WorkflowState | None]):
    """The active (in review / changes requested) workflow state of each resource."""

    key_kind = "resource"

    def batch_load(self, keys):
        from django.contrib.contenttypes.models import ContentType

        content_type = ContentType.objects.get_for_model(Resource)
        states = (
            WorkflowState.objects.active()
            .filter(base_content_type=content_type, object_id__in=[str(k) for k in keys])
            .select_related("current_task_state__task", "requested_by")
        )
        return {int(s.object_id): s for s in states}


class MediaByResourceLoader(DataLoader[int, object]):
    """Converted media of each resource's (row) file: jobs, current renditions, public copies in few queries."""

    key_kind = "resource"

    def batch_load(self, keys):
        from cms.resources.media import media_load

        rows = list(Resource.objects.filter(pk__in=keys).only("id", "asset_id", "live", "deleted_at"))
        return media_load(rows)


class CitationCountByResourceLoader(DataLoader[int, int]):
    """How many course items and assemblies reference each resource (M5, C3), one grouped query."""

    key_kind = "resource"

    def batch_load(self, keys):
        from cms.courses.selectors import resource_citation_counts

        return resource_citation_counts(keys)

    def missing(self):
        return 0

"""Queries and mutations of the resource library (M1, M2, M3, M8, C8).

Public reads (``resources``, ``resource``, ``resourceAutocomplete``) work for anonymous visitors and are
cacheable by GET; everything personal needs a login and goes by POST.
"""

import graphene
from django.conf import settings

from api.accounts.mutations.login import require_login
from api.core.dataloaders import announce
from api.core.pagination import page_bounds
from api.resources.inputs import ResourceFilterInput, int_ids
from api.resources.mutations.resource_batch import ResourceBatchCommit, ResourceBatchPrepare
from api.resources.mutations.resource_create import ResourceCreate
from api.resources.mutations.resource_media import (
    ResourceConversionRequest,
    ResourceMediaRetry,
    ResourceSubtitleAttach,
    ResourceSubtitleRemove,
)
from api.resources.mutations.resource_review import ResourceReview, ResourceWithdraw
from api.resources.mutations.resource_update import ResourceUpdate
from api.resources.mutations.resources_batch import (
    ResourcesDelete,
    ResourcesPurge,
    ResourcesReconvert,
    ResourcesRestore,
    ResourcesSubmit,
    ResourcesUpdate,
    ResourceViewed,
)
from api.resources.types import (
    FacetBucket,
    FormCourse,
    FormMajor,
    FormModule,
    NamedRef,
    Resource,
    ResourceBatch,
    ResourceFacets,
    ResourceFormOptions,
    ResourceList,
    ResourceMix,
    ResourcePoint,
    ResourceSearchResult,
    ResourceTypeCount,
    ReviewDecision,
    ReviewTask,
    ReviewTaskList,
)
from cms.courses.models import CoursePage, KnowledgePoint
from cms.majors.models import MajorPage
from cms.resources import permissions, selectors
from cms.resources.models import ResourceSource, ResourceType

ResourceSort = graphene.Enum(
    "ResourceSort", [(s.name, s.value) for s in selectors.Sort], description="Order of search results."
)
MyResourceStatus = graphene.Enum(
    "MyResourceStatus",
    [("ALL", ""), ("DRAFT", "draft"), ("LIVE", "live"), ("CHANGED", "changed")],
    description="Filter of the person's own resources.",
)


def _resources(info, rows: list) -> list:
    return announce(info, "resource", rows)


def _labels(facets: dict) -> ResourceFacets:
    ids = {name: [int(b.value) for b in facets.get(name, [])] for name in ("major", "course", "knowledge_point")}
    names = {
        "major": dict(MajorPage.objects.filter(pk__in=ids["major"]).values_list("pk", "title")),
        "course": dict(CoursePage.objects.filter(pk__in=ids["course"]).values_list("pk", "title")),
        "knowledge_point": dict(KnowledgePoint.objects.filter(pk__in=ids["knowledge_point"]).values_list("pk", "name")),
    }
    choices = {"resource_type": dict(ResourceType.choices), "source": dict(ResourceSource.choices)}

    def buckets(name: str) -> list[FacetBucket]:
        out = []
        for bucket in facets.get(name, []):
            label = names[name].get(int(bucket.value)) if name in names else choices[name].get(bucket.value)
            out.append(FacetBucket(value=bucket.value, label=str(label or bucket.value), count=bucket.count))
        return out

    return ResourceFacets(
        majors=buckets("major"),
        courses=buckets("course"),
        types=buckets("resource_type"),
        sources=buckets("source"),
        knowledge_points=buckets("knowledge_point"),
    )


def _filters(raw) -> selectors.ResourceFilters:
    raw = dict(raw or {})
    return selectors.ResourceFilters(
        major_ids=int_ids(raw.get("major_ids"), field="filter"),
        course_ids=int_ids(raw.get("course_ids"), field="filter"),
        module_ids=int_ids(raw.get("module_ids"), field="filter"),
        types=[getattr(t, "value", t) for t in raw.get("types") or []],
        sources=[getattr(s, "value", s) for s in raw.get("sources") or []],
        knowledge_point_ids=int_ids(raw.get("knowledge_point_ids"), field="filter")[:10],
        organisation_ids=int_ids(raw.get("organisation_ids"), field="filter"),
    )


class ResourcesQueries(graphene.ObjectType):
    resources = graphene.Field(
        ResourceSearchResult,
        required=True,
        query=graphene.String(default_value="", description="Chinese or English words; all must match."),
        filter=ResourceFilterInput(description="Refinements."),
        sort=ResourceSort(default_value=selectors.Sort.RELEVANCE.value, description="Order."),
        limit=graphene.Int(default_value=20, description="Page size, 1..100."),
        offset=graphene.Int(default_value=0, description="Rows to skip."),
        description="Search and browse published resources the viewer may open (no login needed, M8).",
    )
    resource = graphene.Field(
        Resource,
        id=graphene.ID(required=True, description="Resource id."),
        description="One resource: published within its visibility, or the viewer's own / under their review. "
        "Managers see the live version here and the draft in ``resourceDraft``.",
    )
    resource_draft = graphene.Field(
        Resource,
        id=graphene.ID(required=True, description="Resource id."),
        description="The latest draft of a resource the viewer manages or reviews (for editing and review).",
    )
    resource_autocomplete = graphene.List(
        graphene.NonNull(graphene.String),
        required=True,
        prefix=graphene.String(required=True, description="What was typed so far."),
        limit=graphene.Int(default_value=8, description="At most 20."),
        description="Titles completing what was typed, most viewed first.",
    )
    my_resources = graphene.Field(
        ResourceList,
        required=True,
        query=graphene.String(default_value="", description="Title words."),
        status=MyResourceStatus(default_value="", description="Filter by status."),
        deleted=graphene.Boolean(
            default_value=False,
            description="The recycle bin instead (administrators: every deleted resource of their institutions).",
        ),
        limit=graphene.Int(default_value=20, description="Page size, 1..100."),
        offset=graphene.Int(default_value=0, description="Rows to skip."),
        description="Resources the signed-in person uploaded or edits for their institutions.",
    )
    review_queue = graphene.Field(
        ReviewTaskList,
        required=True,
        limit=graphene.Int(default_value=20, description="Page size, 1..100."),
        offset=graphene.Int(default_value=0, description="Rows to skip."),
        description="Resources waiting for the signed-in reviewer's decision, oldest first (M1).",
    )
    resource_review_history = graphene.List(
        graphene.NonNull(ReviewDecision),
        required=True,
        id=graphene.ID(required=True, description="Resource id."),
        description="Every review decision on a resource the viewer manages or reviews, newest first.",
    )
    resource_batch = graphene.Field(
        ResourceBatch,
        id=graphene.ID(required=True, description="Batch id."),
        description="A batch upload of the signed-in person with its per-file report.",
    )
    resource_form_options = graphene.Field(
        ResourceFormOptions,
        required=True,
        description="Institutions, majors, courses, modules and points for the upload and edit forms.",
    )
    resource_title_suggestion = graphene.String(
        major_id=graphene.ID(required=True, description="Major."),
        course_id=graphene.ID(description="Course."),
        module_id=graphene.ID(description="Module."),
        knowledge_point_id=graphene.ID(description="Point."),
        type=graphene.String(description="ResourceType value, e.g. video."),
        description="The next title by the major's naming rule; null when it has none or a part is missing.",
    )
    resource_mix = graphene.Field(
        ResourceMix,
        required=True,
        major_id=graphene.ID(description="One major; all when omitted."),
        description="Published resources by type and the C8 health rule (text + image ≤ 30 %).",
    )

    @staticmethod
    def resolve_resources(root, info, query="", filter=None, sort="relevance", limit=20, offset=0):
        limit, offset = page_bounds(limit, offset)
        page = selectors.resource_search(
            info.context.user,
            query=query,
            filters=_filters(filter),
            sort=selectors.Sort(getattr(sort, "value", sort)),
            limit=limit,
            offset=offset,
        )
        return ResourceSearchResult(total=page.total, items=_resources(info, page.items), facets=_labels(page.facets))

    @staticmethod
    def resolve_resource(root, info, id):
        return selectors.resource_get(info.context.user, int_ids([id], field="id")[0])

    @staticmethod
    def resolve_resource_draft(root, info, id):
        user = require_login(info)
        resource = selectors.resource_get(user, int_ids([id], field="id")[0])
        if resource is None:
            return None
        if not (permissions.can_manage(user, resource) or resource.workflow_in_progress):
            return None
        draft = resource.get_latest_revision_as_object() if resource.latest_revision_id else resource
        draft._is_revision = draft is not resource
        return draft

    @staticmethod
    def resolve_resource_autocomplete(root, info, prefix, limit=8):
        return selectors.resource_autocomplete(info.context.user, prefix, limit=max(1, min(limit, 20)))

    @staticmethod
    def resolve_my_resources(root, info, query="", status="", deleted=False, limit=20, offset=0):
        user = require_login(info)
        limit, offset = page_bounds(limit, offset)
        status = getattr(status, "value", status) or ""
        query = query.strip()[:100]
        if deleted:  # the recycle bin: administrators see their whole subtree's
            qs = selectors.recycle_bin(user)
            qs = qs.filter(title__icontains=query) if query else qs
        else:
            qs = selectors.resources_manageable(user, query=query, status=status)
        return ResourceList(total=qs.count(), items=_resources(info, list(qs[offset : offset + limit])))

    @staticmethod
    def resolve_review_queue(root, info, limit=20, offset=0):
        user = require_login(info)
        limit, offset = page_bounds(limit, offset)
        states = selectors.review_queue_for(user)
        total = states.count()
        items = []
        for state in states[offset : offset + limit]:
            resource = state.revision.as_object()
            resource._is_revision = True
            items.append(
                ReviewTask(
                    id=state.pk,
                    level=state.task.name,
                    started_at=state.started_at,
                    submitted_by=(
                        state.workflow_state.requested_by.display_name if state.workflow_state.requested_by else ""
                    ),
                    resource=resource,
                )
            )
        return ReviewTaskList(total=total, items=items)

    @staticmethod
    def resolve_resource_review_history(root, info, id):
        user = require_login(info)
        resource = selectors.resource_get(user, int_ids([id], field="id")[0])
        if resource is None or not (permissions.can_manage(user, resource) or resource.workflow_states.exists()):
            return []
        out = []
        for state in selectors.review_history(user, resource):
            out.append(
                ReviewDecision(
                    level=state.task.name,
                    approved=state.status == "approved",
                    cancelled=state.status == "cancelled",
                    decided_by=state.finished_by.display_name if state.finished_by else "",
                    decided_at=state.finished_at,
                    comment=state.comment,
                    revision_id=state.revision_id,
                    submitted_by=(
                        state.workflow_state.requested_by.display_name if state.workflow_state.requested_by else ""
                    ),
                )
            )
        return out

    @staticmethod
    def resolve_resource_batch(root, info, id):
        from cms.resources.batches import resource_batch_get

        user = require_login(info)
        return resource_batch_get(user, int_ids([id], field="id")[0])

    @staticmethod
    def resolve_resource_form_options(root, info):
        user = require_login(info)
        organisations = [NamedRef(id=o.pk, name=o.name) for o in permissions.creatable_organisations(user)]
        majors = []
        for major in selectors.form_majors():
            rule = major.form_rule
            majors.append(
                FormMajor(
                    id=major.pk,
                    name=major.title,
                    code=major.code,
                    naming_pattern=rule.pattern if rule else None,
                    naming_enforced=bool(rule and rule.enforced),
                    courses=[
                        FormCourse(
                            id=course.pk,
                            name=course.title,
                            modules=[FormModule(id=m.pk, name=m.title) for m in course.outline_items.all()],
                            knowledge_points=[
                                ResourcePoint(id=k.pk, name=k.name, kind=k.kind) for k in course.knowledge_points.all()
                            ],
                        )
                        for course in major.form_courses
                    ],
                )
            )
        return ResourceFormOptions(
            organisations=organisations, majors=majors, max_upload_bytes=settings.ZYK_UPLOAD_MAX_BYTES
        )

    @staticmethod
    def resolve_resource_title_suggestion(
        root, info, major_id, course_id=None, module_id=None, knowledge_point_id=None, type=""
    ):
        require_login(info)
        return selectors.title_suggestion(
            major_id=int_ids([major_id], field="major_id")[0],
            course_id=int_ids([course_id], field="course_id")[0] if course_id else None,
            module_id=int_ids([module_id], field="module_id")[0] if module_id else None,
            knowledge_point_id=int_ids([knowledge_point_id], field="knowledge_point_id")[0]
            if knowledge_point_id
            else None,
            resource_type=type or "",
        )

    @staticmethod
    def resolve_resource_mix(root, info, major_id=None):
        major = MajorPage.objects.filter(pk=int_ids([major_id], field="major_id")[0]).first() if major_id else None
        mix = selectors.resource_mix(major)
        return ResourceMix(
            total=mix.total,
            by_type=[ResourceTypeCount(type=t, count=n) for t, n in mix.by_type.items()],
            text_and_image_share=mix.text_and_image_share,
            over_limit=mix.over_limit,
        )


class ResourcesMutations(graphene.ObjectType):
    resource_create = ResourceCreate.Field(description=ResourceCreate.__doc__)
    resource_update = ResourceUpdate.Field(description=ResourceUpdate.__doc__)
    resource_review = ResourceReview.Field(description=ResourceReview.__doc__)
    resource_withdraw = ResourceWithdraw.Field(description=ResourceWithdraw.__doc__)
    resource_media_retry = ResourceMediaRetry.Field(description=ResourceMediaRetry.__doc__)
    resource_conversion_request = ResourceConversionRequest.Field(description=ResourceConversionRequest.__doc__)
    resource_subtitle_attach = ResourceSubtitleAttach.Field(description=ResourceSubtitleAttach.__doc__)
    resource_subtitle_remove = ResourceSubtitleRemove.Field(description=ResourceSubtitleRemove.__doc__)
    resource_viewed = ResourceViewed.Field(description=ResourceViewed.__doc__)
    resources_submit = ResourcesSubmit.Field(description=ResourcesSubmit.__doc__)
    resources_update = ResourcesUpdate.Field(description=ResourcesUpdate.__doc__)
    resources_delete = ResourcesDelete.Field(description=ResourcesDelete.__doc__)
    resources_restore = ResourcesRestore.Field(description=ResourcesRestore.__doc__)
    resources_purge = ResourcesPurge.Field(description=ResourcesPurge.__doc__)
    resources_reconvert = ResourcesReconvert.Field(description=ResourcesReconvert.__doc__)
    resource_batch_prepare = ResourceBatchPrepare.Field(description=ResourceBatchPrepare.__doc__)
    resource_batch_commit = ResourceBatchCommit.Field(description=ResourceBatchCommit.__doc__)

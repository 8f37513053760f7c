"""GraphQL types of the resource library (M1, M2, M3, M8, C11)."""

import graphene
from django.urls import reverse
from wagtail.models import WorkflowState
from wagtail.rich_text import expand_db_html

from api.core.dataloaders import load
from api.resources import dataloaders as dl
from cms.resources import models as m
from cms.resources import permissions
from cms.resources.body import body_clean


def _enum(name: str, choices, description: str) -> type[graphene.Enum]:
    return graphene.Enum(name, [(c.name, c.value) for c in choices], description=description)


ResourceType = _enum("ResourceType", m.ResourceType, "素材类型: derived from the file, or text / external link.")
ResourceSource = _enum("ResourceSource", m.ResourceSource, "Where the content comes from.")
Licence = _enum("Licence", m.Licence, "Licence the rights holder grants.")
AudienceLevel = _enum("AudienceLevel", m.AudienceLevel, "Who the resource is made for.")
Visibility = _enum("Visibility", m.Visibility, "Who may open the resource once published.")
ResourceStatus = graphene.Enum(
    "ResourceStatus",
    [
        ("DRAFT", "draft"),
        ("IN_REVIEW", "in_review"),
        ("NEEDS_CHANGES", "needs_changes"),
        ("PUBLISHED", "published"),
        ("DELETED", "deleted"),
    ],
    description="Where a resource is in its life cycle (its published version may also have a newer draft).",
)
BatchItemStatus = _enum("BatchItemStatus", m.BatchItemStatus, "Outcome of one file of a batch upload.")
BatchStatus = _enum("BatchStatus", m.BatchStatus, "Whether a batch's resources were created.")


class NamedRef(graphene.ObjectType):
    """A major, course, module or institution by id and name."""

    id = graphene.ID(required=True, description="Database id.")
    name = graphene.String(required=True, description="Display name.")


def _ref(obj, name_attr: str = "title"):
    return None if obj is None else NamedRef(id=obj.pk, name=getattr(obj, name_attr))


class ResourcePoint(graphene.ObjectType):
    """A knowledge or skill point a resource is tagged with (M7)."""

    id = graphene.ID(required=True, description="Database id.")
    name = graphene.String(required=True, description="Name.")
    kind = graphene.String(required=True, description="knowledge or skill.")


class ResourceAuthor(graphene.ObjectType):
    """An individual author credited on the resource (署名权, C11)."""

    name = graphene.String(required=True, description="Name as credited.")
    organisation_name = graphene.String(required=True, description="Their organisation, may be empty.")


class ResourceFile(graphene.ObjectType):
    """The file behind a resource and what the pipeline measured."""

    filename = graphene.String(required=True, description="Original file name (Chinese kept).")
    extension = graphene.String(required=True, description="Extension without dot, lower case.")
    mime = graphene.String(required=True, description="MIME type from the content.")
    size = graphene.Float(required=True, description="Bytes.")
    checksum = graphene.String(required=True, description="SHA-256 of the content.")
    width = graphene.Int(description="Pixels, for images and video.")
    height = graphene.Int(description="Pixels, for images and video.")
    duration_seconds = graphene.Float(description="Seconds, for audio and video.")
    pages = graphene.Int(description="Pages of a document, slides of a presentation.")


MediaState = graphene.Enum(
    "MediaState",
    [
        ("NONE", "none"),
        ("QUEUED", "queued"),
        ("RUNNING", "running"),
        ("SUCCEEDED", "succeeded"),
        ("FAILED", "failed"),
        ("CANCELLED", "cancelled"),
    ],
    description="State of a conversion of the resource's file (NONE: never asked for).",
)
ConversionKind = graphene.Enum(
    "ConversionKind",
    [("PDF", "pdf"), ("MP4", "mp4")],
    description="On-demand conversions: a document to PDF, a video or animation to MP4.",
)


class MediaImage(graphene.ObjectType):
    """One web rendition of an image: WebP and a JPEG/PNG fallback of the same width."""

    width = graphene.Int(required=True, description="Pixels.")
    url = graphene.String(required=True, description="WebP.")
    fallback_url = graphene.String(required=True, description="JPEG, or PNG when transparent.")


class SubtitleTrack(graphene.ObjectType):
    """Subtitles of a video in one language (WebVTT)."""

    language = graphene.String(required=True, description="BCP 47 tag: zh-CN or en.")
    label = graphene.String(required=True, description="Name of the language, for the player's menu.")
    url = graphene.String(required=True, description="The WebVTT file (permission-checked).")


class MediaConversion(graphene.ObjectType):
    """An on-demand conversion and its result."""

    kind = graphene.Field(ConversionKind, required=True, description="What it makes.")
    state = graphene.Field(MediaState, required=True, description="Where it is.")
    progress = graphene.Float(required=True, description="Percent done.")
    url = graphene.String(required=True, description="The result once done, else empty.")
    error_message = graphene.String(required=True, description="Why it failed, for people.")


class ResourceMedia(graphene.ObjectType):
    """The file converted for every device (M2, M3): HLS video, AAC audio, web images, PDF page images …

    URLs are for this viewer: CDN addresses while the resource is published, permission-checked ones otherwise.
    Empty strings mean "not made (yet)".
    """

    state = graphene.Field(MediaState, required=True, description="The standard conversion's state.")
    progress = graphene.Float(required=True, description="Percent done.")
    error_code = graphene.String(required=True, description="Why it failed, as a code; empty when it did not.")
    error_message = graphene.String(required=True, description="Why it failed, for people; empty when it did not.")
    playable = graphene.Boolean(required=True, description="Something converted can be shown already.")
    can_retry = graphene.Boolean(required=True, description="Whether the viewer may start it again now.")
    hls_url = graphene.String(required=True, description="HLS master playlist (video).")
    poster_url = graphene.String(required=True, description="Poster image (video, animation).")
    sprite_vtt_url = graphene.String(required=True, description="WebVTT of thumbnail sprites for scrubbing.")
    mp4_url = graphene.String(required=True, description="MP4 (video download, animation).")
    webm_url = graphene.String(required=True, description="WebM (animation).")
    audio_url = graphene.String(required=True, description="AAC audio, loudness-normalised.")
    peaks_url = graphene.String(required=True, description="JSON list of waveform peaks 0..1.")
    thumbnail_url = graphene.String(required=True, description="Small WebP thumbnail (images).")
    pdf_url = graphene.String(required=True, description="The document as PDF.")
    subtitle_url = graphene.String(required=True, description="WebVTT subtitles.")
    package_url = graphene.String(required=True, description="Entry page of an unpacked HTML5 package (sandboxed).")
    images = graphene.List(graphene.NonNull(MediaImage), required=True, description="Web renditions, widest first.")
    pages = graphene.List(
        graphene.NonNull(graphene.String), required=True, description="Page images of a document, in order."
    )
    conversions = graphene.List(
        graphene.NonNull(MediaConversion), required=True, description="On-demand conversions asked for."
    )
    subtitles = graphene.List(
        graphene.NonNull(SubtitleTrack), required=True, description="Attached subtitles, one per language."
    )


class ReviewState(graphene.ObjectType):
    """The review a resource is in, or the changes asked for."""

    level = graphene.String(required=True, description="Name of the current review level.")
    submitted_at = graphene.DateTime(required=True, description="When it was sent for review.")
    submitted_by = graphene.String(required=True, description="Who sent it.")
    comment = graphene.String(required=True, description="The reviewer's comment when changes were requested.")


class Resource(graphene.ObjectType):
    """One granular resource (颗粒化资源)."""

    id = graphene.ID(required=True, description="Database id; the SPA route is /resources/<id>.")
    title = graphene.String(required=True, description="Title, normally following the naming rule.")
    type = graphene.Field(ResourceType, required=True, description="Type.")
    description = graphene.String(required=True, description="Description, plain text.")
    body = graphene.String(required=True, description="Text of a text resource as safe HTML.")
    body_source = graphene.String(
        required=True, description="Text of a text resource as stored (for its editors; empty for others)."
    )
    url = graphene.String(required=True, description="Address of an external link resource.")
    source = graphene.Field(ResourceSource, required=True, description="Source.")
    licence = graphene.Field(Licence, required=True, description="Licence.")
    audience_level = graphene.Field(AudienceLevel, required=True, description="Audience level.")
    visibility = graphene.Field(Visibility, required=True, description="Who may open it.")
    download_requires_login = graphene.Boolean(required=True, description="Downloading needs a login.")
    rights_holder = graphene.String(required=True, description="Who holds the copyright (C11).")
    organisation = graphene.Field(NamedRef, required=True, description="Building institution.")
    major = graphene.Field(NamedRef, required=True, description="Major.")
    course = graphene.Field(NamedRef, description="Course.")
    module = graphene.Field(NamedRef, description="Module (chapter) of the course.")
    knowledge_points = graphene.List(
        graphene.NonNull(ResourcePoint), required=True, description="Knowledge and skill points."
    )
    keywords = graphene.List(graphene.NonNull(graphene.String), required=True, description="Keywords.")
    authors = graphene.List(graphene.NonNull(ResourceAuthor), required=True, description="Credited authors.")
    file = graphene.Field(ResourceFile, description="The file; null for text and links.")
    media = graphene.Field(ResourceMedia, description="The file converted for the web; null for text and links.")
    preview_url = graphene.String(description="Where the browser opens the file inline (permission-checked).")
    download_url = graphene.String(description="Where the file downloads (counts a download).")
    can_download = graphene.Boolean(
        required=True, description="Whether the viewer may download now (false: log in first)."
    )
    can_edit = graphene.Boolean(required=True, description="Whether the viewer may edit, submit or delete it.")
    view_count = graphene.Int(required=True, description="Views.")
    citation_count = graphene.Int(
        required=True, description="How many course items and assemblies reference it (citations, M5)."
    )
    download_count = graphene.Int(required=True, description="Downloads.")
    status = graphene.Field(ResourceStatus, required=True, description="Life-cycle status.")
    has_unpublished_changes = graphene.Boolean(
        required=True, description="A newer draft exists than the published version."
    )
    review = graphene.Field(ReviewState, description="The running review or the changes asked for (managers only).")
    published_at = graphene.DateTime(description="When it was first published.")
    updated_at = graphene.DateTime(required=True, description="Last change.")
    deleted_at = graphene.DateTime(description="When it went to the recycle bin.")

    @staticmethod
    def resolve_citation_count(resource, info):
        return load(info, dl.CitationCountByResourceLoader, resource.pk)

    @staticmethod
    def resolve_type(resource, info):
        return resource.resource_type

    @staticmethod
    def resolve_body(resource, info):
        return expand_db_html(body_clean(resource.body)) if resource.body else ""

    @staticmethod
    def resolve_body_source(resource, info):
        return body_clean(resource.body) if permissions.can_manage(info.context.user, resource) else ""

    @staticmethod
    def resolve_rights_holder(resource, info):
        return resource.rights_holder or resource.organisation.name

    @staticmethod
    def resolve_organisation(resource, info):
        return _ref(resource.organisation, "name")

    @staticmethod
    def resolve_major(resource, info):
        return _ref(resource.major)

    @staticmethod
    def resolve_course(resource, info):
        return _ref(resource.course) if resource.course_id else None

    @staticmethod
    def resolve_module(resource, info):
        return _ref(resource.module) if resource.module_id else None

    @staticmethod
    def resolve_knowledge_points(resource, info):
        if not resource.pk or getattr(resource, "_is_revision", False):
            return list(resource.knowledge_points.all())
        return load(info, dl.KnowledgePointsByResourceLoader, resource.pk)

    @staticmethod
    def resolve_keywords(resource, info):
        if getattr(resource, "_is_revision", False):
            return [tag.name for tag in resource.keywords.all()]
        return load(info, dl.KeywordsByResourceLoader, resource.pk)

    @staticmethod
    def resolve_authors(resource, info):
        if getattr(resource, "_is_revision", False):
            return list(resource.authors.all())
        return load(info, dl.AuthorsByResourceLoader, resource.pk)

    @staticmethod
    def resolve_file(resource, info):
        asset = resource.asset if resource.asset_id else None
        if asset is None:
            return None
        return ResourceFile(
            filename=asset.original_filename,
            extension=asset.extension,
            mime=asset.mime,
            size=asset.size,
            checksum=asset.checksum,
            width=asset.width,
            height=asset.height,
            duration_seconds=asset.duration_seconds,
            pages=asset.pages,
        )

    @staticmethod
    def resolve_media(resource, info):
        if not resource.asset_id:
            return None
        from cms.resources.media import media_load

        media = load(info, dl.MediaByResourceLoader, resource.pk)
        if media is None or getattr(media, "asset_id", resource.asset_id) != resource.asset_id:
            media = media_load([resource])[resource.pk]  # a draft with another file than the live row
        if media is None:
            return None
        can_retry = media.state in ("failed", "cancelled") and permissions.can_manage(info.context.user, resource)
        return ResourceMedia(
            state=media.state,
            progress=media.progress,
            error_code=media.error_code,
            error_message=media.error_message,
            playable=media.playable,
            can_retry=can_retry,
            hls_url=media.hls_url,
            poster_url=media.poster_url,
            sprite_vtt_url=media.sprite_vtt_url,
            mp4_url=media.mp4_url,
            webm_url=media.webm_url,
            audio_url=media.audio_url,
            peaks_url=media.peaks_url,
            thumbnail_url=media.thumbnail_url,
            pdf_url=media.pdf_url,
            subtitle_url=media.subtitle_url,
            package_url=media.package_url,
            images=[MediaImage(width=i.width, url=i.url, fallback_url=i.fallback_url) for i in media.images],
            pages=media.pages,
            conversions=[
                MediaConversion(
                    kind=c.kind, state=c.state, progress=c.progress, url=c.url, error_message=c.error_message
                )
                for c in media.conversions
            ],
            subtitles=[SubtitleTrack(language=t.language, label=t.label, url=t.url) for t in media.subtitles],
        )

    @staticmethod
    def resolve_preview_url(resource, info):
        return reverse("resources:file", args=[resource.pk]) if resource.asset_id else None

    @staticmethod
    def resolve_download_url(resource, info):
        return reverse("resources:download", args=[resource.pk]) if resource.asset_id else None

    @staticmethod
    def resolve_can_download(resource, info):
        user = info.context.user
        return bool(resource.asset_id) and (user.is_authenticated or not resource.download_requires_login)

    @staticmethod
    def resolve_can_edit(resource, info):
        return permissions.can_manage(info.context.user, resource)

    @staticmethod
    def resolve_status(resource, info):
        if resource.deleted_at:
            return "deleted"
        state = load(info, dl.WorkflowStateByResourceLoader, resource.pk)
        if state is not None:
            return "in_review" if state.status == WorkflowState.STATUS_IN_PROGRESS else "needs_changes"
        return "published" if resource.live else "draft"

    @staticmethod
    def resolve_review(resource, info):
        if not permissions.can_manage(info.context.user, resource):
            return None
        state = load(info, dl.WorkflowStateByResourceLoader, resource.pk)
        if state is None or state.current_task_state is None:
            return None
        task_state = state.current_task_state
        return ReviewState(
            level=task_state.task.name,
            submitted_at=state.created_at,
            submitted_by=state.requested_by.display_name if state.requested_by else "",
            comment=task_state.comment if state.status == WorkflowState.STATUS_NEEDS_CHANGES else "",
        )

    @staticmethod
    def resolve_published_at(resource, info):
        return resource.first_published_at


class ResourceList(graphene.ObjectType):
    total = graphene.Int(required=True, description="Rows in all pages.")
    items = graphene.List(graphene.NonNull(Resource), required=True, description="This page.")


class FacetBucket(graphene.ObjectType):
    value = graphene.String(required=True, description="Filter value: an id, or a type / source code.")
    label = graphene.String(required=True, description="What to show.")
    count = graphene.Int(required=True, description="Matching resources.")


class ResourceFacets(graphene.ObjectType):
    """Counts over all matches, to refine a search (M3)."""

    majors = graphene.List(graphene.NonNull(FacetBucket), required=True, description="By major (id).")
    courses = graphene.List(graphene.NonNull(FacetBucket), required=True, description="By course (id).")
    types = graphene.List(graphene.NonNull(FacetBucket), required=True, description="By type (ResourceType value).")
    sources = graphene.List(graphene.NonNull(FacetBucket), required=True, description="By source (value).")
    knowledge_points = graphene.List(
        graphene.NonNull(FacetBucket), required=True, description="By knowledge point (id), top 50."
    )


class ResourceSearchResult(graphene.ObjectType):
    total = graphene.Int(required=True, description="Matches in all pages.")
    items = graphene.List(graphene.NonNull(Resource), required=True, description="This page.")
    facets = graphene.Field(ResourceFacets, required=True, description="Counts to refine by.")


class ReviewTask(graphene.ObjectType):
    """A resource waiting for the viewer's decision at one review level."""

    id = graphene.ID(required=True, description="Task state id.")
    level = graphene.String(required=True, description="Review level name.")
    started_at = graphene.DateTime(required=True, description="When it reached this level.")
    submitted_by = graphene.String(required=True, description="Who sent it for review.")
    resource = graphene.Field(Resource, required=True, description="The version under review.")


class ReviewTaskList(graphene.ObjectType):
    total = graphene.Int(required=True, description="Waiting in all pages.")
    items = graphene.List(graphene.NonNull(ReviewTask), required=True, description="This page, oldest first.")


class ReviewDecision(graphene.ObjectType):
    """One decision on a resource (M1 traceability): level, person, time, comment, revision."""

    level = graphene.String(required=True, description="Review level.")
    approved = graphene.Boolean(required=True, description="Approved (true) or changes requested (false).")
    cancelled = graphene.Boolean(required=True, description="The review was withdrawn before a decision.")
    decided_by = graphene.String(required=True, description="Who decided; empty for the automatic check.")
    decided_at = graphene.DateTime(description="When.")
    comment = graphene.String(required=True, description="Comment.")
    revision_id = graphene.ID(required=True, description="The revision decided on.")
    submitted_by = graphene.String(required=True, description="Who sent it for review.")


class RecognisedAttributes(graphene.ObjectType):
    """What batch upload recognised for one file (before overrides)."""

    title = graphene.String(required=True, description="Title (from the name or the naming rule).")
    type = graphene.Field(ResourceType, description="Type from the file.")
    major_id = graphene.ID(description="Major.")
    course_id = graphene.ID(description="Course.")
    module_id = graphene.ID(description="Module.")
    knowledge_point_ids = graphene.List(graphene.NonNull(graphene.ID), required=True, description="Points.")
    keywords = graphene.List(graphene.NonNull(graphene.String), required=True, description="Keywords.")
    description = graphene.String(required=True, description="Description (from a manifest).")
    origins = graphene.JSONString(
        required=True, description="Where each attribute came from: batch, folder, name, rule, manifest or file."
    )


class ResourceBatchItem(graphene.ObjectType):
    id = graphene.ID(required=True, description="Item id.")
    path = graphene.String(required=True, description="Folders and file name inside the batch.")
    status = graphene.Field(BatchItemStatus, required=True, description="Outcome.")
    error_code = graphene.String(required=True, description="Why it failed (ErrorCode), empty when it did not.")
    message = graphene.String(required=True, description="Translated reason or warning.")
    recognised = graphene.Field(RecognisedAttributes, required=True, description="Recognised attributes.")
    file = graphene.Field(ResourceFile, description="The file as checked.")
    duplicate_of = graphene.Field(Resource, description="The resource already holding this content.")
    resource = graphene.Field(Resource, description="The resource created from it.")

    @staticmethod
    def resolve_status(item, info):
        return str(item.status)

    @staticmethod
    def resolve_recognised(item, info):
        r = item.recognised or {}
        return RecognisedAttributes(
            title=r.get("title") or "",
            type=r.get("resource_type"),
            major_id=r.get("major_id"),
            course_id=r.get("course_id"),
            module_id=r.get("module_id"),
            knowledge_point_ids=r.get("knowledge_point_ids") or [],
            keywords=r.get("keywords") or [],
            description=r.get("description") or "",
            origins=r.get("origins") or {},
        )

    @staticmethod
    def resolve_file(item, info):
        if not item.asset_id:
            return None
        return Resource.resolve_file(item, info)


class ResourceBatch(graphene.ObjectType):
    id = graphene.ID(required=True, description="Batch id.")
    status = graphene.Field(BatchStatus, required=True, description="Prepared or committed.")
    created_at = graphene.DateTime(required=True, description="When it was uploaded.")
    items = graphene.List(graphene.NonNull(ResourceBatchItem), required=True, description="One row per file.")

    @staticmethod
    def resolve_status(batch, info):
        # A status set in this request is a TextChoices member, which the GraphQL enum does not know.
        return str(batch.status)

    @staticmethod
    def resolve_items(batch, info):
        return list(
            batch.items.select_related("asset", "duplicate_of__major", "resource__major", "resource__organisation")
        )


class ResourceTypeCount(graphene.ObjectType):
    type = graphene.Field(ResourceType, required=True, description="Type.")
    count = graphene.Int(required=True, description="Published resources of this type.")


class ResourceMix(graphene.ObjectType):
    """The mix of published resources by type and the C8 health rule (text + image ≤ 30 %)."""

    total = graphene.Int(required=True, description="Published resources.")
    by_type = graphene.List(graphene.NonNull(ResourceTypeCount), required=True, description="Per type.")
    text_and_image_share = graphene.Float(required=True, description="Share of text, image and document, 0..1.")
    over_limit = graphene.Boolean(required=True, description="The share is above 30 %.")


class FormModule(graphene.ObjectType):
    id = graphene.ID(required=True, description="Module id.")
    name = graphene.String(required=True, description="Module title.")


class FormCourse(graphene.ObjectType):
    id = graphene.ID(required=True, description="Course id.")
    name = graphene.String(required=True, description="Course name.")
    modules = graphene.List(graphene.NonNull(FormModule), required=True, description="Its modules (outline).")
    knowledge_points = graphene.List(graphene.NonNull(ResourcePoint), required=True, description="Its points.")


class FormMajor(graphene.ObjectType):
    id = graphene.ID(required=True, description="Major id.")
    name = graphene.String(required=True, description="Major name.")
    code = graphene.String(required=True, description="Major code.")
    naming_pattern = graphene.String(description="Its naming rule, e.g. {专业代码}-{课程}-{知识点}-{素材类型}-{序号}.")
    naming_enforced = graphene.Boolean(required=True, description="Titles breaking the rule are refused.")
    courses = graphene.List(graphene.NonNull(FormCourse), required=True, description="Its courses.")


class ResourceFormOptions(graphene.ObjectType):
    """Choices for the upload and edit forms of the signed-in person."""

    organisations = graphene.List(
        graphene.NonNull(NamedRef), required=True, description="Institutions the person may upload for."
    )
    majors = graphene.List(graphene.NonNull(FormMajor), required=True, description="Majors with courses.")
    max_upload_bytes = graphene.Float(required=True, description="Largest file accepted.")


class BatchOperationResult(graphene.ObjectType):
    """Outcome of a batch operation on one resource; one failure never stops the others."""

    id = graphene.ID(required=True, description="Resource id.")
    ok = graphene.Boolean(required=True, description="Done.")
    code = graphene.String(required=True, description="ErrorCode when not done.")
    message = graphene.String(required=True, description="Translated reason when not done.")

"""A resource's converted media (M2, M3, C3, Q): the cms side of the media pipeline.

The pipeline converts assets and knows nothing of resources. Here a resource that gets a file asks for its
conversion, its renditions are shown to whoever may open it (permission-checked URLs under
``/resources/<id>/media/<job>/…``), and while it is live they are also copied to the public prefix and served
from the CDN; unpublishing, deleting or replacing the file takes them down again and purges the CDN.
``media_sync_public`` is the one idempotent step that makes the public copies match the resource's state; the
publish/unpublish/delete/restore services and the pipeline's signals all end in it (through a Celery task).
"""

from dataclasses import dataclass, field

from django.conf import settings
from django.db import transaction
from django.urls import reverse

from media_pipeline import storage
from media_pipeline.jobs import asset_job, asset_renditions, current_job_ids, job_request, job_retry
from media_pipeline.models import JobKind, JobState, MediaAsset, ProcessingJob, Rendition

# Kinds of the pipeline the resources convert by default (links and texts have no file).
_CONVERTIBLE = {"video", "audio", "image", "animation", "document", "presentation", "spreadsheet", "simulation"}
# Roles whose public copy goes last: a player must never find a playlist whose parts are not there yet.
_ENTRY_ROLES = {"hls_master"}


@dataclass
class MediaImage:
    width: int
    url: str
    fallback_url: str = ""


@dataclass
class Conversion:
    """An on-demand conversion (PDF of a document, MP4 of a video) and where its result is."""

    kind: str
    state: str
    progress: float
    url: str = ""
    error_message: str = ""


@dataclass
class SubtitleTrack:
    language: str
    label: str
    url: str


@dataclass
class ResourceMedia:
    """What the SPA needs to show a resource's converted media, with URLs for this viewer."""

    state: str  # JobState of the standard conversion, or "none" when it was never asked for
    asset_id: int | None = None  # the file these are made from
    progress: float = 0.0
    error_code: str = ""
    error_message: str = ""
    playable: bool = False  # something can be shown already (the finished set or an early preview)
    job_id: int | None = None
    hls_url: str = ""
    poster_url: str = ""
    sprite_vtt_url: str = ""
    mp4_url: str = ""
    webm_url: str = ""
    audio_url: str = ""
    peaks_url: str = ""
    thumbnail_url: str = ""
    pdf_url: str = ""
    subtitle_url: str = ""
    package_url: str = ""
    images: list[MediaImage] = field(default_factory=list)
    pages: list[str] = field(default_factory=list)
    conversions: list[Conversion] = field(default_factory=list)
    subtitles: list["SubtitleTrack"] = field(default_factory=list)


# ---- requesting conversions ---------------------------------------------------------------------------------


def conversion_request(asset: MediaAsset | None, *, again: bool = False) -> ProcessingJob | None:
    """Ask for the standard conversion of ``asset`` (idempotent); its message goes when the transaction commits."""
    if asset is None or asset.kind not in _CONVERTIBLE:
        return None
    if again:
        return job_request(asset=asset, kind=JobKind.CONVERT, again=True)
    return job_request(asset=asset, kind=JobKind.CONVERT)


def conversion_request_kind(asset: MediaAsset, *, kind: str) -> ProcessingJob:
    """An on-demand conversion (``pdf``, ``mp4``); MediaError INVALID_REQUEST when it does not fit the file."""
    return job_request(asset=asset, kind=kind)


def conversion_retry(asset: MediaAsset, *, kind: str = JobKind.CONVERT) -> ProcessingJob | None:
    """The editors' retry button: a new job when the last one failed or was cancelled, else the current one."""
    job = asset_job(asset, kind=kind)
    if job is None:
        return job_request(asset=asset, kind=kind)
    return job_retry(job=job)


# ---- what a viewer sees -------------------------------------------------------------------------------------


def relative_name(rendition: Rendition) -> str:
    """The rendition's path inside its job's output (``hls/master.m3u8``): keys are derived/<a>/<j>/<n>/<name>."""
    return rendition.key.split("/", 4)[4]


def _public_served() -> bool:
    """Whether public copies have URLs that work without a signature: a CDN, or nginx in front of local files."""
    if getattr(settings, "ZYK_CDN_BASE_URL", ""):
        return True
    return not getattr(settings, "AWS_STORAGE_BUCKET_NAME", "") and bool(getattr(settings, "ZYK_X_ACCEL_PREFIX", ""))


def rendition_url(resource, rendition: Rendition, published: set[str]) -> str:
    """The CDN / public URL of a published copy, else the permission-checked view of this resource."""
    if rendition.key in published and _public_served():
        return storage.public_url(storage.public_key(rendition.key))
    kwargs = {"pk": resource.pk, "job": rendition.job_id, "name": relative_name(rendition)}
    return reverse("resources:media", kwargs=kwargs)


def _page_number(rendition: Rendition) -> int:
    digits = "".join(ch for ch in rendition.label if ch.isdigit())
    return int(digits) if digits else 0


def media_view(
    resource,
    *,
    jobs: list[ProcessingJob],
    renditions: list[Rendition],
    published: set[str],
) -> ResourceMedia | None:
    """Build the viewer's ``ResourceMedia`` from already loaded rows (the dataloader loads them for many)."""
    if not resource.asset_id:
        return None
    convert = next((job for job in jobs if job.kind == JobKind.CONVERT), None)
    media = ResourceMedia(state=convert.state if convert else "none", asset_id=resource.asset_id)
    if convert is not None:
        media.job_id = convert.pk
        media.progress = round(convert.progress, 1)
        media.error_code = convert.error_code
        media.error_message = convert.error_message
    current = [r for r in renditions if r.job.kind == JobKind.CONVERT]
    media.playable = bool(current)

    def url(rendition: Rendition) -> str:
        return rendition_url(resource, rendition, published)

    fallbacks: dict[tuple[str, str], str] = {}
    for rendition in current:
        role = rendition.role
        if role == "hls_master":
            media.hls_url = url(rendition)
        elif role == "poster" and not media.poster_url:
            media.poster_url = url(rendition)
        elif role == "sprite_vtt":
            media.sprite_vtt_url = url(rendition)
        elif role == "mp4":
            media.mp4_url = url(rendition)
        elif role == "webm":
            media.webm_url = url(rendition)
        elif role == "aac":
            media.audio_url = url(rendition)
        elif role == "peaks":
            media.peaks_url = url(rendition)
        elif role == "pdf":
            media.pdf_url = url(rendition)
        elif role == "subtitle":
            media.subtitle_url = url(rendition)
        elif role == "package_file" and relative_name(rendition).rsplit("/", 1)[-1].lower() == "index.html":
            if not media.package_url or len(rendition.key) < len(media.package_url):
                media.package_url = url(rendition)
        elif role in ("image", "thumbnail"):
            if rendition.mime == "image/webp":
                if role == "thumbnail":
                    media.thumbnail_url = url(rendition)
                else:
                    media.images.append(MediaImage(width=rendition.width or 0, url=url(rendition)))
            else:
                fallbacks[(role, rendition.label)] = url(rendition)
    for image in media.images:
        image.fallback_url = fallbacks.get(("image", f"{image.width}w"), "")
    media.images.sort(key=lambda image: -image.width)
    pages = sorted((r for r in current if r.role == "page"), key=_page_number)
    media.pages = [url(r) for r in pages]
    for job in jobs:
        if job.kind == JobKind.CONVERT:
            continue
        result = next((r for r in renditions if r.job_id == job.pk), None)
        media.conversions.append(
            Conversion(
                kind=job.kind,
                state=job.state,
                progress=round(job.progress, 1),
                url=url(result) if result is not None and job.state == JobState.SUCCEEDED else "",
                error_message=job.error_message,
            )
        )
    return media


def media_load(resources: list) -> dict[int, ResourceMedia | None]:
    """``ResourceMedia`` of each resource, in four queries whatever their number (dataloader body).

    Per file and kind of conversion, the job shown is the live one, else the newest; the renditions shown are
    those of the newest succeeded job, else the live job's early preview (``current_job_ids``, the rule of
    ``asset_renditions``).
    """
    from cms.resources.models import ResourceMediaPublication, ResourceSubtitle

    asset_ids = {r.asset_id for r in resources if r.asset_id}
    shown: dict[tuple[int, str], ProcessingJob] = {}
    live_states = (JobState.QUEUED, JobState.RUNNING)
    jobs = list(ProcessingJob.objects.filter(asset_id__in=asset_ids).order_by("-queued_at", "-id"))
    for job in jobs:  # newest first: the live job, else the newest
        key = (job.asset_id, job.kind)
        if key not in shown or (job.state in live_states and shown[key].state not in live_states):
            shown[key] = job
    jobs_by_asset: dict[int, list[ProcessingJob]] = {}
    for (asset_id, _kind), job in sorted(shown.items(), key=lambda item: item[0]):
        jobs_by_asset.setdefault(asset_id, []).append(job)
    by_id = {job.pk: job for job in jobs}
    current = current_job_ids(jobs)
    renditions_by_asset: dict[int, list[Rendition]] = {}
    for rendition in Rendition.objects.filter(job_id__in=current).order_by("role", "label", "key"):
        rendition.job = by_id[rendition.job_id]
        renditions_by_asset.setdefault(rendition.asset_id, []).append(rendition)
    published = {
        p.resource_id: set(p.keys)
        for p in ResourceMediaPublication.objects.filter(resource_id__in=[r.pk for r in resources])
    }
    tracks: dict[int, list[SubtitleTrack]] = {}
    for subtitle in ResourceSubtitle.objects.filter(resource_id__in=[r.pk for r in resources]):
        url = reverse("resources:subtitle", kwargs={"pk": subtitle.resource_id, "language": subtitle.language})
        tracks.setdefault(subtitle.resource_id, []).append(SubtitleTrack(subtitle.language, subtitle.label, url))
    views = {
        r.pk: media_view(
            r,
            jobs=jobs_by_asset.get(r.asset_id, []),
            renditions=renditions_by_asset.get(r.asset_id, []),
            published=published.get(r.pk, set()),
        )
        for r in resources
    }
    for pk, view in views.items():
        if view is not None and tracks.get(pk):
            view.subtitles = tracks[pk]
            chinese = next((t for t in tracks[pk] if t.language == "zh-CN"), tracks[pk][0])
            view.subtitle_url = view.subtitle_url or chinese.url
    return views


def rendition_for(resource, *, job_id: int, name: str) -> Rendition | None:
    """The current rendition ``name`` of job ``job_id`` of ``resource``'s file, or None."""
    if not resource.asset_id:
        return None
    for rendition in asset_renditions(resource.asset).filter(job_id=job_id).select_related("job"):
        if relative_name(rendition) == name:
            return rendition
    return None


# ---- public copies (CDN) ------------------------------------------------------------------------------------


def media_sync_public(resource) -> list[str]:
    """Make the public copies match the resource: its current renditions while live, none otherwise.

    Idempotent (a second call copies and purges nothing). Copies new files with immutable cache headers, the
    master playlists last; removes and purges copies that are no longer current (an older conversion, a
    replaced file, an unpublished or deleted resource). Returns the public keys now published.
    """
    from cms.resources.models import Resource, ResourceMediaPublication

    resource = Resource.objects.filter(pk=resource.pk).select_related("asset").first()
    publication = ResourceMediaPublication.objects.filter(resource_id=getattr(resource, "pk", None)).first()
    before = set(publication.keys) if publication else set()
    wanted: dict[str, str] = {}
    if resource is not None and resource.live and resource.deleted_at is None and resource.asset_id:
        current = asset_renditions(resource.asset, kind=JobKind.CONVERT)
        wanted = {r.key: r.role for r in current}
    added = [key for key in wanted if key not in before]
    removed = sorted(before - set(wanted))
    if added:
        storage.publish([key for key in added if wanted[key] not in _ENTRY_ROLES])
        storage.publish([key for key in added if wanted[key] in _ENTRY_ROLES])
    if removed:
        storage.unpublish(removed)
    if resource is not None and (added or removed or publication is None):
        ResourceMediaPublication.objects.update_or_create(resource=resource, defaults={"keys": sorted(wanted)})
    return sorted(wanted)


def media_sync_public_later(resource_id: int) -> None:
    """Queue ``media_sync_public`` for after the commit (copies can take a while: never in a request)."""
    from cms.resources.tasks import resource_media_sync_task

    transaction.on_commit(lambda: resource_media_sync_task.delay(resource_id))


# ---- the pipeline's signals ---------------------------------------------------------------------------------


def asset_converted(asset: MediaAsset, job: ProcessingJob) -> None:
    """A conversion finished or showed its first result: re-index (better text, pages) and publish if live."""
    from cms.resources.models import Resource
    from cms.resources.search import search_document_update

    for resource in Resource.objects.filter(asset=asset).select_related("major", "course", "module", "asset"):
        if job.kind == JobKind.CONVERT and job.state == JobState.SUCCEEDED:
            search_document_update(resource)
        if resource.live:
            media_sync_public_later(resource.pk)


# ---- subtitles ----------------------------------------------------------------------------------------------

SUBTITLE_LANGUAGES = {"zh-CN": "中文", "en": "English"}
_SUBTITLED = {"video", "animation"}


def subtitle_attach(*, user, resource, upload_id, language: str = "zh-CN"):
    """Subtitles for a video from the editor's finished SRT/WebVTT upload; replaces that language's (M3, C3).

    The file is converted to WebVTT here (small: a few hundred kB at most), checked for sensitive words like any
    text of the resource, stored, and the upload consumed. Refusals are DomainErrors naming the file.
    """
    import uuid

    from django.core.files.base import ContentFile
    from django.utils.translation import gettext as _

    from cms.audit.services import audit_record
    from cms.core import sensitive_words
    from cms.core.errors import DomainError, ErrorCode
    from cms.resources import permissions
    from cms.resources.models import ResourceSubtitle
    from cms.resources.uploads import media_error, upload_of
    from media_pipeline.errors import MediaError
    from media_pipeline.processors.subtitles import parse_cues, srt_to_vtt
    from media_pipeline.uploads import upload_delete, upload_path

    if not permissions.can_manage(user, resource):
        raise DomainError(_("You cannot change this resource."), code=ErrorCode.PERMISSION_DENIED)
    if resource.resource_type not in _SUBTITLED:
        raise DomainError(_("Only videos and animations take subtitles."), code=ErrorCode.CONFLICT)
    if language not in SUBTITLE_LANGUAGES:
        raise DomainError(_("Choose the language of the subtitles."), field="language")
    upload = upload_of(user=user, upload_id=upload_id)
    if not upload.is_complete:
        raise DomainError(_("The subtitle file has not finished uploading."), field="upload_id")
    try:
        vtt = srt_to_vtt(upload_path(upload).read_bytes(), upload.filename)
        cues = len(parse_cues(vtt, upload.filename))
    except MediaError as error:
        raise media_error(error) from error
    hits = sensitive_words.find(vtt)
    if hits:
        raise DomainError(
            _("The subtitles contain words that may not be published: %(words)s.")
            % {"words": "、".join(hit.word for hit in hits)},
            code=ErrorCode.INVALID_INPUT,
            field="upload_id",
        )
    with transaction.atomic():
        old = ResourceSubtitle.objects.filter(resource=resource, language=language).first()
        subtitle = ResourceSubtitle(
            resource=resource, language=language, label=SUBTITLE_LANGUAGES[language], cues=cues, created_by=user
        )
        subtitle.file.save(f"{uuid.uuid4().hex}.vtt", ContentFile(vtt.encode("utf-8")), save=False)
        if old is not None:
            name, storage_of_old = old.file.name, old.file.storage
            old.delete()
            transaction.on_commit(lambda: storage_of_old.delete(name))
        subtitle.save()
        audit_record(action="resource.subtitle_attach", actor=user, obj=resource, detail={"language": language})
    upload_delete(upload_id=upload.pk, owner=user)
    return subtitle


@transaction.atomic
def subtitle_remove(*, user, resource, language: str) -> bool:
    """Take a language's subtitles off a video; False when there were none."""
    from django.utils.translation import gettext as _

    from cms.audit.services import audit_record
    from cms.core.errors import DomainError, ErrorCode
    from cms.resources import permissions
    from cms.resources.models import ResourceSubtitle

    if not permissions.can_manage(user, resource):
        raise DomainError(_("You cannot change this resource."), code=ErrorCode.PERMISSION_DENIED)
    subtitle = ResourceSubtitle.objects.filter(resource=resource, language=language).first()
    if subtitle is None:
        return False
    name, storage_of = subtitle.file.name, subtitle.file.storage
    subtitle.delete()
    transaction.on_commit(lambda: storage_of.delete(name))
    audit_record(action="resource.subtitle_remove", actor=user, obj=resource, detail={"language": language})
    return True

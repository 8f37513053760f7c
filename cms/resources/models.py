"""The granular resource (颗粒化资源) and what surrounds it: naming rule, review workflow rules, batches, usage.

A ``Resource`` is a Wagtail snippet with drafts, revisions, locking and workflows (M1, C12): the row holds
the *live* (approved) values, drafts live in revisions, so editing a published resource starts a new
review while the approved version stays visible. Its bytes are a ``media_pipeline.MediaAsset``; the
pipeline knows nothing of resources.
"""

from django.conf import settings
from django.contrib.postgres.fields import ArrayField
from django.contrib.postgres.search import SearchVectorField
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelcluster.models import ClusterableModel
from taggit.models import TaggedItemBase
from wagtail.fields import RichTextField
from wagtail.models import (
    DraftStateMixin,
    LockableMixin,
    Orderable,
    PreviewableMixin,
    RevisionMixin,
    Task,
    WorkflowMixin,
)
from wagtail.search import index

from cms.core.models import TimeStampedModel


class ResourceType(models.TextChoices):
    """素材类型 (M2): derived from the file; ``link`` and ``text`` need none."""

    TEXT = "text", _("Text")
    IMAGE = "image", _("Image")
    ANIMATION = "animation", _("Animation")
    VIDEO = "video", _("Video")
    AUDIO = "audio", _("Audio")
    DOCUMENT = "document", _("Document")
    PRESENTATION = "presentation", _("Presentation")
    SPREADSHEET = "spreadsheet", _("Spreadsheet")
    SIMULATION = "simulation", _("Virtual simulation / HTML5")
    LINK = "link", _("External link")


# Types counted as "text and image" by the C8 health rule (≤ 30 % of all resources).
TEXT_AND_IMAGE_TYPES = frozenset({ResourceType.TEXT, ResourceType.IMAGE, ResourceType.DOCUMENT})


class ResourceSource(models.TextChoices):
    ORIGINAL = "original", _("Original")
    ENTERPRISE_CASE = "enterprise_case", _("Enterprise case")
    ADAPTED = "adapted", _("Adapted")
    THIRD_PARTY = "third_party", _("Third party")


class Licence(models.TextChoices):
    ALL_RIGHTS_RESERVED = "all_rights_reserved", _("All rights reserved")
    CC_BY = "cc_by", "CC BY 4.0"
    CC_BY_SA = "cc_by_sa", "CC BY-SA 4.0"
    CC_BY_NC = "cc_by_nc", "CC BY-NC 4.0"
    CC_BY_NC_SA = "cc_by_nc_sa", "CC BY-NC-SA 4.0"
    CC_BY_ND = "cc_by_nd", "CC BY-ND 4.0"
    CC_BY_NC_ND = "cc_by_nc_nd", "CC BY-NC-ND 4.0"
    CC0 = "cc0", _("Public domain (CC0)")


class AudienceLevel(models.TextChoices):
    SECONDARY = "secondary", _("Secondary vocational")
    HIGHER = "higher", _("Higher vocational")
    UNDERGRADUATE = "undergraduate", _("Vocational undergraduate")
    ENTERPRISE = "enterprise", _("Enterprise training")
    PUBLIC = "public", _("General public")


class Visibility(models.TextChoices):
    PUBLIC = "public", _("Everyone")
    LOGGED_IN = "logged_in", _("Logged-in users")
    ORGANISATION = "organisation", _("Own school only")


class ResourceTag(TaggedItemBase):
    """Keywords (tags) of a resource, kept in its revisions."""

    content_object = ParentalKey("resources.Resource", on_delete=models.CASCADE, related_name="tagged_items")


class ResourceQuerySet(models.QuerySet):
    def alive(self):
        """Not in the recycle bin."""
        return self.filter(deleted_at__isnull=True)

    def published(self):
        return self.alive().filter(live=True)


class Resource(
    WorkflowMixin,
    DraftStateMixin,
    LockableMixin,
    RevisionMixin,
    PreviewableMixin,
    index.Indexed,
    TimeStampedModel,
    ClusterableModel,
):
    """One granular teaching resource: one media item or one knowledge/skill point (M2, C3, C11)."""

    title = models.CharField(_("title"), max_length=200)
    resource_type = models.CharField(_("type"), max_length=16, choices=ResourceType.choices)
    major = models.ForeignKey(
        "majors.MajorPage", verbose_name=_("major"), on_delete=models.PROTECT, related_name="resources"
    )
    course = models.ForeignKey(
        "courses.CoursePage",
        verbose_name=_("course"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="resources",
    )
    module = models.ForeignKey(
        "courses.OutlineItem",
        verbose_name=_("module"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="resources",
    )
    knowledge_points = ParentalManyToManyField(
        "courses.KnowledgePoint", verbose_name=_("knowledge and skill points"), blank=True, related_name="resources"
    )
    keywords = ClusterTaggableManager(
        verbose_name=_("keywords"), through=ResourceTag, blank=True, help_text=_("Separate keywords with commas.")
    )
    description = models.TextField(_("description"), blank=True)
    body = RichTextField(
        _("text"),
        blank=True,
        features=["h2", "h3", "bold", "italic", "ol", "ul", "link", "image", "hr"],
        help_text=_("The content of a text resource, edited online."),
    )
    url = models.URLField(_("link"), blank=True, help_text=_("The address of an external link resource."))
    asset = models.ForeignKey(
        "media_pipeline.MediaAsset",
        verbose_name=_("file"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="resources",
    )
    source = models.CharField(
        _("source"), max_length=16, choices=ResourceSource.choices, default=ResourceSource.ORIGINAL
    )
    organisation = models.ForeignKey(
        "accounts.Organisation",
        verbose_name=_("building institution"),
        on_delete=models.PROTECT,
        related_name="resources",
        help_text=_("The institution that built the resource and holds its copyright unless stated otherwise."),
    )
    # The school whose members see "own school" resources: the nearest school/enterprise above
    # ``organisation`` (kept by the services, so visibility is one indexed comparison).
    school = models.ForeignKey(
        "accounts.Organisation", on_delete=models.PROTECT, related_name="+", null=True, blank=True, editable=False
    )
    rights_holder = models.CharField(
        _("rights holder"),
        max_length=128,
        blank=True,
        help_text=_("Leave empty when the building institution holds the copyright."),
    )
    licence = models.CharField(
        _("licence"), max_length=24, choices=Licence.choices, default=Licence.ALL_RIGHTS_RESERVED
    )
    audience_level = models.CharField(
        _("audience level"), max_length=16, choices=AudienceLevel.choices, default=AudienceLevel.HIGHER
    )
    visibility = models.CharField(_("visibility"), max_length=16, choices=Visibility.choices, default=Visibility.PUBLIC)
    download_requires_login = models.BooleanField(_("downloading requires login"), default=True)
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("uploaded by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        editable=False,
        related_name="owned_resources",
    )

    view_count = models.PositiveIntegerField(_("views"), default=0, editable=False)
    download_count = models.PositiveIntegerField(_("downloads"), default=0, editable=False)

    deleted_at = models.DateTimeField(_("deleted at"), null=True, blank=True, editable=False)
    deleted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, editable=False, related_name="+"
    )

    # Search (M3, M8): jieba-segmented words of title, keywords, points, description and extracted text.
    # SQLite matches ``search_text``. PostgreSQL keeps them weighted in ``search_vector`` (config 'simple';
    # ranking and autocomplete read it) and matches queries on ``ResourceSearchEntry.words``.
    # Raw Chinese is never indexed unsegmented.
    search_text = models.TextField(blank=True, editable=False)
    search_vector = SearchVectorField(null=True, editable=False)

    objects = ResourceQuerySet.as_manager()

    search_fields = [
        index.SearchField("title"),
        index.SearchField("search_text"),
        index.FilterField("resource_type"),
        index.FilterField("live"),
        index.FilterField("deleted_at"),
    ]

    class Meta:
        verbose_name = _("resource")
        verbose_name_plural = _("resources")
        ordering = ["-id"]
        indexes = [
            models.Index(fields=["major", "live"], name="resources_major_live"),
            models.Index(fields=["course", "live"], name="resources_course_live"),
            models.Index(fields=["resource_type"], name="resources_type"),
            models.Index(fields=["-view_count"], name="resources_views"),
            models.Index(fields=["-download_count"], name="resources_downloads"),
            models.Index(fields=["deleted_at"], name="resources_deleted"),
        ]
        permissions = [("purge_resource", _("Can empty resources from the recycle bin"))]

    def __str__(self) -> str:
        return self.title

    @property
    def rights_holder_name(self) -> str:
        return self.rights_holder or (self.organisation.name if self.organisation_id else "")

    def get_workflow(self):
        """The workflow of the most specific rule for this resource's organisation and major (M1)."""
        from cms.resources.workflows import workflow_for

        return workflow_for(self)

    def get_preview_template(self, request, mode_name):
        return "resources/resource_preview.html"

    def clean(self) -> None:
        super().clean()
        errors = {}
        if self.course_id and self.major_id and self.course.get_parent().pk != self.major_id:
            errors["course"] = _("This course does not belong to the chosen major.")
        if self.module_id and self.module.course_id != self.course_id:
            errors["module"] = _("This module does not belong to the chosen course.")
        if self.resource_type == ResourceType.LINK and not self.url:
            errors["url"] = _("An external link resource needs its address.")
        if self.resource_type not in (ResourceType.LINK, ResourceType.TEXT) and not self.asset_id:
            errors["asset"] = _("This type of resource needs a file.")
        if errors:
            raise ValidationError(errors)


class ResourceSearchEntry(models.Model):
    """The narrow search row of a resource (PostgreSQL only; M3, M8; docs/decisions/0003).

    A broad query ("数控" in a CNC library) matches most resources, and its total and facets read every
    match's row. Resource rows are wide (description, body, ``search_text``, the weighted ``search_vector``):
    ~18k heap pages per 100k resources. These rows hold only what search filters, counts and sorts by, and
    ``words``: each distinct word of the resource's ``search_vector`` as a 32-bit hash (SQL function
    ``resources_search_word``, the first 4 bytes of its MD5), GIN-indexed, so "every query word" is
    ``words @> ARRAY[…]`` over rows about half as wide as with a tsvector (positions and weights stay in
    ``Resource.search_vector`` for ranking). A hash collision can only add a match, never lose one; the page
    of a relevance search is re-checked against the real vector.
    PostgreSQL triggers (migration 0003) keep every column equal to the resource's row and links on each
    insert, update and delete, whoever writes it (services, Wagtail's publish, bulk ``update()``s of counters
    and the recycle bin, link changes). Not a Django-managed table: SQLite (the embedded default) searches
    ``Resource.search_text`` instead.
    """

    id = models.BigIntegerField(primary_key=True)  # the resource's id
    title = models.CharField(max_length=255)
    major_id = models.BigIntegerField(null=True)
    course_id = models.BigIntegerField(null=True)
    module_id = models.BigIntegerField(null=True)
    organisation_id = models.BigIntegerField(null=True)
    school_id = models.BigIntegerField(null=True)
    resource_type = models.CharField(max_length=16)
    source = models.CharField(max_length=16)
    visibility = models.CharField(max_length=16)
    live = models.BooleanField()
    deleted_at = models.DateTimeField(null=True)
    first_published_at = models.DateTimeField(null=True)
    view_count = models.IntegerField()
    download_count = models.IntegerField()
    knowledge_point_ids = ArrayField(models.BigIntegerField(), default=list)
    words = ArrayField(models.IntegerField(), default=list)

    class Meta:
        managed = False
        db_table = "resources_search_entry"

    def __str__(self) -> str:
        return self.title


class ResourceMediaPublication(models.Model):
    """Which of a resource's renditions have public (CDN) copies right now (``media.media_sync_public``).

    Its own table, not a resource field: a resource's fields travel in its revisions, and publishing an old
    revision must not bring back an old list of copies.
    """

    resource = models.OneToOneField(
        Resource, on_delete=models.CASCADE, primary_key=True, related_name="media_publication"
    )
    keys = models.JSONField(_("published rendition keys"), default=list, blank=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    class Meta:
        verbose_name = _("published media")
        verbose_name_plural = _("published media")

    def __str__(self) -> str:
        return f"{self.resource_id}: {len(self.keys)}"


class ResourceSubtitle(models.Model):
    """Subtitles of a video or animation resource, one per language, kept as validated WebVTT (M2, M3, C3).

    Attached by the resource's editors (``media.subtitle_attach``) from an SRT or WebVTT upload; checked for
    sensitive words like every text of a resource. Served through the resource's permission check.
    """

    resource = models.ForeignKey(Resource, on_delete=models.CASCADE, related_name="subtitles")
    language = models.CharField(_("language"), max_length=16, default="zh-CN")
    label = models.CharField(_("label"), max_length=64)
    file = models.FileField(_("file"), upload_to="subtitles/%Y/%m/", max_length=255)
    cues = models.PositiveIntegerField(_("cues"), default=0)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)

    class Meta:
        verbose_name = _("subtitles")
        verbose_name_plural = _("subtitles")
        ordering = ["resource_id", "language"]
        constraints = [
            models.UniqueConstraint(fields=["resource", "language"], name="resources_subtitle_one_per_language")
        ]

    def __str__(self) -> str:
        return f"{self.resource_id} {self.language}"


class ResourceAuthor(Orderable):
    """An individual author (署名权, C11), credited on the resource whether or not they have an account."""

    resource = ParentalKey(Resource, on_delete=models.CASCADE, related_name="authors")
    name = models.CharField(_("name"), max_length=64)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("account"), on_delete=models.SET_NULL, null=True, blank=True
    )
    organisation_name = models.CharField(_("organisation"), max_length=128, blank=True)

    class Meta(Orderable.Meta):
        verbose_name = _("author")
        verbose_name_plural = _("authors")

    def __str__(self) -> str:
        return self.name


class NamingRule(TimeStampedModel):
    """The library's naming rule for resource titles (C3), one per major.

    ``pattern`` uses the placeholders {专业代码} {专业} {课程} {模块} {知识点} {素材类型} {序号} between
    literal separators, e.g. ``{专业代码}-{课程}-{知识点}-{素材类型}-{序号}``.
    """

    major = models.OneToOneField(
        "majors.MajorPage", verbose_name=_("major"), on_delete=models.CASCADE, related_name="naming_rule"
    )
    pattern = models.CharField(_("pattern"), max_length=200, default="{专业代码}-{课程}-{知识点}-{素材类型}-{序号}")
    enforced = models.BooleanField(
        _("enforced"), default=True, help_text=_("Refuse titles that do not follow the rule (otherwise only warn).")
    )

    class Meta:
        verbose_name = _("naming rule")
        verbose_name_plural = _("naming rules")

    def __str__(self) -> str:
        return f"{self.major} · {self.pattern}"

    def clean(self) -> None:
        from cms.resources.naming import NamingPatternError, compile_pattern

        try:
            compile_pattern(self.pattern)
        except NamingPatternError as error:
            raise ValidationError({"pattern": str(error)}) from error


class ReviewerKind(models.TextChoices):
    COURSE_LEAD = "course_lead", _("Course lead of the resource's course")
    OWN_ORGANISATION = "own_organisation", _("Reviewers of the resource's institution")
    ORGANISATION = "organisation", _("Reviewers of a chosen institution")
    HOSTS = "hosts", _("Reviewers of the host institutions")


class AutomaticCheckTask(Task):
    """First review level (C12): sensitive words in text and extracted text, format and metadata checks.

    Passes on its own or sends the resource back with the problems listed; nobody moderates it.
    """

    admin_form_fields = Task.admin_form_fields

    class Meta:
        verbose_name = _("automatic check")
        verbose_name_plural = _("automatic checks")

    def start(self, workflow_state, user=None):
        from cms.resources.review import automatic_check_run

        task_state = super().start(workflow_state, user=user)
        automatic_check_run(task_state)
        return task_state

    @classmethod
    def get_description(cls):
        return _("Checks sensitive words, the file and the naming rule; passes or returns the resource on its own")


class ResourceReviewTask(Task):
    """A human review level (分级审核) bound to the reviewers of an organisation or the course lead (M1)."""

    reviewers = models.CharField(
        _("reviewed by"), max_length=24, choices=ReviewerKind.choices, default=ReviewerKind.OWN_ORGANISATION
    )
    organisation = models.ForeignKey(
        "accounts.Organisation",
        verbose_name=_("institution"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        help_text=_("Only for “Reviewers of a chosen institution”."),
    )

    admin_form_fields = Task.admin_form_fields + ["reviewers", "organisation"]

    class Meta:
        verbose_name = _("resource review level")
        verbose_name_plural = _("resource review levels")

    def clean(self) -> None:
        super().clean()
        if self.reviewers == ReviewerKind.ORGANISATION and not self.organisation_id:
            raise ValidationError({"organisation": _("Choose the institution whose reviewers decide.")})

    def user_can_review(self, obj, user) -> bool:
        from cms.resources.review import user_can_review

        return user_can_review(self, obj, user)

    def user_can_access_editor(self, obj, user):
        return self.user_can_review(obj, user)

    def locked_for_user(self, obj, user):
        return not self.user_can_review(obj, user)

    def user_can_lock(self, obj, user):
        return self.user_can_review(obj, user)

    def get_actions(self, obj, user):
        if self.user_can_review(obj, user):
            return [
                ("reject", _("Request changes"), True),
                ("approve", _("Approve"), False),
                ("approve", _("Approve with comment"), True),
            ]
        return []

    def get_task_states_user_can_moderate(self, user, **kwargs):
        from cms.resources.review import task_states_reviewable

        return task_states_reviewable(self, user)

    @classmethod
    def get_description(cls):
        return _("Reviewers of an institution, or the course lead, approve or return the resource")


class ResourceWorkflowRule(TimeStampedModel):
    """Which review workflow applies to resources of an organisation (and its subtree) and/or a major."""

    organisation = models.ForeignKey(
        "accounts.Organisation",
        verbose_name=_("institution"),
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        help_text=_("Applies to this institution and everything under it; empty for all."),
    )
    major = models.ForeignKey(
        "majors.MajorPage",
        verbose_name=_("major"),
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        help_text=_("Empty for all majors."),
    )
    workflow = models.ForeignKey("wagtailcore.Workflow", verbose_name=_("workflow"), on_delete=models.CASCADE)

    class Meta:
        verbose_name = _("review workflow rule")
        verbose_name_plural = _("review workflow rules")
        constraints = [
            models.UniqueConstraint(
                fields=["organisation", "major"], name="resources_workflow_rule_unique", nulls_distinct=False
            )
        ]

    def __str__(self) -> str:
        return f"{self.organisation or _('all institutions')} · {self.major or _('all majors')} → {self.workflow}"


class BatchStatus(models.TextChoices):
    PREPARED = "prepared", _("Recognised, waiting to be created")
    COMMITTED = "committed", _("Created")


class ResourceBatch(TimeStampedModel):
    """A batch upload (M3): files or zips recognised into items that inherit the batch attributes."""

    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="resource_batches")
    status = models.CharField(max_length=16, choices=BatchStatus.choices, default=BatchStatus.PREPARED)
    # Batch-level attributes (annotated once, inherited by every item): ids and codes as entered.
    defaults = models.JSONField(default=dict, blank=True)

    class Meta:
        verbose_name = _("batch upload")
        verbose_name_plural = _("batch uploads")
        ordering = ["-id"]


class BatchItemStatus(models.TextChoices):
    READY = "ready", _("Ready")
    FAILED = "failed", _("Failed")
    DUPLICATE = "duplicate", _("Duplicate")
    CREATED = "created", _("Created")


class ResourceBatchItem(models.Model):
    batch = models.ForeignKey(ResourceBatch, on_delete=models.CASCADE, related_name="items")
    path = models.CharField(_("path"), max_length=500, help_text=_("Folder path and file name inside the batch."))
    status = models.CharField(max_length=16, choices=BatchItemStatus.choices)
    asset = models.ForeignKey("media_pipeline.MediaAsset", on_delete=models.SET_NULL, null=True, blank=True)
    # What was recognised from type, folders, name and manifest (before the user's overrides).
    recognised = models.JSONField(default=dict, blank=True)
    error_code = models.CharField(max_length=32, blank=True)
    message = models.TextField(blank=True)
    duplicate_of = models.ForeignKey(Resource, on_delete=models.SET_NULL, null=True, blank=True, related_name="+")
    resource = models.ForeignKey(Resource, on_delete=models.SET_NULL, null=True, blank=True, related_name="+")

    class Meta:
        ordering = ["id"]

    def __str__(self) -> str:
        return self.path

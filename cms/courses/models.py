"""Course pages of a major (C2, M6) with their teacher team, outline and skill points.

Skill points are ``KnowledgePoint`` rows of kind *skill*; the same model will carry knowledge points and
resource tags (M7) when the course knowledge graph arrives, so resources can point at them by id.
"""

from django import forms
from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page, Task
from wagtail.search import index

from cms.core.models import SpaRoutedPage


class CourseKind(models.TextChoices):
    FOUNDATION = "foundation", _("Major foundation course")
    CORE = "core", _("Major core course")


class CourseLevel(models.TextChoices):
    """How far into the trade a course goes; learners filter the catalogue by it (M6)."""

    INTRODUCTORY = "introductory", _("Introductory")
    INTERMEDIATE = "intermediate", _("Intermediate")
    ADVANCED = "advanced", _("Advanced")


class PortalTemplate(models.TextChoices):
    """Display templates of the public course portal (M6); the SPA renders each one differently."""

    CLASSIC = "classic", _("Classic: content with a sidebar")
    VISUAL = "visual", _("Visual: large banner, graph first")
    COMPACT = "compact", _("Compact: one column, mobile first")


class CoursePageForm(WagtailAdminPageForm):
    """The admin form checks what the SPA's portal service checks: assessment weights add up to 100."""

    def clean(self):
        cleaned = super().clean()
        formset = self.formsets.get("assessment_items")
        if formset is not None and formset.is_valid():
            weights = [
                form.cleaned_data.get("weight") or 0
                for form in formset.forms
                if form.cleaned_data and not form.cleaned_data.get("DELETE")
            ]
            if weights and sum(weights) != 100:
                self.add_error(
                    None, _("The assessment weights add up to %(total)s %%, not 100 %%.") % {"total": sum(weights)}
                )
        return cleaned


class CoursePage(SpaRoutedPage, Page):
    """The public page of one course of a major: its portal (M6) and course standard (课程标准).

    Portal fields and the standard live in the page revisions, so a teacher's change is a draft until the
    course portal review approves it (``cms.courses.portal``).
    """

    kind = models.CharField(_("kind"), max_length=16, choices=CourseKind.choices, default=CourseKind.CORE)
    level = models.CharField(_("level"), max_length=16, choices=CourseLevel.choices, default=CourseLevel.INTERMEDIATE)
    portal_template = models.CharField(
        _("portal template"), max_length=16, choices=PortalTemplate.choices, default=PortalTemplate.CLASSIC
    )
    cover = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("cover"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    summary = models.CharField(_("summary"), max_length=240, blank=True)
    intro = RichTextField(_("introduction"), blank=True, features=["h3", "bold", "italic", "ol", "ul", "link"])
    hours = models.PositiveIntegerField(_("hours"), default=0)
    credits = models.DecimalField(
        _("credits"), max_digits=4, decimal_places=1, default=0, validators=[MinValueValidator(0)]
    )
    semester = models.PositiveSmallIntegerField(
        _("semester"), null=True, blank=True, validators=[MinValueValidator(1), MaxValueValidator(12)]
    )
    certificates = ParentalManyToManyField(
        "majors.Certificate", verbose_name=_("linked certificates"), blank=True, related_name="courses"
    )

    base_form_class = CoursePageForm
    parent_page_types = ["majors.MajorPage"]
    subpage_types: list[str] = []

    search_fields = Page.search_fields + [index.SearchField("summary"), index.SearchField("intro")]

    content_panels = Page.content_panels + [
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("kind"), FieldPanel("level")]),
                FieldRowPanel([FieldPanel("hours"), FieldPanel("credits"), FieldPanel("semester")]),
            ],
            heading=_("Course facts"),
        ),
        MultiFieldPanel([FieldPanel("portal_template"), FieldPanel("cover")], heading=_("Portal")),
        FieldPanel("summary"),
        FieldPanel("intro"),
        FieldPanel("certificates", widget=forms.CheckboxSelectMultiple),
        MultiFieldPanel(
            [
                InlinePanel("goals", label=_("Goals")),
                InlinePanel("outline_items", label=_("Content and hours per module")),
                InlinePanel("teaching_methods", label=_("Teaching methods")),
                InlinePanel("assessment_items", label=_("Assessment")),
            ],
            heading=_("Course standard"),
        ),
        InlinePanel("knowledge_points", label=_("Must-master skill points")),
        InlinePanel("teachers", label=_("Teacher team")),
    ]

    class Meta:
        verbose_name = _("course")
        verbose_name_plural = _("courses")

    def spa_path(self) -> str:
        return f"/courses/{self.pk}"


class KnowledgePointKind(models.TextChoices):
    KNOWLEDGE = "knowledge", _("Knowledge point")
    SKILL = "skill", _("Skill point")


class KnowledgePoint(ClusterableModel, Orderable):
    """Smallest teaching unit of a course; skill points map to the job positions they prepare for."""

    course = ParentalKey(CoursePage, on_delete=models.CASCADE, related_name="knowledge_points")
    kind = models.CharField(
        _("kind"), max_length=16, choices=KnowledgePointKind.choices, default=KnowledgePointKind.SKILL
    )
    name = models.CharField(_("name"), max_length=128)
    description = models.TextField(_("description"), blank=True)
    job_positions = ParentalManyToManyField(
        "majors.JobPosition", verbose_name=_("job positions"), blank=True, related_name="knowledge_points"
    )

    panels = [
        FieldPanel("kind"),
        FieldPanel("name"),
        FieldPanel("description"),
        FieldPanel("job_positions", widget=forms.CheckboxSelectMultiple),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("knowledge or skill point")

    def __str__(self) -> str:
        return self.name


class TeacherRole(models.TextChoices):
    LEAD = "lead", _("Course lead")
    MEMBER = "member", _("Team member")


class CourseTeacher(Orderable):
    """A member of the course's teacher team; linked to an account when the teacher has one."""

    course = ParentalKey(CoursePage, on_delete=models.CASCADE, related_name="teachers")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("account"), null=True, blank=True, on_delete=models.SET_NULL
    )
    name = models.CharField(_("name"), max_length=64)
    title = models.CharField(_("title"), max_length=64, blank=True, help_text=_("e.g. 教授, 高级工程师, 双师型教师"))
    organisation = models.CharField(_("organisation"), max_length=128, blank=True)
    role = models.CharField(_("role"), max_length=16, choices=TeacherRole.choices, default=TeacherRole.MEMBER)
    bio = models.TextField(_("biography"), blank=True)
    photo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("photo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("title"),
        FieldPanel("organisation"),
        FieldPanel("role"),
        FieldPanel("bio"),
        FieldPanel("photo"),
        FieldPanel("user"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("course teacher")


class OutlineItem(Orderable):
    """One chapter of the course outline."""

    course = ParentalKey(CoursePage, on_delete=models.CASCADE, related_name="outline_items")
    title = models.CharField(_("title"), max_length=128)
    summary = models.TextField(_("summary"), blank=True)
    hours = models.PositiveIntegerField(_("hours"), default=0)

    panels = [FieldPanel("title"), FieldPanel("hours"), FieldPanel("summary")]

    class Meta(Orderable.Meta):
        verbose_name = _("outline item")


class GoalKind(models.TextChoices):
    """The three goal groups of a Chinese vocational course standard."""

    KNOWLEDGE = "knowledge", _("Knowledge goal")
    SKILL = "skill", _("Ability goal")
    QUALITY = "quality", _("Quality goal")


class CourseGoal(Orderable):
    """One goal of the course standard (知识目标 / 能力目标 / 素质目标)."""

    course = ParentalKey(CoursePage, on_delete=models.CASCADE, related_name="goals")
    kind = models.CharField(_("kind"), max_length=16, choices=GoalKind.choices, default=GoalKind.KNOWLEDGE)
    text = models.CharField(_("goal"), max_length=500)

    panels = [FieldPanel("kind"), FieldPanel("text")]

    class Meta(Orderable.Meta):
        verbose_name = _("course goal")


class TeachingMethod(Orderable):
    """A teaching method of the course standard, e.g. 项目教学 with how the course uses it."""

    course = ParentalKey(CoursePage, on_delete=models.CASCADE, related_name="teaching_methods")
    name = models.CharField(_("method"), max_length=64)
    description = models.TextField(_("how it is used"), blank=True)

    panels = [FieldPanel("name"), FieldPanel("description")]

    class Meta(Orderable.Meta):
        verbose_name = _("teaching method")


class AssessmentItem(Orderable):
    """One part of the course assessment with its weight; the weights of a course add up to 100."""

    course = ParentalKey(CoursePage, on_delete=models.CASCADE, related_name="assessment_items")
    name = models.CharField(_("assessed part"), max_length=64)
    weight = models.PositiveSmallIntegerField(
        _("weight (%)"), default=0, validators=[MinValueValidator(0), MaxValueValidator(100)]
    )
    description = models.TextField(_("how it is assessed"), blank=True)

    panels = [FieldRowPanel([FieldPanel("name"), FieldPanel("weight")]), FieldPanel("description")]

    class Meta(Orderable.Meta):
        verbose_name = _("assessment item")


class KnowledgeEdgeKind(models.TextChoices):
    CONTAINS = "contains", _("Contains (source includes target)")
    PREREQUISITE = "prerequisite", _("Prerequisite (source before target)")


class KnowledgeEdge(models.Model):
    """An edge of a course's knowledge graph (M7, C2) between two points of the same course.

    Both ends belong to ``course``: cross-course order is the major's course-system graph
    (``majors.CourseRelation``), so each course team owns its graph and its study order alone.
    Edges are not part of the page's revisions: they are course-team metadata, changed through
    ``cms.courses.services`` (which refuses cycles) and removed with either point.
    """

    course = models.ForeignKey(CoursePage, on_delete=models.CASCADE, related_name="knowledge_edges")
    source = models.ForeignKey(
        KnowledgePoint, verbose_name=_("from point"), on_delete=models.CASCADE, related_name="outgoing_edges"
    )
    target = models.ForeignKey(
        KnowledgePoint, verbose_name=_("to point"), on_delete=models.CASCADE, related_name="incoming_edges"
    )
    kind = models.CharField(_("kind"), max_length=16, choices=KnowledgeEdgeKind.choices)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, editable=False, related_name="+"
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)

    class Meta:
        verbose_name = _("knowledge graph edge")
        verbose_name_plural = _("knowledge graph edges")
        ordering = ["id"]
        constraints = [
            models.UniqueConstraint(fields=["source", "target", "kind"], name="courses_knowledge_edge_unique"),
            models.CheckConstraint(
                condition=~models.Q(source=models.F("target")), name="courses_knowledge_edge_no_self"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.source_id} -{self.kind}-> {self.target_id}"


class KnowledgePointLayout(models.Model):
    """Where the course team placed a point in the graph editor (M7, C2), in the editor's graph units.

    Like edges, a layout is course-team metadata outside the page revisions: dragging a node is no change
    of the course page to review, and publishing an older revision must not move the graph. Points never
    arranged have no row (the SPA lays them out itself); the row goes with its point.
    """

    point = models.OneToOneField(
        KnowledgePoint, on_delete=models.CASCADE, primary_key=True, related_name="layout", verbose_name=_("point")
    )
    x = models.FloatField(_("x"))
    y = models.FloatField(_("y"))
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    class Meta:
        verbose_name = _("knowledge point position")
        verbose_name_plural = _("knowledge point positions")

    def __str__(self) -> str:
        return f"{self.point_id} @ ({self.x:g}, {self.y:g})"


# ---------------------------------------------------------------------------------------------------------
# Course structure built from the library (M5, T1, C3): course → modules → units → items.
#
# ``OutlineItem`` stays the chapter list of the course page (part of the page and its revisions, and what
# ``Resource.module`` classifies library resources by). The structure below is course-team metadata outside
# the page revisions (like ``KnowledgeEdge``): rows written by services would otherwise be dropped the next
# time an older page revision is published. A ``CourseModule`` may name the outline chapter it teaches.
# ---------------------------------------------------------------------------------------------------------


class CourseModule(models.Model):
    """A module (模块) of a course's structure; modules may nest (a parent module in the same course)."""

    course = models.ForeignKey(CoursePage, on_delete=models.CASCADE, related_name="modules")
    parent = models.ForeignKey(
        "self", verbose_name=_("parent module"), on_delete=models.CASCADE, null=True, blank=True, related_name="+"
    )
    outline_item = models.ForeignKey(
        OutlineItem,
        verbose_name=_("outline chapter"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="modules",
    )
    title = models.CharField(_("title"), max_length=128)
    order = models.PositiveIntegerField(_("order"), default=0)

    class Meta:
        verbose_name = _("course module")
        verbose_name_plural = _("course modules")
        ordering = ["order", "id"]
        indexes = [models.Index(fields=["course", "order"], name="courses_module_course_order")]

    def __str__(self) -> str:
        return self.title


class CourseUnit(models.Model):
    """A unit (单元) of a module: an ordered list of items."""

    module = models.ForeignKey(CourseModule, on_delete=models.CASCADE, related_name="units")
    title = models.CharField(_("title"), max_length=128)
    order = models.PositiveIntegerField(_("order"), default=0)

    class Meta:
        verbose_name = _("course unit")
        verbose_name_plural = _("course units")
        ordering = ["order", "id"]
        indexes = [models.Index(fields=["module", "order"], name="courses_unit_module_order")]

    def __str__(self) -> str:
        return self.title


class Assembly(models.Model):
    """积件: a reusable, named combination of library resources (e.g. video + animation + exercise for one
    skill point). It references resources and never copies them; any course team may use it, its owner
    edits it."""

    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="assemblies"
    )
    organisation = models.ForeignKey(
        "accounts.Organisation",
        verbose_name=_("organisation"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="assemblies",
    )
    title = models.CharField(_("title"), max_length=128)
    description = models.TextField(_("description"), blank=True)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    class Meta:
        verbose_name = _("assembly")
        verbose_name_plural = _("assemblies")
        ordering = ["-id"]

    def __str__(self) -> str:
        return self.title


class AssemblyEntry(models.Model):
    """One resource of an assembly, in order: a reference (a citation of the resource)."""

    assembly = models.ForeignKey(Assembly, on_delete=models.CASCADE, related_name="entries")
    # A purged resource (emptied from the recycle bin) leaves its assemblies.
    resource = models.ForeignKey("resources.Resource", on_delete=models.CASCADE, related_name="assembly_entries")
    order = models.PositiveIntegerField(_("order"), default=0)

    class Meta:
        verbose_name = _("assembly resource")
        ordering = ["order", "id"]
        constraints = [models.UniqueConstraint(fields=["assembly", "resource"], name="courses_assembly_entry_unique")]

    def __str__(self) -> str:
        return f"{self.assembly_id}:{self.resource_id}"


class CourseItem(models.Model):
    """An item of a unit: a reference to one library resource or one assembly (services require one).

    The reference is to the resource row, whose live (approved) values are what learners see: when the
    resource is updated and re-approved, every course using it shows the new version without a change here.
    """

    unit = models.ForeignKey(CourseUnit, on_delete=models.CASCADE, related_name="items")
    # SET_NULL: a resource purged from the recycle bin leaves an empty item the team sees as affected.
    resource = models.ForeignKey(
        "resources.Resource", on_delete=models.SET_NULL, null=True, blank=True, related_name="course_items"
    )
    assembly = models.ForeignKey(Assembly, on_delete=models.PROTECT, null=True, blank=True, related_name="course_items")
    order = models.PositiveIntegerField(_("order"), default=0)
    open_for_trial = models.BooleanField(
        _("open for trial"), default=False, help_text=_("Anonymous visitors may open this item (试学).")
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, editable=False, related_name="+"
    )

    class Meta:
        verbose_name = _("course item")
        verbose_name_plural = _("course items")
        ordering = ["order", "id"]
        indexes = [models.Index(fields=["unit", "order"], name="courses_item_unit_order")]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(resource__isnull=True) | models.Q(assembly__isnull=True),
                name="courses_item_one_reference",
            )
        ]

    def __str__(self) -> str:
        return f"{self.unit_id}:{self.resource_id or self.assembly_id}"


class CourseVersion(models.Model):
    """A published, frozen structure of a course (课程结构版本).

    ``structure`` is a JSON snapshot of modules, units and items (resource ids, assembly ids with their
    resource ids at that moment). Learners read the latest version while the team edits the working copy;
    a running class pins one version id. Resources stay references: a version shows each resource's current
    live values, and a withdrawn one as unavailable.
    """

    course = models.ForeignKey(CoursePage, on_delete=models.CASCADE, related_name="structure_versions")
    number = models.PositiveIntegerField(_("number"))
    structure = models.JSONField(_("structure"), default=dict)
    published_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, editable=False, related_name="+"
    )
    published_at = models.DateTimeField(_("published at"), auto_now_add=True)

    class Meta:
        verbose_name = _("course structure version")
        verbose_name_plural = _("course structure versions")
        ordering = ["course", "-number"]
        constraints = [models.UniqueConstraint(fields=["course", "number"], name="courses_version_unique")]

    def __str__(self) -> str:
        return f"{self.course_id} v{self.number}"


class CoursePortalReviewTask(Task):
    """Review level for course portal changes (M6): the same workflow machinery as resource review (M1).

    When the level starts, sensitive words send the draft back on their own; otherwise the reviewers of the
    host institutions decide. Nobody decides on a draft they submitted themselves.
    """

    admin_form_fields = Task.admin_form_fields

    class Meta:
        verbose_name = _("course portal review")
        verbose_name_plural = _("course portal reviews")

    def start(self, workflow_state, user=None):
        from cms.courses.portal import portal_problems

        task_state = super().start(workflow_state, user=user)
        problems = portal_problems(task_state.revision.as_object())
        if problems:
            task_state.reject(user=None, update=False, comment="\n".join(problems))
        return task_state

    def user_can_review(self, obj, user) -> bool:
        from cms.courses.portal import user_can_review_portal

        return user_can_review_portal(obj, user)

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
        from cms.courses.portal import portal_task_states_reviewable

        return portal_task_states_reviewable(self, user)

    @classmethod
    def get_description(cls):
        return _("Checks sensitive words, then the reviewers of the host institutions approve or return the change")

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
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page
from wagtail.search import index

from cms.core.models import SpaRoutedPage


class CourseKind(models.TextChoices):
    FOUNDATION = "foundation", _("Major foundation course")
    CORE = "core", _("Major core course")


class CoursePage(SpaRoutedPage, Page):
    """The public page of one course of a major."""

    kind = models.CharField(_("kind"), max_length=16, choices=CourseKind.choices, default=CourseKind.CORE)
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

    parent_page_types = ["majors.MajorPage"]
    subpage_types: list[str] = []

    search_fields = Page.search_fields + [index.SearchField("summary"), index.SearchField("intro")]

    content_panels = Page.content_panels + [
        MultiFieldPanel(
            [
                FieldPanel("kind"),
                FieldRowPanel([FieldPanel("hours"), FieldPanel("credits"), FieldPanel("semester")]),
            ],
            heading=_("Course facts"),
        ),
        FieldPanel("summary"),
        FieldPanel("intro"),
        FieldPanel("certificates", widget=forms.CheckboxSelectMultiple),
        InlinePanel("knowledge_points", label=_("Must-master skill points")),
        InlinePanel("teachers", label=_("Teacher team")),
        InlinePanel("outline_items", label=_("Outline")),
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

    panels = [
        FieldPanel("name"),
        FieldPanel("title"),
        FieldPanel("organisation"),
        FieldPanel("role"),
        FieldPanel("bio"),
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

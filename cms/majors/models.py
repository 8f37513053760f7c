"""A major, its talent-training program (C1) and the graph of its course system (C2).

The major is a Wagtail page so that its program and course graph go through drafts, revisions and
publishing together: what the SPA shows is always the last published revision (the live rows).
"""

from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator, RegexValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel, ObjectList, TabbedInterface
from wagtail.models import Orderable, Page
from wagtail.search import index
from wagtail.snippets.models import register_snippet

from cms.core.models import SpaRoutedPage


def split_lines(text: str) -> list[str]:
    """Editors write list fields one item per line; blank lines are ignored."""
    return [line.strip() for line in text.splitlines() if line.strip()]


class JobPosition(index.Indexed, models.Model):
    """A job a skill point prepares for (职业岗位)."""

    name = models.CharField(_("name"), max_length=64, unique=True)
    description = models.TextField(_("description"), blank=True)
    sort_order = models.PositiveIntegerField(_("sort order"), default=0)

    panels = [FieldPanel("name"), FieldPanel("description"), FieldPanel("sort_order")]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta:
        verbose_name = _("job position")
        verbose_name_plural = _("job positions")
        ordering = ["sort_order", "id"]

    def __str__(self) -> str:
        return self.name


class CertificateKind(models.TextChoices):
    ONE_PLUS_X = "one_plus_x", _("1+X vocational skill level certificate")
    VOCATIONAL_QUALIFICATION = "vocational_qualification", _("Vocational qualification certificate")
    OTHER = "other", _("Other certificate")


class Certificate(index.Indexed, models.Model):
    """A certificate mapped into training programs (书证融通 / 1+X)."""

    name = models.CharField(_("name"), max_length=128, unique=True)
    kind = models.CharField(
        _("kind"), max_length=32, choices=CertificateKind.choices, default=CertificateKind.ONE_PLUS_X
    )
    level = models.CharField(_("level"), max_length=32, blank=True, help_text=_("e.g. 初级 / 中级 / 高级"))
    issuer = models.CharField(_("issuing organisation"), max_length=128, blank=True)
    description = models.TextField(_("description"), blank=True)

    panels = [
        FieldPanel("name"),
        FieldPanel("kind"),
        FieldPanel("level"),
        FieldPanel("issuer"),
        FieldPanel("description"),
    ]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta:
        verbose_name = _("certificate")
        verbose_name_plural = _("certificates")
        ordering = ["id"]

    def __str__(self) -> str:
        return f"{self.name}（{self.level}）" if self.level else self.name


register_snippet(JobPosition)
register_snippet(Certificate)


class LibraryHomePage(SpaRoutedPage, Page):
    """Root of the library's page tree; names the major the home page features."""

    featured_major = models.ForeignKey(
        "majors.MajorPage",
        verbose_name=_("featured major"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    intro = models.TextField(_("introduction"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("featured_major"), FieldPanel("intro")]
    subpage_types = ["majors.MajorPage"]
    max_count = 1

    class Meta:
        verbose_name = _("library home page")

    def spa_path(self) -> str:
        return "/"


class MajorPageForm(WagtailAdminPageForm):
    """Validates the course graph as a whole before anything is saved."""

    def clean(self):
        cleaned = super().clean()
        from cms.majors.services import course_relations_validate  # form → service, never the reverse

        formset = self.formsets.get("course_relations")
        if formset is None or any(f.errors for f in formset.forms):
            return cleaned
        rows = []
        for form in formset.forms:
            data = getattr(form, "cleaned_data", None)
            if not data or data.get("DELETE") or not data.get("source") or not data.get("target"):
                continue
            rows.append((form, data["source"], data["target"], data["kind"]))
        problems = course_relations_validate(
            major=self.instance, edges=[(source, target, kind) for _f, source, target, kind in rows]
        )
        for index_, message in problems:
            rows[index_][0].add_error("target", message)
        if problems:
            # A page-level message too, so the editor sees why nothing was saved.
            self.add_error(None, problems[0][1])
        return cleaned


class MajorLevel(models.TextChoices):
    SECONDARY = "secondary", _("Secondary vocational")
    HIGHER_DIPLOMA = "higher_diploma", _("Higher vocational diploma")
    BACHELOR = "bachelor", _("Vocational bachelor")


class MajorPage(SpaRoutedPage, Page):
    """A major from the 2021 vocational major catalogue with its training program (C1)."""

    code = models.CharField(
        _("major code"),
        max_length=6,
        validators=[RegexValidator(r"^\d{6}$", _("A major code has six digits, e.g. 460103."))],
        help_text=_("Code in the 2021 vocational major catalogue, e.g. 460103."),
    )
    category = models.CharField(_("major category"), max_length=64, help_text=_("e.g. 装备制造大类"))
    subcategory = models.CharField(_("major subcategory"), max_length=64, help_text=_("e.g. 机械设计制造类"))
    level = models.CharField(_("level"), max_length=16, choices=MajorLevel.choices, default=MajorLevel.HIGHER_DIPLOMA)
    duration_years = models.PositiveSmallIntegerField(
        _("duration (years)"), default=3, validators=[MinValueValidator(1), MaxValueValidator(6)]
    )
    intro = models.TextField(_("introduction"), blank=True)

    training_goal = models.TextField(_("training goal"), blank=True)
    abilities = models.TextField(
        _("quality, knowledge and ability requirements"), blank=True, help_text=_("One item per line.")
    )
    graduation_requirements = models.TextField(
        _("graduation requirements"), blank=True, help_text=_("One item per line.")
    )
    certificates = ParentalManyToManyField(
        Certificate, verbose_name=_("linked certificates"), blank=True, related_name="majors"
    )

    base_form_class = MajorPageForm
    parent_page_types = ["majors.LibraryHomePage"]
    subpage_types = ["courses.CoursePage"]

    search_fields = Page.search_fields + [index.SearchField("code"), index.SearchField("intro")]

    content_panels = Page.content_panels + [
        MultiFieldPanel(
            [
                FieldPanel("code"),
                FieldPanel("category"),
                FieldPanel("subcategory"),
                FieldPanel("level"),
                FieldPanel("duration_years"),
            ],
            heading=_("Catalogue"),
        ),
        FieldPanel("intro"),
    ]
    program_panels = [
        FieldPanel("training_goal"),
        FieldPanel("abilities"),
        InlinePanel("course_settings", label=_("Course settings")),
        InlinePanel("practice_components", label=_("Practice components")),
        FieldPanel("graduation_requirements"),
        FieldPanel("certificates", widget=forms.CheckboxSelectMultiple),
    ]
    graph_panels = [InlinePanel("course_relations", label=_("Course relations"))]
    edit_handler = TabbedInterface(
        [
            ObjectList(content_panels, heading=_("Major")),
            ObjectList(program_panels, heading=_("Training program")),
            ObjectList(graph_panels, heading=_("Course system graph")),
            ObjectList(Page.promote_panels, heading=_("Promote")),
            ObjectList(Page.settings_panels, heading=_("Settings")),
        ]
    )

    class Meta:
        verbose_name = _("major")
        verbose_name_plural = _("majors")

    def spa_path(self) -> str:
        return f"/majors/{self.code}"

    def clean(self) -> None:
        super().clean()
        clash = MajorPage.objects.filter(code=self.code, locale_id=self.locale_id).exclude(pk=self.pk)
        if self.code and clash.exists():
            raise ValidationError({"code": _("Another major already uses code %(code)s.") % {"code": self.code}})


class CourseSettingCategory(models.TextChoices):
    PUBLIC_BASIC = "public_basic", _("Public foundation courses")
    FOUNDATION = "foundation", _("Major foundation courses")
    CORE = "core", _("Major core courses")
    EXTENSION = "extension", _("Major extension courses")


class CourseSetting(Orderable):
    """One block of the program's course settings: credits and hours per category."""

    major = ParentalKey(MajorPage, on_delete=models.CASCADE, related_name="course_settings")
    category = models.CharField(_("category"), max_length=16, choices=CourseSettingCategory.choices)
    credits = models.DecimalField(_("credits"), max_digits=5, decimal_places=1, validators=[MinValueValidator(0)])
    hours = models.PositiveIntegerField(_("hours"))
    practice_hours = models.PositiveIntegerField(_("practice hours"), default=0)
    course_names = models.TextField(_("courses"), blank=True, help_text=_("One course per line."))

    panels = [
        FieldPanel("category"),
        FieldPanel("credits"),
        FieldPanel("hours"),
        FieldPanel("practice_hours"),
        FieldPanel("course_names"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("course setting")

    def clean(self) -> None:
        super().clean()
        if self.hours is not None and self.practice_hours is not None and self.practice_hours > self.hours:
            raise ValidationError({"practice_hours": _("Practice hours cannot exceed total hours.")})


class PracticeKind(models.TextChoices):
    TRAINING = "training", _("Practical training")
    INTERNSHIP = "internship", _("Post internship")
    GRADUATION_PROJECT = "graduation_project", _("Graduation project")
    OTHER = "other", _("Other")


class PracticeComponent(Orderable):
    """A practice component of the program (实训, 岗位实习 …)."""

    major = ParentalKey(MajorPage, on_delete=models.CASCADE, related_name="practice_components")
    name = models.CharField(_("name"), max_length=128)
    kind = models.CharField(_("kind"), max_length=32, choices=PracticeKind.choices, default=PracticeKind.TRAINING)
    hours = models.PositiveIntegerField(_("hours"))
    credits = models.DecimalField(_("credits"), max_digits=5, decimal_places=1, default=0)
    semester = models.CharField(_("semester"), max_length=32, blank=True, help_text=_("e.g. 第5学期"))
    description = models.TextField(_("description"), blank=True)

    panels = [
        FieldPanel("name"),
        FieldPanel("kind"),
        FieldPanel("hours"),
        FieldPanel("credits"),
        FieldPanel("semester"),
        FieldPanel("description"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("practice component")


class CourseRelationKind(models.TextChoices):
    PREREQUISITE = "prerequisite", _("Prerequisite (source before target)")
    RELATED = "related", _("Related")


class CourseRelation(Orderable):
    """An edge of the course-system graph between two courses of the major."""

    major = ParentalKey(MajorPage, on_delete=models.CASCADE, related_name="course_relations")
    source = models.ForeignKey(
        "courses.CoursePage", verbose_name=_("from course"), on_delete=models.CASCADE, related_name="+"
    )
    target = models.ForeignKey(
        "courses.CoursePage", verbose_name=_("to course"), on_delete=models.CASCADE, related_name="+"
    )
    kind = models.CharField(
        _("kind"), max_length=16, choices=CourseRelationKind.choices, default=CourseRelationKind.PREREQUISITE
    )

    panels = [FieldPanel("source"), FieldPanel("kind"), FieldPanel("target")]

    class Meta(Orderable.Meta):
        verbose_name = _("course relation")

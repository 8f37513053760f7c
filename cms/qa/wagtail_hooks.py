"""The knowledge Q&A in the Wagtail admin (M7, issue 6): menu "Course Q&A".

FAQ entries (filter by course, search), synonym groups and the questions learners posted when the FAQ declined
(filter by status; the course team marks them answered or closed). Who sees which rows: ``cms.qa.permissions``.
"""

from functools import wraps

from django import forms
from django.contrib.admin.utils import unquote
from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, ObjectList
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from cms.courses.models import KnowledgePoint
from cms.qa.models import CourseQuestion, FaqEntry, Synonym
from cms.qa.permissions import CourseQaPermissionPolicy, qa_course_ids, qa_courses

for _model in (FaqEntry, Synonym, CourseQuestion):
    register_permission_policy(_model, CourseQaPermissionPolicy(_model), exact_class=True)


class CourseScopedForm(WagtailAdminModelForm):
    """Only the courses (and their points) the person manages can be chosen."""

    def __init__(self, *args, for_user=None, **kwargs):
        super().__init__(*args, for_user=for_user, **kwargs)
        if "course" in self.fields:
            self.fields["course"].queryset = qa_courses(for_user).order_by("title")
            if isinstance(self.instance, Synonym) and not qa_course_ids(for_user)[1]:
                self.fields["course"].required = True  # a team member cannot change every course's answers
        if "knowledge_points" in self.fields:
            self.fields["knowledge_points"].queryset = KnowledgePoint.objects.filter(
                course__in=qa_courses(for_user)
            ).order_by("course_id", "sort_order", "id")

    def clean(self):
        cleaned = super().clean()
        course, points = cleaned.get("course"), cleaned.get("knowledge_points")
        if course is not None and points:
            foreign = [p.name for p in points if p.course_id != course.pk]
            if foreign:
                self.add_error(
                    "knowledge_points", _("Not points of this course: %(names)s") % {"names": "、".join(foreign)}
                )
        return cleaned


def _guard(callback, model):
    """Every view of one row (edit, delete, history, usage …) first checks the row is one the person manages:
    Wagtail's generic views check the action, not the row."""
    policy = CourseQaPermissionPolicy(model)

    @wraps(callback)
    def view(request, *args, **kwargs):
        pk = kwargs.get("pk")
        if pk is not None:
            rows = policy.instances_user_has_any_permission_for(request.user, ["change"])
            if not rows.filter(pk=unquote(str(pk))).exists():
                raise PermissionDenied
        return callback(request, *args, **kwargs)

    return view


class CourseScopedViewSet(SnippetViewSet):
    copy_view_enabled = False
    search_backend_name = None  # plain database search: Wagtail's index does not segment Chinese

    def get_queryset(self, request):
        return CourseQaPermissionPolicy(self.model).instances_user_has_any_permission_for(request.user, ["change"])

    def get_urlpatterns(self):
        patterns = super().get_urlpatterns()
        for pattern in patterns:
            pattern.callback = _guard(pattern.callback, self.model)
        return patterns


class FaqEntryViewSet(CourseScopedViewSet):
    model = FaqEntry
    icon = "help"
    menu_label = _("FAQ entries")
    menu_name = "faq-entries"
    list_display = ["question", "course", "updated_at"]
    list_filter = ["course"]
    list_per_page = 30
    search_fields = ["question", "alternatives", "answer"]
    edit_handler = ObjectList(
        [
            FieldPanel("course", widget=forms.Select),
            FieldPanel("question"),
            FieldPanel("alternatives"),
            FieldPanel("answer"),
            FieldPanel("knowledge_points", widget=forms.CheckboxSelectMultiple),
        ],
        base_form_class=CourseScopedForm,
    )

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("course")


class SynonymViewSet(CourseScopedViewSet):
    model = Synonym
    icon = "list-ul"
    menu_label = _("Synonym groups")
    menu_name = "synonym-groups"
    list_display = ["__str__", "course", "updated_at"]
    list_filter = ["course"]
    search_fields = ["terms"]
    edit_handler = ObjectList(
        [FieldPanel("terms"), FieldPanel("course", widget=forms.Select)], base_form_class=CourseScopedForm
    )


class CourseQuestionViewSet(CourseScopedViewSet):
    model = CourseQuestion
    icon = "comment"
    menu_label = _("Posted questions")
    menu_name = "course-questions"
    list_display = ["text", "course", "user", "status", "created_at"]
    list_filter = ["status", "course"]
    list_per_page = 30
    search_fields = ["text"]
    panels = [FieldPanel("text", read_only=True), FieldPanel("status")]

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("course", "user")


class CourseQaViewSetGroup(SnippetViewSetGroup):
    items = (FaqEntryViewSet, CourseQuestionViewSet, SynonymViewSet)
    menu_label = _("Course Q&A")
    menu_icon = "help"
    menu_name = "course-qa"
    menu_order = 160


register_snippet(CourseQaViewSetGroup)

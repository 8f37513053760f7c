"""The knowledge Q&A in the Wagtail admin (M7, issue 6): menu "Course Q&A".

FAQ entries (filter by course, search), synonym groups and the questions learners posted when the FAQ declined
(filter by status; the course team answers them — optionally into the FAQ — or dismisses them with a reason,
through the same services as the course page). Who sees which rows: ``cms.qa.permissions``; of an asker the
admin shows the name only.
"""

from functools import wraps

from django import forms
from django.contrib.admin.utils import unquote
from django.core.exceptions import PermissionDenied
from django.utils import timezone
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, HelpPanel, ObjectList
from wagtail.admin.ui.tables import Column
from wagtail.log_actions import log
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import EditView, SnippetViewSet, SnippetViewSetGroup

from cms.core.errors import DomainError
from cms.courses.models import KnowledgePoint
from cms.qa import services
from cms.qa.models import CourseQuestion, CourseQuestionStatus, FaqEntry, Synonym
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
        if isinstance(self.instance, FaqEntry):  # the FAQ is public wherever the course is (C12)
            for name in ("question", "alternatives", "answer"):
                blocked = services.blocked_words(cleaned.get(name) or "")
                if blocked:
                    self.add_error(name, _("Sensitive words found: %(words)s.") % {"words": "、".join(blocked)})
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


class QuestionFactsPanel(HelpPanel):
    """Read-only facts of a posted question. Of the asker only the name: the team needs no more of the account."""

    class BoundPanel(HelpPanel.BoundPanel):
        def __init__(self, **kwargs):
            super().__init__(**kwargs)
            question = self.instance
            when = lambda at: timezone.localtime(at).strftime("%Y-%m-%d %H:%M") if at else ""  # noqa: E731
            facts = [
                (_("asked by"), question.asker_name),
                (_("posted at"), when(question.created_at)),
                (_("status"), question.get_status_display()),
            ]
            if question.answered_by_id:
                facts.append((_("answered by"), f"{question.answered_by.display_name} · {when(question.answered_at)}"))
            if question.dismissed_by_id:
                facts.append(
                    (_("dismissed by"), f"{question.dismissed_by.display_name} · {when(question.dismissed_at)}")
                )
            if question.faq_entry_id:
                facts.append((_("FAQ entry"), str(question.faq_entry)))
            self.content = format_html(
                '<dl class="zyk-question-facts">{}</dl>',
                format_html_join("", "<dt><strong>{}</strong></dt><dd>{}</dd>", facts),
            )


class CourseQuestionForm(WagtailAdminModelForm):
    """Answer (optionally into the FAQ with points of the question's course) or dismiss with a reason."""

    add_to_faq = forms.BooleanField(
        label=_("Add to the FAQ"),
        required=False,
        help_text=_("The question and answer become an FAQ entry: the next learner asking it is answered at once."),
    )
    knowledge_points = forms.ModelMultipleChoiceField(
        label=_("knowledge points"),
        queryset=KnowledgePoint.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("With “Add to the FAQ”: what the FAQ entry is about."),
    )

    def __init__(self, *args, for_user=None, **kwargs):
        super().__init__(*args, for_user=for_user, **kwargs)
        question = self.instance
        if question.pk:
            self.fields["knowledge_points"].queryset = KnowledgePoint.objects.filter(
                course_id=question.course_id
            ).order_by("sort_order", "id")
            self.fields["knowledge_points"].label_from_instance = lambda point: point.name
            if question.faq_entry_id:
                self.initial["knowledge_points"] = list(question.faq_entry.knowledge_points.all())


def _form_field(field: str | None) -> str | None:
    return {"point_ids": "knowledge_points", "reason": "dismiss_reason", "note": "dismiss_note"}.get(field, field)


class CourseQuestionEditView(EditView):
    """Saving goes through ``course_question_answer`` / ``course_question_dismiss`` (who, when, FAQ, email),
    never a plain model save; their refusals show on the form."""

    def form_valid(self, form):
        self.form = form
        try:
            self.object = self.save_instance()
        except DomainError as error:
            field = _form_field(error.field)
            form.add_error(field if field in form.fields else None, error.message)
            self.produced_error_code = "validation_error"
            self.produced_error_message = self.get_error_message()
            return self.form_invalid(form)
        response = self.save_action()
        return self.run_after_hook() or response

    def save_instance(self):
        data, question, user = self.form.cleaned_data, self.object, self.request.user
        stored = CourseQuestion.objects.get(pk=question.pk)
        answer = (data.get("answer") or "").strip()
        if answer:
            unchanged = stored.status == CourseQuestionStatus.ANSWERED and stored.answer == answer
            if unchanged and not data.get("add_to_faq"):
                return stored
            saved = services.course_question_answer(
                user=user,
                question=stored,
                answer=answer,
                add_to_faq=bool(data.get("add_to_faq")),
                knowledge_points=list(data.get("knowledge_points") or []),
            )
        elif data.get("dismiss_reason"):
            saved = services.course_question_dismiss(
                user=user, question=stored, reason=data["dismiss_reason"], note=data.get("dismiss_note") or ""
            )
        else:
            raise DomainError(_("Write an answer, or choose why the question is dismissed."), field="answer")
        log(instance=saved, action="wagtail.edit", user=user)
        return saved


class CourseQuestionViewSet(CourseScopedViewSet):
    model = CourseQuestion
    icon = "comment"
    menu_label = _("Posted questions")
    menu_name = "course-questions"
    list_display = [
        "text",
        "course",
        Column("asker_name", label=_("asked by")),
        "status",
        "created_at",
        "answered_at",
    ]
    list_filter = ["status", "course"]
    list_per_page = 30
    search_fields = ["text"]
    edit_view_class = CourseQuestionEditView
    edit_handler = ObjectList(
        [
            QuestionFactsPanel(heading=_("Question")),
            FieldPanel("text", read_only=True),
            FieldPanel("answer"),
            FieldPanel("add_to_faq"),
            FieldPanel("knowledge_points"),
            FieldPanel("dismiss_reason"),
            FieldPanel("dismiss_note"),
        ],
        base_form_class=CourseQuestionForm,
    )

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("course", "user")


class CourseQaViewSetGroup(SnippetViewSetGroup):
    items = (FaqEntryViewSet, CourseQuestionViewSet, SynonymViewSet)
    menu_label = _("Course Q&A")
    menu_icon = "help"
    menu_name = "course-qa"
    menu_order = 160


register_snippet(CourseQaViewSetGroup)

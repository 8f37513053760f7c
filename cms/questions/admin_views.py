"""Question bank items in the Wagtail admin (C4, M5): who sees which rows, the edit form, filters, recycle bin.

The admin is a second editor beside the SPA's: the course team and editors of a course (``can_edit_course``,
with the question model permissions of their role group) list and edit its items; the host reviewers open an
item in review to decide on it (``QuestionReviewTask.user_can_access_editor``); nobody but a superuser
publishes by hand — approval publishes. Deleting moves items to the recycle bin (``services.question_delete``);
the bin is a filter, with a restore action; only superusers erase an item from the bin.
"""

from __future__ import annotations

from functools import wraps

import django_filters
from django import forms
from django.contrib.admin.utils import unquote
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Exists, Q, QuerySet
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.html import strip_tags
from django.utils.text import Truncator
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.admin import messages
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.admin.widgets.button import ListingButton
from wagtail.permission_policies.base import ModelPermissionPolicy
from wagtail.permission_policies.pages import PagePermissionPolicy
from wagtail.snippets.views.snippets import CreateView, EditView, IndexView, PreviewOnEditView

from cms.core.errors import DomainError
from cms.courses.models import CoursePage, CourseTeacher, KnowledgePoint, OutlineItem
from cms.courses.permissions import can_edit_course
from cms.questions import selectors, services
from cms.questions.content import ContentError, QuestionType, content_clean
from cms.questions.html import html_clean
from cms.questions.models import Question
from cms.questions.review import is_host_reviewer

MANAGING_ACTIONS = frozenset({"add", "change", "delete", "lock", "unlock"})


def _editable_courses_q(user, prefix: str = "course_id") -> Q:
    team = CourseTeacher.objects.filter(user_id=user.pk).values("course_id")
    pages = PagePermissionPolicy().instances_user_has_permission_for(user, "change").values("pk")
    return Q(**{f"{prefix}__in": team}) | Q(**{f"{prefix}__in": pages})


def admin_questions(user) -> QuerySet[Question]:
    """Top-level items ``user`` may list in the admin (case parts come with their case)."""
    rows = Question.objects.filter(parent__isnull=True)
    if not user.is_authenticated or not user.is_active:
        return rows.none()
    if user.is_superuser:
        return rows
    visible = _editable_courses_q(user)
    if is_host_reviewer(user):
        visible |= Q(Exists(selectors.review_states()))
    return rows.filter(visible)


def _in_review_for(user, question: Question) -> bool:
    task = question.current_workflow_task if question.workflow_in_progress else None
    return task is not None and task.user_can_access_editor(question, user)


class QuestionPermissionPolicy(ModelPermissionPolicy):
    """Model permissions narrowed to the courses a person edits; "publish" only for superusers."""

    def user_has_permission(self, user, action):
        if action == "publish":
            return user.is_active and user.is_superuser
        if action in ("lock", "unlock"):
            action = "change"
        return super().user_has_permission(user, action)

    def user_has_permission_for_instance(self, user, action, instance):
        if action in ("view", "change") and _in_review_for(user, instance):
            return True  # a reviewer opens the editor to decide (saving is refused: ``QuestionEditView.post``)
        if not self.user_has_permission(user, action):
            return False
        if user.is_active and user.is_superuser:
            return True
        rights = user.__dict__.setdefault("_question_course_rights", {})  # one check per course and request
        if instance.course_id not in rights:
            rights[instance.course_id] = can_edit_course(user, instance.course)
        return rights[instance.course_id]

    def instances_user_has_any_permission_for(self, user, actions):
        if not self.user_has_any_permission(user, actions):
            return Question.objects.none()
        return admin_questions(user)


# --- the form ------------------------------------------------------------------------------------------------

CONTENT_HELP = gettext_lazy(
    'The answer key as JSON, by type — single/multiple: {"options": [{"key": "A", "text": "…"}], '
    '"answer": "A" (multiple: ["A", "C"], "partial": "none|half|proportional")}; true/false: '
    '{"answer": true}; blanks: {"blanks": [{"answers": ["…", "…"]}]} with ____ in the stem; matching: '
    '{"left": [...], "right": [...], "answer": {"1": "A"}}; ordering: {"items": [...], "answer": '
    '["B", "A"]}; practical: {"instructions": "…", "submission": ["file"], "rubric": '
    '[{"criterion": "…", "points": 5}]}; short answer, essay and case: {}. Texts are HTML; formulas '
    '<span data-latex="…"></span>.'
)
HTML_HELP = gettext_lazy(
    'HTML. Formulas as <span data-latex="\\frac{a}{b}"></span> (inline) or <div data-latex="…"></div>; '
    "the preview shows them as learners see them."
)


class QuestionAdminForm(WagtailAdminModelForm):
    """The fields of an item, checked by the same rules as every other way in (``content_clean``, ``html_clean``)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        user = self.for_user
        course_id = self.instance.course_id if self.instance.pk else None
        if "course" in self.fields:
            courses = CoursePage.objects.all()
            if user is not None and not user.is_superuser:
                courses = courses.filter(_editable_courses_q(user, prefix="pk") | Q(pk=self.instance.course_id))
            self.fields["course"].queryset = courses.order_by("title")
        if "knowledge_points" in self.fields:
            points = (
                KnowledgePoint.objects.all()
                if course_id is None
                else KnowledgePoint.objects.filter(course_id=course_id)
            )
            self.fields["knowledge_points"].queryset = points.order_by("course_id", "name")
        if "module" in self.fields:
            modules = (
                OutlineItem.objects.all() if course_id is None else OutlineItem.objects.filter(course_id=course_id)
            )
            self.fields["module"].queryset = modules
        for name in ("stem", "reference_answer", "explanation"):
            if name in self.fields:
                self.fields[name].help_text = HTML_HELP
                self.fields[name].strip = False
        if "content" in self.fields:
            self.fields["content"].help_text = CONTENT_HELP
        if self.instance.pk and self.instance.question_type == QuestionType.CASE and "question_type" in self.fields:
            self.fields["question_type"].disabled = True  # a case's parts are edited in the SPA's editor

    def clean(self):
        data = super().clean()
        question_type = data.get("question_type") or self.instance.question_type
        if question_type == QuestionType.CASE and not (self.instance.pk and self.instance.sub_questions.exists()):
            raise ValidationError(
                {"question_type": _("A case analysis and its sub-questions are written in the web app's editor.")}
            )
        for name in ("stem", "reference_answer", "explanation"):
            if name in data:
                data[name] = html_clean(data[name] or "")
        if "stem" in data and not data["stem"]:
            self.add_error("stem", _("Write the question (the stem)."))
        if question_type and "content" in data:
            try:
                data["content"] = content_clean(question_type, data["content"] or {})
            except ContentError as error:
                self.add_error("content", str(error))
        course = data.get("course") or (self.instance.course if self.instance.course_id else None)
        if course is not None:
            if any(p.course_id != course.pk for p in data.get("knowledge_points") or []):
                self.add_error("knowledge_points", _("Some knowledge points are not part of this course."))
            module = data.get("module")
            if module is not None and module.course_id != course.pk:
                self.add_error("module", _("The module is not part of this course."))
        return data


class QuestionFilterSet(WagtailFilterSet):
    deleted = django_filters.BooleanFilter(
        label=gettext_lazy("In the recycle bin"), method="filter_deleted", widget=forms.NullBooleanSelect
    )

    class Meta:
        model = Question
        fields = ["course", "question_type", "difficulty", "live"]

    def filter_deleted(self, queryset, name, value):
        return queryset  # applied in filter_queryset, which also hides the bin by default

    def filter_queryset(self, queryset):
        queryset = super().filter_queryset(queryset)
        in_bin = self.form.cleaned_data.get("deleted") if self.form.is_valid() else None
        return queryset.filter(deleted_at__isnull=not in_bin)


# --- list columns -------------------------------------------------------------------------------------------

STATUS_LABELS = {
    selectors.BankStatus.DRAFT: gettext_lazy("Draft"),
    selectors.BankStatus.IN_REVIEW: gettext_lazy("In review"),
    selectors.BankStatus.PUBLISHED: gettext_lazy("Published"),
    selectors.BankStatus.CHANGED: gettext_lazy("Published, with changes in draft"),
    selectors.BankStatus.DELETED: gettext_lazy("In the recycle bin"),
}


def stem_text(question: Question) -> str:
    """The stem as plain text for the listing (formulas as their LaTeX)."""
    text = strip_tags(question.stem.replace("data-latex=", " data-latex=")) or "—"
    return Truncator(" ".join(text.split())).chars(60)


def status_label(question: Question) -> str:
    return str(STATUS_LABELS[selectors.bank_status(question)])


class StemColumn(TitleColumn):
    """The title column (edit link and row buttons) showing the stem as text."""

    def get_value(self, instance):
        return stem_text(instance)


class StatusColumn(Column):
    def get_value(self, instance):
        return status_label(instance)


# --- views --------------------------------------------------------------------------------------------------


class QuestionIndexView(IndexView):
    def _get_title_column(self, field_name, column_class=TitleColumn, **kwargs):
        return super()._get_title_column(field_name, column_class=StemColumn, **kwargs)

    def get_edit_url(self, instance):
        """Per row: the course's editors, and a host reviewer for an item waiting for them."""
        if self.permission_policy.user_has_permission_for_instance(self.request.user, "change", instance):
            return reverse(self.edit_url_name, args=(instance.pk,))
        return None

    def get_list_buttons(self, instance):
        buttons = super().get_list_buttons(instance)
        if instance.deleted_at is not None and can_edit_course(self.request.user, instance.course):
            url = reverse(Question.snippet_viewset.get_url_name("restore"), args=[instance.pk])
            buttons.insert(0, ListingButton(_("Restore"), url=url, priority=5))
        return buttons


class QuestionCreateView(CreateView):
    def save_instance(self):
        self.form.instance.owner = self.request.user
        return super().save_instance()


class QuestionEditView(EditView):
    def dispatch(self, request, *args, **kwargs):
        if self.object.deleted_at is not None:
            messages.error(request, _("The question is in the recycle bin; restore it first."))
            return redirect(Question.snippet_viewset.get_url_name("list"))
        return super().dispatch(request, *args, **kwargs)

    def post(self, request, *args, **kwargs):
        """A decision from the editor's footer is only a decision: the form is not saved, so the revision that was
        submitted is the one published and the team's draft stays theirs. Otherwise only the course's editors
        save (host reviewers, who may open the editor of an item in review, cannot)."""
        user = request.user
        deciding = "action-workflow-action" in request.POST
        if not deciding:
            if user.is_superuser or can_edit_course(user, self.object.course):
                return super().post(request, *args, **kwargs)
            raise PermissionDenied
        if not self.workflow_action_is_valid():
            raise PermissionDenied
        self.workflow_action_action()
        messages.success(request, _("Your decision on “%(item)s” is recorded.") % {"item": stem_text(self.object)})
        return redirect(Question.snippet_viewset.get_url_name("list"))

    def save_instance(self):
        instance = super().save_instance()
        if not instance.live:  # unpublished items follow their draft, as with ``services.question_update``
            instance.save()
        return instance


REVIEWER_VIEWS = frozenset({"edit", "preview_on_edit", "workflow_action", "workflow_preview", "workflow_history"})


def question_view_guard(view, url_name: str):
    """Wrap an admin view of the viewset: an item outside the user's reach is "not found"; only the course's
    editors change it, and a host reviewer opens the editor, preview and decision views of an item in review."""

    @wraps(view)
    def guarded(request, *args, **kwargs):
        if "pk" in kwargs:
            pk = unquote(str(kwargs["pk"]))
            question = (
                admin_questions(request.user).select_related("course").filter(pk=pk).first() if pk.isdigit() else None
            )
            if question is None:
                raise Http404
            user = request.user
            edits = user.is_superuser or can_edit_course(user, question.course)
            if not edits and (url_name not in REVIEWER_VIEWS or not _in_review_for(user, question)):
                raise PermissionDenied
        return view(request, *args, **kwargs)

    return guarded


class QuestionPreviewOnEditView(PreviewOnEditView):
    """The reviewer of an item in review previews it like its editors (the guard has checked the rest)."""

    def user_has_permission(self, permission):
        if permission == "change" and _in_review_for(self.request.user, self.object):
            return True
        return super().user_has_permission(permission)


def restore_view(request, pk):
    """Take an item out of the recycle bin (GET asks, POST does it)."""
    question = get_object_or_404(admin_questions(request.user), pk=unquote(str(pk)))
    if not can_edit_course(request.user, question.course):
        raise PermissionDenied
    list_url = Question.snippet_viewset.get_url_name("list")
    if request.method == "POST":
        try:
            services.question_restore(user=request.user, question=question)
        except DomainError as error:
            messages.error(request, error.message)
        else:
            messages.success(request, _("“%(item)s” is back in the question bank.") % {"item": stem_text(question)})
        return redirect(list_url)
    return TemplateResponse(
        request,
        "questions/admin/restore.html",
        {"question": question, "stem": stem_text(question), "list_url": list_url},
    )

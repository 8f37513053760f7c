"""The question bank in the Wagtail admin (C4, M5): items as snippets with drafts, revisions, review and preview.

Menu "题库" › items: list by type, stem, course, difficulty and status; filters for course, type, difficulty,
published and the recycle bin; the edit form with every field; a preview of how a learner sees the item with
KaTeX formulas. Rules and views live in ``cms.questions.admin_views``.
"""

from django import forms
from django.db.models import Exists
from django.shortcuts import redirect
from django.urls import path
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin import messages
from wagtail.admin.panels import FieldPanel, MultiFieldPanel, ObjectList, TabbedInterface
from wagtail.admin.ui.tables import Column, UpdatedAtColumn
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from cms.core.errors import DomainError
from cms.questions import admin_views, selectors, services
from cms.questions.models import Question

register_permission_policy(Question, admin_views.QuestionPermissionPolicy(Question), exact_class=True)


def _field(name: str):
    return capfirst(Question._meta.get_field(name).verbose_name)


TEXT = forms.Textarea(attrs={"rows": 4, "class": "zyk-html-source", "spellcheck": "false"})


class QuestionViewSet(SnippetViewSet):
    model = Question
    icon = "help"
    menu_label = _("Question bank")
    menu_name = "question-bank"
    menu_order = 160
    add_to_admin_menu = True
    index_view_class = admin_views.QuestionIndexView
    add_view_class = admin_views.QuestionCreateView
    edit_view_class = admin_views.QuestionEditView
    preview_on_edit_view_class = admin_views.QuestionPreviewOnEditView
    copy_view_enabled = False  # a copy would skip the bank's own rules for case parts and owners
    filterset_class = admin_views.QuestionFilterSet
    list_display = [
        "stem",
        Column("question_type", label=_field("question_type"), accessor="get_question_type_display"),
        Column("course", label=_field("course")),
        Column("difficulty", label=_field("difficulty"), accessor="get_difficulty_display"),
        admin_views.StatusColumn("status", label=_("Status")),
        UpdatedAtColumn(),
    ]
    list_per_page = 30
    ordering = ["-updated_at", "-id"]
    search_fields = ["stem"]
    search_backend_name = None  # plain substring search: Chinese stems are not tokenised by the default backend
    edit_handler = TabbedInterface(
        [
            ObjectList(
                [
                    FieldPanel("question_type"),
                    FieldPanel("stem", widget=TEXT),
                    FieldPanel("content", widget=forms.Textarea(attrs={"rows": 8, "spellcheck": "false"})),
                    FieldPanel("reference_answer", widget=TEXT),
                    FieldPanel("explanation", widget=TEXT),
                ],
                heading=_("Item"),
            ),
            ObjectList(
                [
                    MultiFieldPanel(
                        [
                            FieldPanel("course", widget=forms.Select),
                            FieldPanel("module", widget=forms.Select),
                            FieldPanel("knowledge_points", widget=forms.CheckboxSelectMultiple),
                        ],
                        heading=_("Place in the course"),
                    ),
                    FieldPanel("difficulty"),
                    FieldPanel("score"),
                    FieldPanel("tags"),
                    FieldPanel("source"),
                ],
                heading=_("Description"),
            ),
        ],
        base_form_class=admin_views.QuestionAdminForm,
    )

    def get_queryset(self, request):
        return (
            admin_views.admin_questions(request.user)
            .select_related("course", "latest_revision")
            .annotate(in_review=Exists(selectors.review_states()))
        )

    def get_urlpatterns(self):
        patterns = [*super().get_urlpatterns(), path("restore/<str:pk>/", admin_views.restore_view, name="restore")]
        for pattern in patterns:
            pattern.callback = admin_views.question_view_guard(pattern.callback, pattern.name)
        return patterns


register_snippet(QuestionViewSet)


@hooks.register("before_delete_snippet")
def delete_questions_to_recycle_bin(request, instances):
    """Deleting items moves them to the recycle bin; only a superuser erases items already there."""
    if request.method != "POST" or not instances or not isinstance(instances[0], Question):
        return None
    if request.user.is_superuser and all(q.deleted_at is not None for q in instances):
        return None  # emptying the bin
    try:
        for question in instances:
            if question.deleted_at is None:
                services.question_delete(user=request.user, question=question)
    except DomainError as error:
        messages.error(request, error.message)
    else:
        messages.success(request, _("%(count)d questions moved to the recycle bin.") % {"count": len(instances)})
    return redirect(Question.snippet_viewset.get_url_name("list"))

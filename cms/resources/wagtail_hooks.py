"""The resource library in the Wagtail admin (M1, M2, M3, C3, C8, C12).

Menu "资源库": resources (snippets with drafts, revisions, locking and the review workflow), batch upload,
naming rules per major and which review workflow applies to which institution and major. The dashboard
shows the resource mix (C8) and, through Wagtail's own panel, the reviews waiting for the person.
"""

from django import forms
from django.shortcuts import redirect
from django.urls import path
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin import messages
from wagtail.admin.menu import MenuItem
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel, ObjectList, TabbedInterface
from wagtail.admin.ui.tables import LiveStatusTagColumn
from wagtail.admin.viewsets.base import ViewSet
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from cms.audit.services import audit_record
from cms.core.errors import DomainError
from cms.resources import admin_views, services
from cms.resources.admin_forms import ResourceAdminForm
from cms.resources.media_admin import ProcessingJobViewSet
from cms.resources.models import NamingRule, Resource, ResourceWorkflowRule

# Before any view asks for it: Wagtail would otherwise fall back to plain model permissions.
register_permission_policy(Resource, admin_views.ResourcePermissionPolicy(Resource), exact_class=True)


class ResourceViewSet(SnippetViewSet):
    model = Resource
    icon = "doc-full-inverse"
    menu_label = _("Resources")
    menu_name = "resources"
    add_view_class = admin_views.ResourceCreateView
    edit_view_class = admin_views.ResourceEditView
    delete_view_class = admin_views.ResourceDeleteView
    chooser_viewset_class = admin_views.ResourceChooserViewSet
    copy_view_enabled = False  # a copy would hold the same file: duplicates are linked, not copied
    list_display = [
        "title",
        "resource_type",
        "major",
        "course",
        "organisation",
        LiveStatusTagColumn(),
        admin_views.ReviewColumn(),
    ]
    list_filter = ["resource_type", "major", "source", "live"]
    list_per_page = 30
    search_fields = ["title"]
    search_backend_name = None  # plain title search: the full-text index is jieba-segmented, not Wagtail's
    edit_handler = TabbedInterface(
        [
            ObjectList(
                [
                    FieldPanel("title", required_on_save=True),
                    FieldPanel("upload"),
                    FieldPanel("resource_type"),
                    FieldPanel("url"),
                    FieldPanel("body"),
                ],
                heading=_("Content"),
            ),
            ObjectList(
                [
                    MultiFieldPanel(
                        [
                            FieldPanel("major", widget=forms.Select),
                            FieldPanel("course", widget=forms.Select),
                            FieldPanel("module", widget=forms.Select),
                            FieldPanel("knowledge_points", widget=forms.CheckboxSelectMultiple),
                        ],
                        heading=_("Place in the course system"),
                    ),
                    FieldPanel("keywords"),
                    FieldPanel("description"),
                ],
                heading=_("Description"),
            ),
            ObjectList(
                [
                    FieldPanel("source"),
                    FieldPanel("organisation", widget=forms.Select),
                    FieldPanel("rights_holder"),
                    FieldPanel("licence"),
                    InlinePanel(
                        "authors",
                        heading=_("Authors"),
                        label=_("Author"),
                        panels=[FieldPanel("name"), FieldPanel("organisation_name")],
                    ),
                ],
                heading=_("Rights"),
            ),
            ObjectList(
                [FieldPanel("audience_level"), FieldPanel("visibility"), FieldPanel("download_requires_login")],
                heading=_("Access"),
            ),
        ],
        base_form_class=ResourceAdminForm,
    )

    def get_queryset(self, request):
        return (
            admin_views.admin_resources(request.user)
            .select_related("major", "course", "organisation")
            .annotate(**admin_views.review_state_annotations())
        )

    def get_urlpatterns(self):
        patterns = super().get_urlpatterns()
        for pattern in patterns:
            pattern.callback = admin_views.resource_view_guard(pattern.callback, pattern.name)
        return patterns


class NamingRuleViewSet(SnippetViewSet):
    model = NamingRule
    icon = "tag"
    menu_label = _("Naming rules")
    menu_name = "naming-rules"
    list_display = ["major", "pattern", "enforced"]
    search_fields = ["pattern"]
    search_backend_name = None
    panels = [
        FieldPanel("major", widget=forms.Select),
        FieldPanel(
            "pattern",
            help_text=_(
                "Placeholders: {专业代码} {专业} {课程} {模块} {知识点} {素材类型} {序号}, with a separator such as "
                "“-” between two of them, e.g. {专业代码}-{课程}-{知识点}-{素材类型}-{序号}."
            ),
        ),
        FieldPanel("enforced"),
    ]


class ResourceWorkflowRuleViewSet(SnippetViewSet):
    model = ResourceWorkflowRule
    icon = "tasks"
    menu_label = _("Review workflow rules")
    menu_name = "review-workflow-rules"
    list_display = ["organisation", "major", "workflow"]
    list_filter = ["workflow"]
    panels = [
        FieldPanel("organisation", widget=forms.Select),
        FieldPanel("major", widget=forms.Select),
        FieldPanel(
            "workflow",
            help_text=_(
                "The review levels are the tasks of the workflow (Settings › Workflows). The most specific rule "
                "applies: a deeper institution first, then a rule naming the major."
            ),
        ),
    ]


class BatchUploadMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm("resources.add_resource")


class ResourceBatchViewSet(ViewSet):
    """批量上传 (M3): a plain admin page, not a snippet; the work is ``cms.resources.batches``."""

    name = "resource_batches"
    url_prefix = "resources/batches"
    icon = "upload"
    menu_label = _("Batch upload")
    menu_name = "batch-upload"

    @cached_property
    def menu_item_class(self):
        return BatchUploadMenuItem

    def get_urlpatterns(self):
        return [
            path("", admin_views.BatchUploadView.as_view(), name="upload"),
            path("<int:pk>/", admin_views.BatchReportView.as_view(), name="report"),
        ]


class ResourceLibraryViewSetGroup(SnippetViewSetGroup):
    items = (
        ResourceViewSet,
        ResourceBatchViewSet,
        NamingRuleViewSet,
        ResourceWorkflowRuleViewSet,
        ProcessingJobViewSet,
    )
    menu_label = _("Resource library")
    menu_icon = "folder-open-inverse"
    menu_name = "resource-library"
    menu_order = 150


register_snippet(ResourceLibraryViewSetGroup)


@hooks.register("construct_homepage_panels")
def add_resource_mix_panel(request, panels):
    user = request.user
    if any(user.has_perm(f"resources.{action}_resource") for action in ("view", "add", "change")):
        panels.append(admin_views.ResourceMixPanel())


@hooks.register("before_delete_snippet")
def delete_to_recycle_bin(request, instances):
    """Deleting resources in the admin moves them to the recycle bin (restorable), like everywhere else."""
    if request.method != "POST" or not instances or not isinstance(instances[0], Resource):
        return None
    try:
        services.resources_delete(user=request.user, resources=list(instances))
    except DomainError as error:
        messages.error(request, error.message)
    else:
        messages.success(
            request,
            _("%(count)d resources moved to the recycle bin.") % {"count": len(instances)},
        )
    return redirect(Resource.snippet_viewset.get_url_name("list"))


@hooks.register("after_create_snippet")
def audit_resource_create(request, instance):
    if isinstance(instance, Resource):
        audit_record(action="resource.create", actor=request.user, obj=instance)


@hooks.register("after_edit_snippet")
def audit_resource_update(request, instance):
    if isinstance(instance, Resource):
        audit_record(action="resource.update", actor=request.user, obj=instance)

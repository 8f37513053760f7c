"""Admin screens for organisations and role assignments (O1, O2)."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from cms.accounts.models import Organisation, RoleAssignment


class OrganisationViewSet(SnippetViewSet):
    model = Organisation
    icon = "group"
    menu_label = _("Organisations")
    list_display = ["name", "kind", "library_role", "parent", "region"]
    list_filter = ["kind", "library_role"]
    search_fields = ["name", "short_name"]
    panels = [
        FieldPanel("name"),
        FieldPanel("short_name"),
        FieldPanel("kind"),
        FieldPanel("library_role"),
        FieldPanel("parent"),
        FieldPanel("credit_code"),
        FieldPanel("region"),
        FieldPanel("website"),
        FieldPanel("description"),
        FieldPanel("sort_order"),
    ]


class RoleAssignmentViewSet(SnippetViewSet):
    model = RoleAssignment
    icon = "key"
    menu_label = _("Role assignments")
    list_display = ["user", "role", "organisation"]
    list_filter = ["role"]
    panels = [FieldPanel("user"), FieldPanel("role"), FieldPanel("organisation")]


class AccountsViewSetGroup(SnippetViewSetGroup):
    items = (OrganisationViewSet, RoleAssignmentViewSet)
    menu_icon = "group"
    menu_label = _("Organisations and roles")
    menu_name = "organisations"


register_snippet(AccountsViewSetGroup)

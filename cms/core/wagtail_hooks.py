"""Admin screens of shared content rules: the sensitive-word list (敏感词过滤, C12).

The words are checked by ``cms.core.sensitive_words`` (the automatic first review level of resources and
user content); the cached matcher is rebuilt whenever the list changes.
"""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from cms.core.models import SensitiveWord


class SensitiveWordViewSet(SnippetViewSet):
    model = SensitiveWord
    icon = "warning"
    menu_label = _("Sensitive words")
    menu_name = "sensitive-words"
    list_display = ["word", "category", "action", "updated_at"]
    list_filter = ["action", "category"]
    list_per_page = 50
    search_fields = ["word", "category"]
    search_backend_name = None  # substring match on Chinese words; the search index does not segment them
    panels = [
        FieldPanel("word", help_text=_("Matched after removing spaces and punctuation, so “赌 博” is found too.")),
        FieldPanel("category"),
        FieldPanel("action"),
    ]


class ContentSafetyViewSetGroup(SnippetViewSetGroup):
    items = (SensitiveWordViewSet,)
    menu_label = _("Content safety")
    menu_icon = "warning"
    menu_name = "content-safety"
    menu_order = 160


register_snippet(ContentSafetyViewSetGroup)

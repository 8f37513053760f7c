"""Shared abstract models."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class TimeStampedModel(models.Model):
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    class Meta:
        abstract = True


class SpaRoutedPage:
    """Mixin for Wagtail pages the SPA renders: their public URL is the SPA route, not the tree path.

    The admin's "View live" links then open what learners see. Server-side preview is off until the
    headless preview lands (``preview_modes = []``), so editors never hit a template that does not exist.
    """

    preview_modes: list = []

    def spa_path(self) -> str:
        raise NotImplementedError

    def get_url_parts(self, request=None):
        parts = super().get_url_parts(request)  # type: ignore[misc]
        if parts is None:
            return None
        site_id, root_url, _tree_path = parts
        if root_url is None:  # no Wagtail serve view is mounted; the site's own root URL still applies
            from wagtail.models import Site

            paths = Site.get_site_root_paths()
            root_url = next((p.root_url for p in paths if p.site_id == site_id), None)
        return site_id, root_url, self.spa_path()


class SensitiveWordAction(models.TextChoices):
    BLOCK = "block", _("Block")
    FLAG = "flag", _("Flag for review")


class SensitiveWord(TimeStampedModel):
    """A forbidden or suspicious term (敏感词, C12), edited by administrators in the admin."""

    word = models.CharField(_("word"), max_length=64, unique=True)
    category = models.CharField(_("category"), max_length=32, blank=True, help_text=_("e.g. 政治, 色情, 广告"))
    action = models.CharField(
        _("action"), max_length=8, choices=SensitiveWordAction.choices, default=SensitiveWordAction.BLOCK
    )

    class Meta:
        verbose_name = _("sensitive word")
        verbose_name_plural = _("sensitive words")
        ordering = ["word"]

    def __str__(self) -> str:
        return self.word

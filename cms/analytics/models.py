"""One append-only table of usage and learning events (ARCHITECTURE: events).

Rows are xAPI-shaped (actor, verb, object, context) so views, downloads and later learning records share
one stream; rankings, analytics and monitoring reports read roll-ups of it, never the hot counters alone.
"""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _


class Verb(models.TextChoices):
    VIEWED = "viewed", _("Viewed")
    DOWNLOADED = "downloaded", _("Downloaded")


class UsageEvent(models.Model):
    at = models.DateTimeField(auto_now_add=True, db_index=True)
    actor = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True)
    verb = models.CharField(max_length=32, choices=Verb.choices)
    object_type = models.CharField(max_length=32, help_text="app_label.model of the object, e.g. resources.resource")
    object_id = models.BigIntegerField()
    context = models.JSONField(default=dict, blank=True)

    class Meta:
        verbose_name = _("usage event")
        verbose_name_plural = _("usage events")
        indexes = [models.Index(fields=["object_type", "object_id", "verb"], name="analytics_event_object_verb")]
        constraints = [models.CheckConstraint(condition=~Q(object_type=""), name="analytics_event_object_type_set")]

    def __str__(self) -> str:
        return f"{self.verb} {self.object_type}:{self.object_id}"

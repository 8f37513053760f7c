from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ResourcesConfig(AppConfig):
    name = "cms.resources"
    label = "resources"
    verbose_name = _("Resource library")

    def ready(self) -> None:
        from cms.resources import receivers  # noqa: F401  (workflow decisions → audit log)

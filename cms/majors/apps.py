from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MajorsConfig(AppConfig):
    name = "cms.majors"
    label = "majors"
    verbose_name = _("Majors and training programs")

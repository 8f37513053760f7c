from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class QuestionsConfig(AppConfig):
    name = "cms.questions"
    label = "questions"
    verbose_name = _("Question bank")

    def ready(self) -> None:
        from cms.questions import receivers  # noqa: F401 - connects the publish receiver

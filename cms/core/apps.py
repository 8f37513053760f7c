from django.apps import AppConfig
from django.db.models.signals import post_delete, post_save
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    name = "cms.core"
    label = "core"
    verbose_name = _("Core")

    def ready(self) -> None:
        from cms.core import sensitive_words
        from cms.core.models import SensitiveWord

        # The cached matcher is rebuilt when the word list changes.
        for signal in (post_save, post_delete):
            signal.connect(
                lambda **kwargs: sensitive_words.words_changed(),
                sender=SensitiveWord,
                weak=False,
                dispatch_uid=f"sensitive-words-{signal}",
            )

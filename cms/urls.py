from django.conf import settings
from django.urls import include, path, re_path
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from cms.core import views as core_views

urlpatterns = [
    path("healthz/", core_views.healthz, name="healthz"),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("graphql/", include("api.urls")),
    path("auth/", include("cms.accounts.auth_urls")),
    path("audit/", include("cms.audit.urls")),
    path("accounts/", include("cms.accounts.urls")),
    path("uploads/", include("media_pipeline.urls")),
    path("resources/", include("cms.resources.urls")),
    path("questions/attempts/", include("cms.questions.attempt_urls")),
    path("questions/", include("cms.questions.urls")),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

urlpatterns += [re_path(r"^(?P<path>.*)$", core_views.spa, name="spa")]

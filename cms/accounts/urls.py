"""Browser endpoints under /accounts/ (roster template and upload)."""

from django.urls import path

from cms.accounts import views

urlpatterns = [
    path("roster-template.xlsx", views.roster_template_download, name="roster_template"),
    path("rosters/<int:organisation_id>/import", views.roster_upload, name="roster_import"),
]

"""Mounted at ``/uploads/`` by cms/urls.py: the tus collection and one URL per upload."""

from django.urls import path

from media_pipeline import views

app_name = "media_pipeline"

urlpatterns = [
    path("", views.upload_collection, name="uploads"),
    path("<uuid:upload_id>", views.upload_resource, name="upload"),
]

"""Browser endpoints of the question bank under /questions/ (import upload, exports, templates, images)."""

from django.urls import path

from cms.questions import views

app_name = "questions"
urlpatterns = [
    path("courses/<int:course_id>/import", views.import_upload, name="import_upload"),
    path("courses/<int:course_id>/export/<str:kind>", views.bank_export_download, name="export"),
    path("templates/<str:kind>", views.template_download, name="template"),
    path("courses/<int:course_id>/images", views.image_upload, name="image_upload"),
    path("courses/<int:course_id>/attachments", views.attachment_upload, name="attachment_upload"),
    path("images/<str:name>", views.image, name="image"),
    path("attachments/<str:name>", views.attachment, name="attachment"),
]

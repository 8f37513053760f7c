"""Browser endpoints of the question bank under /questions/ (import upload, exports, templates, images)."""

from django.urls import path

from cms.questions import views

app_name = "questions"
urlpatterns = [
    path("courses/<int:course_id>/import", views.import_upload, name="import_upload"),
    path("courses/<int:course_id>/export/<str:kind>", views.bank_export_download, name="export"),
    path("templates/<str:kind>", views.template_download, name="template"),
    path("images/<str:name>", views.image, name="image"),
]

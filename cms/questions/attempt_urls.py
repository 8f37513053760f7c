"""Hand-ins of practical tasks under /questions/attempts/ (see ``attempt_views``)."""

from django.urls import path

from cms.questions import attempt_views

app_name = "question_attempts"
urlpatterns = [
    path("<int:attempt_id>/items/<int:question_id>/files", attempt_views.attempt_file_upload, name="file_upload"),
    path(
        "<int:attempt_id>/items/<int:question_id>/files/<str:file_id>",
        attempt_views.attempt_file,
        name="file",
    ),
]

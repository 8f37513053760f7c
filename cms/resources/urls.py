from django.urls import path

from cms.resources import views

app_name = "resources"
urlpatterns = [
    path("<int:pk>/file", views.file, name="file"),
    path("<int:pk>/download", views.download, name="download"),
    path("<int:pk>/package/", views.package, name="package"),
    path("<int:pk>/package/<path:entry>", views.package, name="package_entry"),
    path("<int:pk>/media/<int:job>/<path:name>", views.media, name="media"),
    path("<int:pk>/subtitles/<str:language>.vtt", views.subtitle, name="subtitle"),
    path("download.zip", views.batch_download, name="batch_download"),
]

from django.urls import path

from cms.audit import views

urlpatterns = [path("export.csv", views.audit_export, name="audit_export")]

"""The course portal review workflow (M6): "课程门户审核" with one CoursePortalReviewTask level.

It replaces Wagtail's default "Moderators approval" on the root page, whose group nobody belongs to here,
so course pages (and other pages without a workflow of their own) are reviewed by the host institutions'
reviewers like other content.
"""

from django.db import migrations

NAME = "课程门户审核"


def forwards(apps, schema_editor):
    Page = apps.get_model("wagtailcore", "Page")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    ContentType = apps.get_model("contenttypes", "ContentType")
    Task = apps.get_model("courses", "CoursePortalReviewTask")

    if Workflow.objects.filter(name=NAME).exists():
        return
    task_type, _ = ContentType.objects.get_or_create(app_label="courses", model="courseportalreviewtask")
    task = Task.objects.create(name="主持单位审核（课程门户）", content_type=task_type, active=True)
    workflow = Workflow.objects.create(name=NAME, active=True)
    WorkflowTask.objects.create(workflow=workflow, task_id=task.pk, sort_order=0)
    root = Page.objects.filter(depth=1).order_by("path").first()
    if root is None:
        return
    assigned = WorkflowPage.objects.filter(page=root).select_related("workflow").first()
    if assigned is None:
        WorkflowPage.objects.create(page=root, workflow=workflow)
    elif assigned.workflow.name == "Moderators approval":
        assigned.workflow = workflow
        assigned.save()


def backwards(apps, schema_editor):
    Workflow = apps.get_model("wagtailcore", "Workflow")
    Workflow.objects.filter(name=NAME).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("courses", "0005_portal_and_standard"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(forwards, backwards)]

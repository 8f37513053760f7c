"""GIN index for Chinese search (PostgreSQL only) and the default multi-level review workflow (M1)."""

from django.db import migrations


def gin_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(
            "CREATE INDEX IF NOT EXISTS resources_search_vector ON resources_resource USING gin (search_vector)"
        )


def drop_gin_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute("DROP INDEX IF EXISTS resources_search_vector")


def default_workflow(apps, schema_editor):
    """自动检查 → 课程负责人审核 → 主持单位审核, assigned to resources; administrators change it in the admin."""
    ContentType = apps.get_model("contenttypes", "ContentType")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    WorkflowContentType = apps.get_model("wagtailcore", "WorkflowContentType")
    AutomaticCheckTask = apps.get_model("resources", "AutomaticCheckTask")
    ResourceReviewTask = apps.get_model("resources", "ResourceReviewTask")

    resource_type, _ = ContentType.objects.get_or_create(app_label="resources", model="resource")
    if WorkflowContentType.objects.filter(content_type=resource_type).exists():
        return
    workflow = Workflow.objects.create(name="资源分级审核", active=True)
    tasks = [
        AutomaticCheckTask.objects.create(
            name="自动检查",
            active=True,
            content_type=ContentType.objects.get_or_create(app_label="resources", model="automaticchecktask")[0],
        ),
        ResourceReviewTask.objects.create(
            name="课程负责人审核",
            active=True,
            reviewers="course_lead",
            content_type=ContentType.objects.get_or_create(app_label="resources", model="resourcereviewtask")[0],
        ),
        ResourceReviewTask.objects.create(
            name="主持单位审核",
            active=True,
            reviewers="hosts",
            content_type=ContentType.objects.get_or_create(app_label="resources", model="resourcereviewtask")[0],
        ),
    ]
    for order, task in enumerate(tasks):
        WorkflowTask.objects.create(workflow=workflow, task_id=task.pk, sort_order=order)
    WorkflowContentType.objects.create(content_type=resource_type, workflow=workflow)


class Migration(migrations.Migration):
    dependencies = [
        ("resources", "0001_initial"),
        ("wagtailcore", "0098_apitoken"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [
        migrations.RunPython(gin_index, drop_gin_index),
        migrations.RunPython(default_workflow, migrations.RunPython.noop),
    ]

"""The review of question bank items (issue 7: C4, M5): "题库审核" = 自动检查 → 主持单位审核（题库）.

The automatic level is a resources ``AutomaticCheckTask`` (it checks items with ``cms.questions.review``);
the human level is a ``QuestionReviewTask`` decided by the host institutions' reviewers. The workflow is
assigned to ``Question`` (Settings › Workflows lets administrators change it).
"""

import django.db.models.deletion
from django.db import migrations, models

NAME = "题库审核"


def forwards(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    WorkflowContentType = apps.get_model("wagtailcore", "WorkflowContentType")
    AutomaticCheckTask = apps.get_model("resources", "AutomaticCheckTask")
    QuestionReviewTask = apps.get_model("questions", "QuestionReviewTask")

    question_type, _ = ContentType.objects.get_or_create(app_label="questions", model="question")
    if WorkflowContentType.objects.filter(content_type=question_type).exists():
        return
    workflow = Workflow.objects.create(name=NAME, active=True)
    tasks = [
        AutomaticCheckTask.objects.create(
            name="自动检查（题库）",
            active=True,
            content_type=ContentType.objects.get_or_create(app_label="resources", model="automaticchecktask")[0],
        ),
        QuestionReviewTask.objects.create(
            name="主持单位审核（题库）",
            active=True,
            content_type=ContentType.objects.get_or_create(app_label="questions", model="questionreviewtask")[0],
        ),
    ]
    for order, task in enumerate(tasks):
        WorkflowTask.objects.create(workflow=workflow, task_id=task.pk, sort_order=order)
    WorkflowContentType.objects.create(content_type=question_type, workflow=workflow)


def backwards(apps, schema_editor):
    Workflow = apps.get_model("wagtailcore", "Workflow")
    Workflow.objects.filter(name=NAME).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("questions", "0003_question_import"),
        ("resources", "0002_search_index_and_default_workflow"),
        ("wagtailcore", "0098_apitoken"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [
        migrations.CreateModel(
            name="QuestionReviewTask",
            fields=[
                (
                    "task_ptr",
                    models.OneToOneField(
                        auto_created=True,
                        on_delete=django.db.models.deletion.CASCADE,
                        parent_link=True,
                        primary_key=True,
                        serialize=False,
                        to="wagtailcore.task",
                    ),
                ),
            ],
            options={"verbose_name": "question review", "verbose_name_plural": "question reviews"},
            bases=("wagtailcore.task",),
        ),
        migrations.RunPython(forwards, backwards),
    ]

from django.core.management.base import BaseCommand

from cms.courses.demo import demo_course_structures_load, demo_knowledge_edges_load
from cms.majors.demo import demo_library_load
from cms.qa.demo import demo_faq_load
from cms.questions.demo import demo_questions_load
from cms.resources.demo import demo_resources_load


class Command(BaseCommand):
    help = "Load the demo library from fixtures/demo (idempotent: existing content is left as it is)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--without-resources",
            action="store_true",
            help="Only the major, courses and organisations (no generated media).",
        )

    def handle(self, *args, **options):
        report = demo_library_load()
        if not report.created:
            self.stdout.write("Demo library already loaded; nothing changed.")
        for line in report.created:
            self.stdout.write(f"  + {line}")
        if options["without_resources"]:
            return
        # The resources of the demo major (naming rule, knowledge points, media made at load time).
        self.stdout.write(demo_resources_load(log=self.stdout.write).summary())
        self.stdout.write(demo_knowledge_edges_load().summary())  # after the resources: their points exist
        self.stdout.write(demo_course_structures_load().summary())  # after the resources: items cite them
        self.stdout.write(demo_faq_load())  # after the resources: their knowledge points exist by then
        self.stdout.write(demo_questions_load())  # a few published items and an open self-test (L5)

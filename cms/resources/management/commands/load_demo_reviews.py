from django.core.management.base import BaseCommand

from cms.resources.demo import demo_reviews_load


class Command(BaseCommand):
    help = (
        "After create_demo_accounts: make the demo teacher a course lead and put a few demo resources through "
        "the review workflow (waiting, approved at one level, changes requested). Idempotent."
    )

    def handle(self, *args, **options):
        report = demo_reviews_load(log=self.stdout.write)
        self.stdout.write(report.summary())

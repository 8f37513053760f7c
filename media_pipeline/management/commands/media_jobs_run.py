"""``manage.py media_jobs_run``: run the queued conversions here and now, in this process (M2, M3).

For a machine that has just loaded many files at once (the demo library, an import) and wants them converted
before it serves, and for operators draining a queue by hand. The jobs are claimed like a worker claims them
(fencing attempt, heartbeat), so a worker running at the same time never converts one twice; their task
messages, when a worker later receives them, find the jobs finished and do nothing.
"""

from concurrent.futures import ThreadPoolExecutor

from django.core.management.base import BaseCommand
from django.db import close_old_connections

from media_pipeline.jobs import job_run
from media_pipeline.models import JobState, ProcessingJob


class Command(BaseCommand):
    help = "Run every queued media conversion in this process (the worker's claim rules apply)."

    def add_arguments(self, parser):
        parser.add_argument("--parallel", type=int, default=2, help="Conversions at once (default 2).")
        parser.add_argument("--limit", type=int, default=0, help="At most this many jobs (0: all).")

    def handle(self, *args, parallel: int, limit: int, **options):
        ids = list(
            ProcessingJob.objects.filter(state=JobState.QUEUED).order_by("queued_at", "id").values_list("pk", flat=True)
        )
        if limit:
            ids = ids[:limit]

        def run(job_id: int) -> str:
            try:
                return job_run(job_id=job_id)
            finally:
                close_old_connections()

        outcomes: dict[str, int] = {}
        with ThreadPoolExecutor(max_workers=max(1, parallel)) as pool:
            for outcome in pool.map(run, ids):
                outcomes[outcome] = outcomes.get(outcome, 0) + 1
        summary = ", ".join(f"{n} {outcome}" for outcome, n in sorted(outcomes.items())) or "nothing queued"
        self.stdout.write(f"Media conversions: {summary}.")

"""What the pipeline tells the rest of the platform (M2, M3): an asset's processing finished.

The pipeline knows nothing of resources or courses, so it announces and the cms layer listens; a receiver
only calls a cms service (ARCHITECTURE "Dependencies point one way"). Both signals are sent after the
job's final state is committed, with ``sender=ProcessingJob`` and the keyword arguments ``asset``
(``MediaAsset``) and ``job`` (``ProcessingJob``, its ``kind`` says which conversion finished).

Delivery is at least once: when a worker dies between the commit and the signal, the reconciler sends
it again, so receivers must be idempotent (setting a state that is already set is fine).
"""

from django.dispatch import Signal

# The job succeeded: ``asset.renditions`` and ``job.entrypoint`` are ready to publish.
asset_ready = Signal()
# The job failed for good (bad input, or all attempts used): ``job.error_code`` and ``job.error_message``
# say why, the latter already translated for people.
asset_failed = Signal()

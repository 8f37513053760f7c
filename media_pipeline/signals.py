"""What the pipeline tells the rest of the platform (M2, M3): an asset's processing finished, or showed a first result.

The pipeline knows nothing of resources or courses, so it announces and the cms layer listens; a receiver
only calls a cms service (ARCHITECTURE "Dependencies point one way"). Every signal is sent after the state it
announces is committed, with ``sender=ProcessingJob`` and the keyword arguments ``asset`` (``MediaAsset``)
and ``job`` (``ProcessingJob``, its ``kind`` says which conversion it is).

Delivery is at least once: when a worker dies between the commit and the signal, the reconciler sends
``asset_ready`` / ``asset_failed`` again, so receivers must be idempotent (setting a state that is already set
is fine).
"""

from django.dispatch import Signal

# The job succeeded: ``asset.renditions`` and ``job.entrypoint`` are ready to publish.
asset_ready = Signal()
# The job failed for good (bad input, or all attempts used): ``job.error_code`` and ``job.error_message``
# say why, the latter already translated for people.
asset_failed = Signal()
# The job is still running but an early set of its files is visible (issue 5, "first rendition"): a video's
# smallest rung, poster and a master naming only that rung (``job.meta["playable"]``), or a document's PDF
# and page 1. ``job.entrypoint`` is that set's entry point and ``asset_renditions(asset)`` returns it until
# the job succeeds. Sent once per attempt that gets that far, after the commit; when the attempt is
# superseded or the worker dies the set disappears again, and a later attempt sends the signal again
# (receivers must be idempotent). It is not re-sent by the reconciler: ``asset_ready`` or
# ``asset_failed`` always follows.
asset_preview_ready = Signal()

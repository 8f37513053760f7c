"""Early previews, re-conversions, measured fields and purging an asset's files (issue 5: M2, M3, Q).

Real processors on tiny samples, real PostgreSQL (committed rows: the heartbeat thread has its own
connection), the real broker. The fixtures of ``test_jobs`` (settings, broker, samples) are reused.
"""

from datetime import timedelta
from pathlib import Path

import pytest
from django.utils import timezone

from media_pipeline import jobs, storage
from media_pipeline.models import JobKind, JobState, ProcessingJob, Rendition
from media_pipeline.processors.base import Output, Result
from media_pipeline.services import asset_create_from_file
from media_pipeline.signals import asset_preview_ready, asset_ready
from media_pipeline.tests import samples
from media_pipeline.tests.test_jobs import (  # noqa: F401 - fixtures
    attempt_prefix,
    broker,
    derived_keys,
    job_settings,
    make_asset,
    make_video,
    new_job,
)

pytestmark = pytest.mark.django_db(transaction=True)


class Seen:
    """What a cms receiver would find when asset_preview_ready / asset_ready arrive."""

    def __init__(self) -> None:
        self.previews: list[dict] = []
        self.ready: list[int] = []

    def preview(self, sender, asset, job, **kwargs) -> None:
        job.refresh_from_db()
        renditions = list(jobs.asset_renditions(asset))
        self.previews.append(
            {
                "job": job.pk,
                "state": job.state,
                "attempt": job.attempt,
                "meta": dict(job.meta),
                "entrypoint": job.entrypoint,
                "renditions": [(r.role, r.label, r.key) for r in renditions],
                "stored": all(storage.media_storage().exists(r.key) for r in renditions),
            }
        )

    def done(self, sender, asset, job, **kwargs) -> None:
        self.ready.append(job.pk)


@pytest.fixture
def seen():
    events = Seen()
    asset_preview_ready.connect(events.preview)
    asset_ready.connect(events.done)
    yield events
    asset_preview_ready.disconnect(events.preview)
    asset_ready.disconnect(events.done)


def stored(key: str) -> Path:
    return Path(storage.media_storage().path(key))


# ---- early previews --------------------------------------------------------------------------------


def test_a_video_is_playable_from_its_smallest_rung_while_the_job_runs_then_the_ladder_replaces_it(tmp_path, seen):
    # given a 854x480 video (rungs 480p and 360p)
    asset = make_video(tmp_path, seconds=4, size="854x480")
    job = new_job(asset)
    # when a worker converts it
    assert jobs.job_run(job_id=job.pk) == "succeeded"
    # then, while the job was still running, the 360p rung, the poster and a master naming only 360p were shown
    assert len(seen.previews) == 1
    preview = seen.previews[0]
    assert (preview["job"], preview["state"], preview["attempt"]) == (job.pk, JobState.RUNNING, 1)
    assert preview["meta"]["playable"] is True and preview["meta"]["preview"] is True
    assert preview["entrypoint"] == attempt_prefix(job, 1) + "hls/preview.m3u8"
    roles = {(role, label) for role, label, _key in preview["renditions"]}
    assert roles == {("hls_master", "360p"), ("hls_playlist", "360p"), ("hls_segment", "360p"), ("poster", "")}
    assert preview["stored"]
    # and once it succeeded the full ladder is the only current set: no duplicate, no preview master
    job.refresh_from_db()
    assert job.entrypoint == attempt_prefix(job, 1) + "hls/master.m3u8"
    assert job.meta["playable"] is True and "preview" not in job.meta
    final = list(jobs.asset_renditions(asset))
    keys = [r.key for r in final]
    assert len(keys) == len(set(keys)) == Rendition.objects.filter(asset=asset).count()
    assert [r.role for r in final].count("hls_master") == 1
    assert {r.label for r in final if r.role == "hls_playlist"} == {"480p", "360p"}
    assert {key for _role, _label, key in preview["renditions"]} - set(keys) == {preview["entrypoint"]}
    # and storage holds exactly the final set: the preview master was deleted before asset_ready
    assert derived_keys(asset) == sorted(keys)
    assert seen.ready == [job.pk]


def test_a_document_shows_its_pdf_and_first_page_before_the_others_and_measures_the_asset(tmp_path, seen):
    # given a 3-page Word document whose file claims nothing about its pages
    pages = [["第一章 车床安全"], ["第二章 对刀"], ["第三章 螺纹加工"]]
    asset = asset_create_from_file(path=samples.docx_pages(tmp_path / "s.docx", pages), filename="实训指导书.docx")
    asset.pages, asset.extracted_text = None, ""
    asset.save(update_fields=["pages", "extracted_text"])
    job = new_job(asset)
    # when converted
    assert jobs.job_run(job_id=job.pk) == "succeeded"
    # then the PDF and page 1 were visible while it ran, page 1 as the entry point
    assert len(seen.previews) == 1
    preview = seen.previews[0]
    assert preview["state"] == JobState.RUNNING and preview["meta"]["preview"] is True
    assert preview["meta"].get("playable") is False
    assert sorted((role, label) for role, label, _key in preview["renditions"]) == [("page", "page 1"), ("pdf", "")]
    assert preview["entrypoint"] == attempt_prefix(job, 1) + "pages/page-0001.webp"
    # and the final set has every page, with the preview's rows kept (same keys, one row each)
    final = list(jobs.asset_renditions(asset))
    assert sorted(r.label for r in final if r.role == "page") == ["page 1", "page 2", "page 3"]
    assert {key for _role, _label, key in preview["renditions"]} <= {r.key for r in final}
    assert Rendition.objects.filter(asset=asset).count() == len(final) == 4
    # and the asset took the conversion's page count and text, in the same transaction
    asset.refresh_from_db()
    assert asset.pages == 3
    assert "螺纹加工" in asset.extracted_text


def test_a_superseded_attempt_cannot_show_a_preview(tmp_path, settings):
    # given attempt 1 given up for dead and the job claimed again as attempt 2
    asset = make_asset(tmp_path)
    job = new_job(asset)
    first = jobs._claim(job.pk)
    settings.ZYK_JOB_HEARTBEAT_TIMEOUT_SECONDS = 0
    assert jobs.jobs_reconcile()["requeued"] == 1
    settings.ZYK_JOB_HEARTBEAT_TIMEOUT_SECONDS = 120
    assert jobs._claim(job.pk).attempt == 2
    # when attempt 1 tries to show an early set
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    samples.image(out_dir / "poster.jpg", format="JPEG")
    early = Result(outputs=[Output("poster", "poster.jpg", "image/jpeg")], entrypoint="poster.jpg")
    with pytest.raises(jobs.JobSuperseded):
        jobs._show_preview(first, 1, early, out_dir, jobs._Heartbeat(job.pk, 1), {})
    # then nothing is visible and the job is untouched
    job.refresh_from_db()
    assert not Rendition.objects.exists()
    assert (job.state, job.attempt, job.entrypoint) == (JobState.RUNNING, 2, "")
    assert list(jobs.asset_renditions(asset)) == []


def test_a_job_requeued_after_its_worker_died_hides_the_preview_and_the_rerun_publishes_alone(tmp_path, settings):
    # given attempt 1 that showed a preview, then stopped beating
    asset = make_asset(tmp_path)
    job = new_job(asset)
    claimed = jobs._claim(job.pk)
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    samples.image(out_dir / "poster.jpg", format="JPEG")
    early = Result(outputs=[Output("poster", "poster.jpg", "image/jpeg")], entrypoint="poster.jpg")
    jobs._show_preview(claimed, 1, early, out_dir, jobs._Heartbeat(job.pk, 1), {})
    assert [r.key for r in jobs.asset_renditions(asset)] == [attempt_prefix(job, 1) + "poster.jpg"]
    ProcessingJob.objects.filter(pk=job.pk).update(heartbeat_at=timezone.now() - timedelta(minutes=5))
    # when the reconciler queues it again
    assert jobs.jobs_reconcile()["requeued"] == 1
    # then the preview is no longer shown
    job.refresh_from_db()
    assert (job.state, job.entrypoint, job.meta.get("preview")) == (JobState.QUEUED, "", None)
    assert list(jobs.asset_renditions(asset)) == []
    # and the next attempt publishes its own set alone, the dead attempt's files gone
    assert jobs.job_run(job_id=job.pk) == "succeeded"
    keys = [r.key for r in jobs.asset_renditions(asset)]
    assert keys and all(key.startswith(attempt_prefix(job, 2)) for key in keys)
    assert derived_keys(asset) == sorted(keys)


# ---- re-conversion -----------------------------------------------------------------------------------


def test_again_queues_a_new_job_whose_success_replaces_the_old_files(tmp_path, broker):  # noqa: F811
    # given an image converted once
    asset = make_asset(tmp_path)
    old = jobs.job_request(asset=asset)
    assert jobs.job_run(job_id=old.pk) == "succeeded"
    old_keys = sorted(r.key for r in jobs.asset_renditions(asset))
    broker.drain()
    # when a re-conversion is asked twice
    new = jobs.job_request(asset=asset, again=True)
    assert jobs.job_request(asset=asset, again=True).pk == new.pk
    assert jobs.job_request(asset=asset).pk == new.pk  # the live job, whatever is asked
    # then one new job and one message; the old files stay current meanwhile
    assert new.pk != old.pk and new.state == JobState.QUEUED
    assert broker.drain() == [new.pk]
    assert sorted(r.key for r in jobs.asset_renditions(asset)) == old_keys
    # when it succeeds; then only its files are current
    assert jobs.job_run(job_id=new.pk) == "succeeded"
    new_keys = sorted(r.key for r in jobs.asset_renditions(asset))
    assert new_keys and all(key.startswith(f"derived/{asset.pk}/{new.pk}/") for key in new_keys)
    assert jobs.asset_job(asset).pk == new.pk
    # and once the reconciler sweeps, the old job's rows and files are gone, the job kept as history
    ProcessingJob.objects.filter(pk=old.pk).update(finished_at=timezone.now() - timedelta(hours=2))
    ProcessingJob.objects.filter(pk=new.pk).update(finished_at=timezone.now() - timedelta(hours=1))
    assert jobs.jobs_reconcile()["swept_files"] == len(old_keys)
    assert jobs.jobs_reconcile()["swept_files"] == 0
    assert derived_keys(asset) == new_keys
    old.refresh_from_db()
    assert old.state == JobState.SUCCEEDED and old.meta["replaced_by"] == new.pk
    assert not Rendition.objects.filter(job=old).exists()


def test_retrying_a_failed_reconversion_queues_it_again_once(tmp_path, broker):  # noqa: F811
    # given a conversion that succeeded, then a re-conversion that failed
    asset = make_asset(tmp_path)
    done = new_job(asset, state=JobState.SUCCEEDED, attempt=1, finished_at=timezone.now())
    failed = new_job(asset, state=JobState.FAILED, error_code="CONVERSION_FAILED", finished_at=timezone.now())
    # when an editor presses retry twice
    retried = jobs.job_retry(job=failed)
    again = jobs.job_retry(job=failed)
    # then one new job is queued (not the old success returned), and one message sent
    assert retried.pk not in (done.pk, failed.pk) and again.pk == retried.pk
    assert broker.drain() == [retried.pk]
    # and once that one succeeded, retrying the failed job returns it instead of converting again
    ProcessingJob.objects.filter(pk=retried.pk).update(state=JobState.SUCCEEDED, finished_at=timezone.now())
    assert jobs.job_retry(job=failed).pk == retried.pk
    assert broker.drain() == []


def test_asset_renditions_of_each_kind_are_its_newest_succeeded_job(tmp_path):
    # given a document with a succeeded PDF job and a standard conversion still running
    path = samples.docx_pages(tmp_path / "s.docx", [["一"], ["二"]])
    asset = asset_create_from_file(path=path, filename="教案.docx")
    pdf_job = jobs.job_request(asset=asset, kind=JobKind.PDF)
    assert jobs.job_run(job_id=pdf_job.pk) == "succeeded"
    convert = new_job(asset, kind=JobKind.CONVERT, state=JobState.RUNNING, attempt=1, heartbeat_at=timezone.now())
    # then: all kinds → the PDF job's file (the running one has shown nothing); one kind → that kind's only
    assert [r.job_id for r in jobs.asset_renditions(asset)] == [pdf_job.pk]
    assert list(jobs.asset_renditions(asset, kind=JobKind.CONVERT)) == []
    assert [r.role for r in jobs.asset_renditions(asset, kind=JobKind.PDF)] == ["pdf"]
    assert convert.is_live


# ---- on-demand MP4 -------------------------------------------------------------------------------------


def test_the_on_demand_mp4_is_one_file_at_the_top_rung(tmp_path):
    # given a 854x480 video; when only an MP4 is asked for
    asset = make_video(tmp_path, seconds=1, size="854x480")
    job = jobs.job_request(asset=asset, kind=JobKind.MP4)
    assert jobs.job_run(job_id=job.pk) == "succeeded"
    # then one MP4 of the top rung is stored and nothing of the ladder
    job.refresh_from_db()
    assert [(r.role, r.width, r.height) for r in jobs.asset_renditions(asset)] == [("mp4", 854, 480)]
    assert derived_keys(asset) == [job.entrypoint] == [attempt_prefix(job, 1) + "download.mp4"]


# ---- purging an asset ----------------------------------------------------------------------------------


def test_asset_files_delete_removes_derived_files_public_copies_and_stops_live_jobs(tmp_path, broker):  # noqa: F811
    # given an image converted and published, and an on-demand job of another asset untouched
    asset = make_asset(tmp_path)
    job = jobs.job_request(asset=asset)
    assert jobs.job_run(job_id=job.pk) == "succeeded"
    keys = [r.key for r in jobs.asset_renditions(asset)]
    storage.publish(keys)
    other = make_asset(tmp_path, name="其他.png")
    other_job = jobs.job_request(asset=other)
    assert jobs.job_run(job_id=other_job.pk) == "succeeded"
    # and a re-conversion still queued
    live = jobs.job_request(asset=asset, again=True)
    # when the cms purges the asset
    jobs.asset_files_delete(asset=asset)
    jobs.asset_files_delete(asset=asset)  # twice is harmless
    # then its renditions, derived files and public copies are gone, the live job cancelled
    live.refresh_from_db()
    assert live.state == JobState.CANCELLED
    assert not Rendition.objects.filter(asset=asset).exists()
    assert storage.list_prefix(f"derived/{asset.pk}") == []
    assert storage.list_prefix(f"public/derived/{asset.pk}") == []
    assert not any(stored(storage.public_key(key)).exists() for key in keys)
    # and the original and the other asset's files are untouched
    assert Path(asset.file.path).is_file()
    assert derived_keys(other) and jobs.asset_renditions(other).exists()

"""A resource's converted media, end to end through the real pipeline (M2, M3, C3, Q; issue 5).

Files are real (ffmpeg, LibreOffice, Pillow), conversions run in this process with the worker's own
``job_run`` (claim, per-attempt folder, publish), and the public copies go to the real storage: local files, or
the moto S3 server, with the CDN purge fake recording what was purged.
"""

import json

import pytest
from django.contrib.auth.models import AnonymousUser
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from cms.resources import media, services
from cms.resources.models import Resource, ResourceMediaPublication, ResourceType, Visibility
from cms.resources.tests import test_search
from cms.resources.tests.factories import asset_from
from media_pipeline import storage
from media_pipeline.jobs import asset_job, job_run
from media_pipeline.models import JobState, ProcessingJob
from media_pipeline.tests import samples

# The worker's job_run commits as a worker does (and refreshes its connection), so these tests commit too.
pytestmark = pytest.mark.django_db(transaction=True)

library = test_search.library  # fixture: two majors, courses, points, a school and its teacher
publish = test_search.publish


@pytest.fixture(autouse=True)
def page_tree(transactional_db):
    """What Wagtail's migrations create and the flush between committing tests removes: a locale and a root."""
    from wagtail.models import Locale, Page

    locale, _ = Locale.objects.get_or_create(language_code="zh-hans")
    if not Page.objects.filter(depth=1).exists():
        Page.add_root(instance=Page(title="Root", slug="root", locale=locale))


@pytest.fixture(autouse=True)
def media_dirs(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.ZYK_UPLOAD_DIR = tmp_path / "uploads"
    settings.ZYK_JOB_WORK_DIR = tmp_path / "work"


def video_resource(library, tmp_path, **attributes):
    teacher = library["teacher"]
    course = library["parts"]
    path = samples.video(tmp_path / "对刀演示.mp4", seconds=2, size="320x180")
    values = {
        "title": "数控车床对刀演示",
        "major": course.get_parent().specific,
        "course": course,
        "organisation": library["school"],
        "authors": [{"name": "王老师"}],
        **attributes,
    }
    return services.resource_create(
        user=teacher, attributes=services.ResourceAttributes(**values), asset=asset_from(path)
    )


def convert(resource: Resource) -> ProcessingJob:
    """What the worker does with the job's message (in this process)."""
    job = asset_job(resource.asset)
    assert job is not None, "creating the resource must have asked for its conversion"
    assert job_run(job_id=job.pk) == "succeeded"
    job.refresh_from_db()
    return job


def graphql(client: Client, query: str, **variables) -> dict:
    response = client.post(
        "/graphql/", data=json.dumps({"query": query, "variables": variables}), content_type="application/json"
    )
    assert response.status_code == 200, response.content
    body = response.json()
    assert "errors" not in body, body
    return body["data"]


MEDIA = """query($id: ID!) { resource(id: $id) { id media {
  state progress playable canRetry errorMessage hlsUrl posterUrl mp4Url pdfUrl pages
  images { width url fallbackUrl } conversions { kind state url } } } }"""


def test_a_new_video_is_queued_once_converted_and_played_through_checked_urls(library, tmp_path):
    # given a teacher's new video resource: its conversion was asked for, once
    resource = video_resource(library, tmp_path)
    assert ProcessingJob.objects.filter(asset=resource.asset).count() == 1
    assert media.conversion_request(resource.asset).pk == asset_job(resource.asset).pk  # idempotent
    teacher_client = Client()
    teacher_client.force_login(library["teacher"])
    queued = graphql(teacher_client, MEDIA, id=resource.pk)["resource"]["media"]
    assert (queued["state"], queued["playable"], queued["hlsUrl"]) == ("QUEUED", False, "")
    # when the worker converts it
    convert(resource)
    # then its uploader sees HLS, poster and MP4 under the permission-checked media URLs
    shown = graphql(teacher_client, MEDIA, id=resource.pk)["resource"]["media"]
    assert shown["state"] == "SUCCEEDED" and shown["progress"] == 100 and shown["playable"]
    assert shown["hlsUrl"].startswith(f"/resources/{resource.pk}/media/") and shown["hlsUrl"].endswith(".m3u8")
    playlist = teacher_client.get(shown["hlsUrl"])
    assert playlist.status_code == 200 and playlist["Content-Type"] == "application/vnd.apple.mpegurl"
    # the playlist's relative paths resolve under the same checked URL: follow one variant down to a segment
    variant = next(line for line in playlist.content.decode().splitlines() if line and not line.startswith("#"))
    base = shown["hlsUrl"].rsplit("/", 1)[0]
    variant_playlist = teacher_client.get(f"{base}/{variant}")
    assert variant_playlist.status_code == 200
    segment = next(line for line in variant_playlist.content.decode().splitlines() if line.endswith(".ts"))
    segment_response = teacher_client.get(f"{base}/{variant.rsplit('/', 1)[0]}/{segment}")
    assert segment_response.status_code == 200
    assert b"".join(segment_response.streaming_content)[:1] == b"G"  # MPEG-TS sync byte
    assert teacher_client.get(shown["posterUrl"]).status_code == 200
    # and a visitor may not open the draft's media (nothing is visible before review, M1)
    assert Client().get(shown["hlsUrl"]).status_code == 404
    assert Client().get(f"/resources/{resource.pk}/media/999999/hls/master.m3u8").status_code == 404


def test_publishing_copies_the_media_to_the_cdn_and_unpublishing_purges_it(library, tmp_path, fake_cdn_purge):
    # given a converted video resource, published after review
    resource = video_resource(library, tmp_path)
    job = convert(resource)
    publish(resource, library["teacher"])
    # when the publish task runs
    keys = media.media_sync_public(resource)
    # then every rendition has an immutable public copy and visitors get CDN URLs (the master playlist included)
    assert keys and all(key.startswith(f"derived/{resource.asset_id}/{job.pk}/") for key in keys)
    copies = storage.list_prefix(f"public/derived/{resource.asset_id}/")
    assert sorted(copies) == sorted(storage.public_key(key) for key in keys)
    shown = graphql(Client(), MEDIA, id=resource.pk)["resource"]["media"]
    assert shown["hlsUrl"].startswith("https://media.example.edu.cn/public/derived/")
    assert ResourceMediaPublication.objects.get(resource=resource).keys == sorted(keys)
    # a second run copies nothing and purges nothing (idempotent)
    assert media.media_sync_public(resource) == keys
    assert fake_cdn_purge.purged_urls() == []
    # when the resource goes to the recycle bin, its copies go and the CDN is told to forget them
    services.resources_delete(user=library["teacher"], resources=[resource])
    assert media.media_sync_public(resource) == []
    assert storage.list_prefix(f"public/derived/{resource.asset_id}/") == []
    purged = fake_cdn_purge.purged_urls()
    assert sorted(purged) == sorted(storage.public_url(storage.public_key(key)) for key in keys)
    assert ResourceMediaPublication.objects.get(resource=resource).keys == []


def test_public_copies_on_s3_stay_private_until_published(library, tmp_path, s3_storage):
    # given a video resource stored in a private S3 bucket (moto server), converted
    resource = video_resource(library, tmp_path)
    convert(resource)
    assert storage.list_prefix("public/") == []
    # when it is published, its renditions are copied under public/ with immutable cache headers
    publish(resource, library["teacher"])
    keys = media.media_sync_public(resource)
    head = s3_storage.client.head_object(Bucket=s3_storage.name, Key=storage.public_key(keys[0]))
    assert "immutable" in head["CacheControl"]
    # without a CDN, visitors still get the permission-checked URLs (unsigned public URLs would not load)
    shown = graphql(Client(), MEDIA, id=resource.pk)["resource"]["media"]
    assert shown["posterUrl"].startswith(f"/resources/{resource.pk}/media/")
    poster = Client().get(shown["posterUrl"])
    assert poster.status_code == 302 and "X-Amz-Signature" in poster["Location"]


def test_a_failed_conversion_shows_its_reason_and_editors_retry_it(library, tmp_path, settings):
    # given a conversion that fails on a limit (videos longer than one second refused)
    settings.ZYK_MEDIA_MAX_DURATION_SECONDS = 1
    resource = video_resource(library, tmp_path)
    job = asset_job(resource.asset)
    assert job_run(job_id=job.pk) == "failed"
    teacher_client = Client()
    teacher_client.force_login(library["teacher"])
    shown = graphql(teacher_client, MEDIA, id=resource.pk)["resource"]["media"]
    # then the editor reads why, may retry, and the resource stays editable
    assert shown["state"] == "FAILED" and shown["canRetry"] and shown["errorMessage"]
    assert "对刀演示.mp4" in shown["errorMessage"]  # says which file, in words
    services.resource_update(
        user=library["teacher"],
        resource=resource,
        attributes=services.ResourceAttributes(title="数控车床对刀演示（修订）"),
    )
    # when the limit is raised and the editor presses retry
    settings.ZYK_MEDIA_MAX_DURATION_SECONDS = 3600
    retried = graphql(
        teacher_client,
        "mutation($id: ID!) { resourceMediaRetry(id: $id) { errors { code message } resource { media { state } } } }",
        id=resource.pk,
    )["resourceMediaRetry"]
    assert retried["errors"] == [] and retried["resource"]["media"]["state"] == "QUEUED"
    assert ProcessingJob.objects.filter(asset=resource.asset).count() == 2  # the failed one stays as history
    convert(resource)
    assert graphql(teacher_client, MEDIA, id=resource.pk)["resource"]["media"]["state"] == "SUCCEEDED"
    # and a visitor cannot press it
    denied = graphql(
        Client(), "mutation($id: ID!) { resourceMediaRetry(id: $id) { errors { code } } }", id=resource.pk
    )["resourceMediaRetry"]
    assert denied["errors"][0]["code"] in ("UNAUTHENTICATED", "NOT_FOUND")


def test_documents_become_pages_and_users_ask_for_a_pdf(library, tmp_path):
    # given a published Word document in Chinese, converted
    teacher = library["teacher"]
    course = library["parts"]
    path = samples.docx_pages(tmp_path / "数控编程讲义.docx", [["第一章 数控编程基础"], ["第二章 宏程序"]])
    resource = services.resource_create(
        user=teacher,
        attributes=services.ResourceAttributes(
            title="数控编程讲义",
            major=course.get_parent().specific,
            course=course,
            organisation=library["school"],
            authors=[{"name": "李老师"}],
            resource_type=ResourceType.DOCUMENT,
        ),
        asset=asset_from(path),
    )
    convert(resource)
    resource = publish(resource, teacher)
    # then visitors get its pages as images and the PDF, and search finds words of the converted text
    shown = graphql(Client(), MEDIA, id=resource.pk)["resource"]["media"]
    assert len(shown["pages"]) == 2 and shown["pdfUrl"].endswith("document.pdf")
    assert Client().get(shown["pages"][0]).status_code == 200
    from cms.resources.selectors import resource_search

    assert [r.pk for r in resource_search(AnonymousUser(), query="宏程序").items] == [resource.pk]
    # when a signed-in visitor asks for it as PDF (the on-demand conversion), once or twice
    visitor = Client()
    visitor.force_login(library["teacher"])
    ask = (
        "mutation($id: ID!) { resourceConversionRequest(id: $id, kind: PDF) {"
        " errors { code } resource { media { conversions { kind state url } } } } }"
    )
    first = graphql(visitor, ask, id=resource.pk)["resourceConversionRequest"]
    again = graphql(visitor, ask, id=resource.pk)["resourceConversionRequest"]
    assert first["errors"] == [] and again["resource"]["media"]["conversions"] == [
        {"kind": "PDF", "state": "QUEUED", "url": ""}
    ]
    pdf_job = ProcessingJob.objects.get(asset=resource.asset, kind="pdf")
    assert job_run(job_id=pdf_job.pk) == "succeeded"
    done = graphql(visitor, MEDIA, id=resource.pk)["resource"]["media"]["conversions"]
    assert done[0]["state"] == "SUCCEEDED" and done[0]["url"].endswith("document.pdf")
    # and a conversion that does not fit the file is refused with a clear error
    refused = graphql(
        visitor,
        "mutation($id: ID!) { resourceConversionRequest(id: $id, kind: MP4) { errors { code field } } }",
        id=resource.pk,
    )["resourceConversionRequest"]
    assert refused["errors"] == [{"code": "INVALID_INPUT", "field": "kind"}]


def test_the_library_list_loads_media_in_flat_queries(library, tmp_path):
    # given several published, converted resources of different kinds
    teacher = library["teacher"]
    for n in range(3):
        image = samples.image(tmp_path / f"夹具{n}.png", size=(64, 48), color=["red", "green", "blue"][n])
        resource = services.resource_create(
            user=teacher,
            attributes=services.ResourceAttributes(
                title=f"夹具结构图{n}",
                major=library["parts"].get_parent().specific,
                course=library["parts"],
                organisation=library["school"],
                authors=[{"name": "王老师"}],
                visibility=Visibility.PUBLIC,
            ),
            asset=asset_from(image),
        )
        convert(resource)
        publish(resource, teacher)

    def page(limit: int) -> tuple[int, int, dict]:
        query = (
            '{ resources(query: "夹具", limit: %d) { total items { id media { state thumbnailUrl images { url } } } } }'
        )
        client = Client()
        graphql(client, query % limit)  # warm per-process caches (content types, site)
        with CaptureQueriesContext(connection) as captured:
            data = graphql(client, query % limit)
        renditions = [q for q in captured.captured_queries if "media_pipeline_rendition" in q["sql"]]
        return len(captured.captured_queries), len(renditions), data

    # then a page of three costs exactly as many queries as a page of one, renditions in one query
    one, _, _ = page(1)
    three, rendition_queries, data = page(3)
    assert (three, rendition_queries) == (one, 1)
    assert data["resources"]["total"] == 3
    assert all(item["media"]["thumbnailUrl"] and item["media"]["images"] for item in data["resources"]["items"])


def test_the_system_administrator_sees_conversions_and_retries_a_failed_one(library, tmp_path):
    from cms.accounts.roles import PlatformRole
    from cms.accounts.services import role_groups_ensure
    from cms.accounts.tests.support import platform_admin, verified_client

    role_groups_ensure()
    # given a failed conversion (a job row as the pipeline leaves it)
    resource = video_resource(library, tmp_path)
    job = asset_job(resource.asset)
    ProcessingJob.objects.filter(pk=job.pk).update(
        state=JobState.FAILED, error_code="CORRUPT_FILE", error_message="“对刀演示.mp4” could not be read."
    )
    admin = verified_client(platform_admin(PlatformRole.SYSTEM_ADMIN), HTTP_ACCEPT_LANGUAGE="en")
    # when the system administrator opens 资源库 › 转码任务
    page = admin.get("/admin/resources/conversions/")
    # then the job is listed with its reason and a retry button, and pressing it queues a new job
    assert page.status_code == 200
    html = page.content.decode()
    assert "对刀演示.mp4" in html and "could not be read" in html and f"conversions/retry/{job.pk}/" in html
    assert admin.post(f"/admin/resources/conversions/retry/{job.pk}/").status_code == 302
    assert asset_job(resource.asset).state == JobState.QUEUED
    assert ProcessingJob.objects.filter(asset=resource.asset).count() == 2
    # and a teacher has no such page
    teacher = Client(HTTP_ACCEPT_LANGUAGE="en")
    teacher.force_login(library["teacher"])
    assert teacher.get("/admin/resources/conversions/").status_code in (302, 403)
    assert teacher.post(f"/admin/resources/conversions/retry/{job.pk}/").status_code in (302, 403)
    assert ProcessingJob.objects.filter(asset=resource.asset).count() == 2


def test_reconverting_replaces_the_published_media_and_purging_removes_every_file(library, tmp_path):
    from cms.accounts.roles import PlatformRole
    from cms.accounts.tests.support import platform_admin

    # given a published, converted video whose media is on the public prefix
    resource = video_resource(library, tmp_path)
    first = convert(resource)
    resource = publish(resource, library["teacher"])
    before = media.media_sync_public(resource)
    # when its editor re-converts it (batch tool): a new job, even though the first one succeeded
    services.resources_reconvert(user=library["teacher"], resources=[resource])
    second = asset_job(resource.asset)
    assert second.pk != first.pk and second.state == JobState.QUEUED
    # the first conversion stays on show until the second one is done
    assert f"/media/{first.pk}/" in graphql(Client(), MEDIA, id=resource.pk)["resource"]["media"]["hlsUrl"]
    convert(resource)
    after = media.media_sync_public(resource)
    assert after and not set(after) & set(before)
    assert all(f"/{second.pk}/" in key for key in after)
    assert sorted(storage.list_prefix(f"public/derived/{resource.asset_id}/")) == sorted(
        storage.public_key(key) for key in after
    )
    # when it goes to the recycle bin and an administrator empties it
    services.resources_delete(user=library["teacher"], resources=[resource])
    media.media_sync_public(resource)
    asset_id = resource.asset_id
    services.resources_purge(user=platform_admin(PlatformRole.SYSTEM_ADMIN), resources=[resource])
    # then no file of its conversions is left anywhere, and no job or rendition row
    assert storage.list_prefix(f"derived/{asset_id}/") == []
    assert storage.list_prefix(f"public/derived/{asset_id}/") == []
    assert not ProcessingJob.objects.filter(asset_id=asset_id).exists()


def uploaded(user, name: str, data: bytes):
    """A finished resumable upload of ``data``, as tus-js-client leaves it."""
    import io

    from media_pipeline.uploads import upload_append, upload_create

    upload = upload_create(owner=user, length=len(data), metadata={"filename": name})
    return upload_append(upload_id=upload.pk, owner=user, offset=0, stream=io.BytesIO(data))


SRT = "1\n00:00:00,000 --> 00:00:01,500\n对刀前先回参考点\n\n2\n00:00:01,600 --> 00:00:02,000\n注意安全\n".encode("gbk")
ATTACH = (
    "mutation($id: ID!, $upload: ID!, $language: String) { resourceSubtitleAttach(id: $id, uploadId: $upload,"
    " language: $language) { errors { code field message } resource { media { subtitleUrl"
    " subtitles { language label url } } } } }"
)


def test_editors_attach_subtitles_that_viewers_load_with_the_video(library, tmp_path):
    from cms.core.models import SensitiveWord

    # given a published video and its editor
    teacher = library["teacher"]
    resource = publish(video_resource(library, tmp_path), teacher)
    editor = Client()
    editor.force_login(teacher)
    # when the editor attaches an SRT in GBK (as Chinese subtitle tools often save them)
    upload = uploaded(teacher, "对刀字幕.srt", SRT)
    result = graphql(editor, ATTACH, id=resource.pk, upload=str(upload.pk), language="zh-CN")["resourceSubtitleAttach"]
    # then it is kept as WebVTT, listed in the media, and any visitor of the video loads it
    assert result["errors"] == []
    tracks = result["resource"]["media"]["subtitles"]
    assert [(t["language"], t["label"]) for t in tracks] == [("zh-CN", "中文")]
    assert result["resource"]["media"]["subtitleUrl"] == tracks[0]["url"]
    vtt = b"".join(Client().get(tracks[0]["url"]).streaming_content).decode("utf-8")
    assert vtt.startswith("WEBVTT") and "00:00:00.000 --> 00:00:01.500" in vtt and "对刀前先回参考点" in vtt
    # a second file of the same language replaces the first; the upload was consumed
    again = uploaded(teacher, "新字幕.srt", SRT.replace("注意安全".encode("gbk"), "戴好护目镜".encode("gbk")))
    graphql(editor, ATTACH, id=resource.pk, upload=str(again.pk), language="zh-CN")
    assert "戴好护目镜" in b"".join(Client().get(tracks[0]["url"]).streaming_content).decode()
    assert resource.subtitles.count() == 1
    # and bad subtitles are refused with the reason, keeping what was there
    SensitiveWord.objects.create(word="赌博")
    from cms.core.sensitive_words import words_changed

    words_changed()
    dirty = uploaded(teacher, "坏字幕.srt", "1\n00:00:00,000 --> 00:00:01,000\n赌博\n".encode())
    refused = graphql(editor, ATTACH, id=resource.pk, upload=str(dirty.pk))["resourceSubtitleAttach"]
    assert refused["errors"][0]["field"] == "uploadId" and "赌博" in refused["errors"][0]["message"]
    broken = uploaded(teacher, "乱码.srt", b"1\nnot a time\nhello\n")
    assert graphql(editor, ATTACH, id=resource.pk, upload=str(broken.pk))["resourceSubtitleAttach"]["errors"]
    assert "戴好护目镜" in b"".join(Client().get(tracks[0]["url"]).streaming_content).decode()
    # a visitor cannot attach or remove; the editor removes
    stranger = uploaded(teacher, "x.srt", SRT)
    denied = graphql(Client(), ATTACH, id=resource.pk, upload=str(stranger.pk))["resourceSubtitleAttach"]
    assert denied["errors"]
    remove = 'mutation($id: ID!) { resourceSubtitleRemove(id: $id, language: "zh-CN") { errors { code } } }'
    assert graphql(editor, remove, id=resource.pk)["resourceSubtitleRemove"]["errors"] == []
    assert Client().get(tracks[0]["url"]).status_code == 404

import uuid

import pytest

from media_pipeline.models import Upload
from media_pipeline.tests.support import browser, create, head, headers, metadata, patch, user
from media_pipeline.uploads import upload_path

pytestmark = pytest.mark.django_db


def _files(settings) -> list:
    directory = settings.ZYK_UPLOAD_DIR
    return sorted(directory.iterdir()) if directory.exists() else []


def test_options_tells_the_capabilities(settings):
    settings.ZYK_UPLOAD_MAX_BYTES = 1234
    response = browser().options("/uploads/")
    assert response.status_code == 204
    assert response["Tus-Resumable"] == "1.0.0"
    assert response["Tus-Version"] == "1.0.0"
    assert response["Tus-Extension"] == "creation,termination,expiration"
    assert response["Tus-Max-Size"] == "1234"


def test_a_full_upload_in_three_chunks_resumed_with_head(settings):
    # given
    client = browser(user())
    data = bytes(range(256)) * 40  # 10 240 bytes
    created = create(client, length=len(data))
    assert created.status_code == 201 and created["Tus-Resumable"] == "1.0.0"
    url = created["Location"]
    assert url.startswith("http://testserver/uploads/")
    # when: a first chunk, then the connection "breaks"; HEAD tells where to go on
    first = patch(client, url, data[:4000], offset=0)
    resumed = head(client, url)
    second = patch(client, url, data[4000:8000], offset=int(resumed["Upload-Offset"]))
    third = patch(client, url, data[8000:], offset=8000)
    # then
    assert first.status_code == 204 and first["Upload-Offset"] == "4000" and "Upload-Expires" in first
    assert resumed.status_code == 200
    assert (resumed["Upload-Offset"], resumed["Upload-Length"], resumed["Cache-Control"]) == (
        "4000",
        "10240",
        "no-store",
    )
    assert second["Upload-Offset"] == "8000"
    assert third.status_code == 204 and third["Upload-Offset"] == "10240"
    upload = Upload.objects.get()
    assert upload.is_complete
    assert upload_path(upload).read_bytes() == data


def test_a_wrong_offset_is_a_conflict():
    client = browser(user())
    url = create(client, length=100)["Location"]
    patch(client, url, b"x" * 10, offset=0)
    response = patch(client, url, b"y" * 10, offset=5)
    assert response.status_code == 409 and response["Zyk-Error-Code"] == "OFFSET_MISMATCH"
    assert Upload.objects.get().offset == 10


def test_over_the_limit_at_creation_stores_nothing(settings):
    # given
    settings.ZYK_UPLOAD_MAX_BYTES = 1000
    client = browser(user())
    # when
    response = create(client, length=1001, filename="大视频.mp4")
    # then
    assert response.status_code == 413
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    assert response.content.decode() == "“大视频.mp4” is larger than the limit of 1000 B."
    assert not Upload.objects.exists()
    assert _files(settings) == []


def test_an_empty_file_is_refused_at_creation(settings):
    response = create(browser(user()), length=0, filename="空.pdf")
    assert response.status_code == 400 and response.content.decode() == "“空.pdf” is empty."
    assert _files(settings) == []


def test_an_unsupported_type_is_refused_at_creation(settings):
    response = create(browser(user()), length=10, filename="setup.exe")
    assert response.status_code == 400 and response["Zyk-Error-Code"] == "UNSUPPORTED_TYPE"
    assert _files(settings) == []


def test_another_user_cannot_see_the_upload():
    url = create(browser(user("owner")), length=10)["Location"]
    other = browser(user("other"))
    assert head(other, url).status_code == 404
    assert patch(other, url, b"x", offset=0).status_code == 404
    assert other.delete(url, headers=headers(other)).status_code == 404
    assert Upload.objects.get().offset == 0


def test_an_unknown_upload_is_not_found():
    client = browser(user())
    assert head(client, f"/uploads/{uuid.uuid4()}").status_code == 404


def test_anonymous_creation_is_refused(settings):
    response = create(browser(), length=10)
    assert response.status_code == 401 and response.content.decode() == "Please log in first."
    assert not Upload.objects.exists()


def test_refusals_are_in_the_reader_language():
    client = browser()
    response = client.post("/uploads/", headers={**headers(client, Upload_Length="5"), "Accept-Language": "zh-hans"})
    assert response.status_code == 401 and response.content.decode() == "请先登录。"


def test_without_the_csrf_token_creation_is_forbidden():
    response = create(browser(user(), csrf=False), length=10)
    assert response.status_code == 403
    assert not Upload.objects.exists()


def test_without_the_csrf_token_patch_is_forbidden():
    account = user()
    url = create(browser(account), length=10)["Location"]
    response = patch(browser(account, csrf=False), url, b"x" * 10, offset=0)
    assert response.status_code == 403 and Upload.objects.get().offset == 0


def test_the_chinese_file_name_and_other_metadata_are_kept():
    create(
        browser(user()),
        length=10,
        filename="第一章 数控编程（上）.pptx",
        relativePath="课程资料/第一章 数控编程（上）.pptx",
    )
    upload = Upload.objects.get()
    assert upload.filename == "第一章 数控编程（上）.pptx"
    assert upload.metadata == {"relativePath": "课程资料/第一章 数控编程（上）.pptx"}


def test_more_bytes_than_declared_are_refused_and_not_kept():
    client = browser(user())
    url = create(client, length=10)["Location"]
    response = patch(client, url, b"x" * 11, offset=0)
    assert response.status_code == 400 and response["Zyk-Error-Code"] == "LENGTH_EXCEEDED"
    upload = Upload.objects.get()
    assert upload.offset == 0 and upload_path(upload).stat().st_size == 0


def test_patch_needs_the_offset_content_type():
    client = browser(user())
    url = create(client, length=10)["Location"]
    assert patch(client, url, b"x", offset=0, content_type="application/octet-stream").status_code == 415


def test_requests_without_tus_resumable_are_refused():
    client = browser(user())
    response = client.post(
        "/uploads/", headers={"X-CSRFToken": "abcdefghijklmnopqrstuvwxyz012345", "Upload-Length": "5"}
    )
    assert response.status_code == 412 and response["Tus-Version"] == "1.0.0"


def test_method_override_on_post(settings):
    # given
    client = browser(user())
    url = create(client, length=3, filename="a.txt")["Location"]
    # when
    response = client.post(
        url,
        data=b"abc",
        content_type="application/offset+octet-stream",
        headers=headers(client, X_HTTP_Method_Override="PATCH", Upload_Offset="0"),
    )
    get_override = client.get(url, headers=headers(client, X_HTTP_Method_Override="DELETE"))
    # then
    assert response.status_code == 204 and response["Upload-Offset"] == "3"
    assert get_override.status_code == 405 and Upload.objects.exists()


def test_termination_removes_the_row_and_the_bytes(settings, django_capture_on_commit_callbacks):
    client = browser(user())
    url = create(client, length=10)["Location"]
    patch(client, url, b"x" * 5, offset=0)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.delete(url, headers=headers(client))
    assert response.status_code == 204
    assert not Upload.objects.exists() and _files(settings) == []


def test_an_expired_upload_is_gone():
    client = browser(user())
    url = create(client, length=10)["Location"]
    Upload.objects.update(expires_at="2000-01-01T00:00:00Z")
    assert head(client, url).status_code == 404


def test_metadata_must_be_base64():
    client = browser(user())
    response = client.post("/uploads/", headers=headers(client, Upload_Length="5", Upload_Metadata="filename ***"))
    assert response.status_code == 400 and not Upload.objects.exists()


def test_metadata_helper_round_trip():
    assert metadata(filename="数控.mp4").startswith("filename ")

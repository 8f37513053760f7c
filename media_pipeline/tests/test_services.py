import pytest

from media_pipeline.errors import MediaError
from media_pipeline.models import MediaAsset, Upload
from media_pipeline.services import asset_create_from_file, asset_create_from_upload
from media_pipeline.tests import samples
from media_pipeline.tests.support import user
from media_pipeline.uploads import upload_append, upload_create, upload_path

pytestmark = pytest.mark.django_db


def _stored(settings) -> list:
    root = settings.MEDIA_ROOT
    return sorted(path for path in root.rglob("*") if path.is_file()) if root.exists() else []


def test_asset_from_a_file_is_sniffed_measured_and_stored(tmp_path, settings):
    # given
    path = samples.docx(tmp_path / "upload.bin", ["数控车床的操作规程"])
    # when
    asset = asset_create_from_file(path=path, filename="操作规程.docx")
    # then
    asset.refresh_from_db()
    assert asset.original_filename == "操作规程.docx"
    assert (asset.kind, asset.extension) == ("document", "docx")
    assert asset.extracted_text == "数控车床的操作规程"
    assert asset.size == path.stat().st_size and len(asset.checksum) == 64
    assert asset.file.name.startswith("assets/") and asset.file.name.endswith(".docx")
    assert asset.file.name.isascii()
    assert _stored(settings) == [settings.MEDIA_ROOT / asset.file.name]
    assert (settings.MEDIA_ROOT / asset.file.name).read_bytes() == path.read_bytes()
    assert path.exists()


def test_a_refused_file_stores_nothing(tmp_path, settings):
    with pytest.raises(MediaError) as caught:
        asset_create_from_file(path=samples.pdf(tmp_path / "a.bin", ["x"]), filename="x.mp4")
    assert caught.value.code == "CONTENT_MISMATCH"
    assert not MediaAsset.objects.exists() and _stored(settings) == []


def test_the_stored_copy_goes_when_the_row_cannot_be_saved(tmp_path, settings, monkeypatch):
    def broken_save(self, *args, **kwargs):
        raise RuntimeError("database gone")

    monkeypatch.setattr(MediaAsset, "save", broken_save)
    with pytest.raises(RuntimeError):
        asset_create_from_file(path=samples.image(tmp_path / "a.png", format="PNG"), filename="图.png")
    assert _stored(settings) == []


def test_asset_from_a_finished_upload_consumes_it(settings, av_files, django_capture_on_commit_callbacks):
    # given
    data = av_files["mp4"].read_bytes()
    owner = user()
    upload = upload_create(owner=owner, length=len(data), metadata={"filename": "第一课.mp4"})
    upload_append(upload_id=upload.pk, owner=owner, offset=0, stream=av_files["mp4"].open("rb"))
    part = upload_path(upload)
    # when
    with django_capture_on_commit_callbacks(execute=True):
        asset = asset_create_from_upload(upload=upload)
    # then
    assert (asset.kind, asset.original_filename, asset.width) == ("video", "第一课.mp4", 160)
    assert asset.duration_seconds == pytest.approx(1.0, abs=0.1)
    assert (settings.MEDIA_ROOT / asset.file.name).read_bytes() == data
    assert not part.exists() and not Upload.objects.exists()
    with pytest.raises(MediaError) as again:
        asset_create_from_upload(upload=upload)
    assert again.value.code == "NOT_FOUND"


def test_an_unfinished_upload_cannot_become_an_asset(settings):
    upload = upload_create(owner=user(), length=10, metadata={"filename": "a.txt"})
    with pytest.raises(MediaError) as caught:
        asset_create_from_upload(upload=upload)
    assert caught.value.code == "UPLOAD_INCOMPLETE" and "0 of 10" in caught.value.message
    assert Upload.objects.exists() and _stored(settings) == []

import pytest

from media_pipeline.errors import MediaError
from media_pipeline.sniff import MediaKind, Sniffed, kinds_compatible, sniff
from media_pipeline.tests import samples

OOXML = "application/vnd.openxmlformats-officedocument"


def _refusal(path, filename) -> MediaError:
    with pytest.raises(MediaError) as caught:
        sniff(path, filename)
    return caught.value


@pytest.mark.parametrize(
    ("filename", "make", "kind", "mime"),
    [
        ("说明.txt", lambda p: samples.write(p, "数控加工说明".encode()), MediaKind.TEXT, "text/plain"),
        ("gbk.txt", lambda p: samples.write(p, "数控加工说明".encode("gbk")), MediaKind.TEXT, "text/plain"),
        ("readme.md", lambda p: samples.write(p, b"# Title\n"), MediaKind.TEXT, "text/markdown"),
        ("page.html", lambda p: samples.write(p, b"<html><body>Hi</body></html>"), MediaKind.TEXT, "text/html"),
        ("photo.jpg", lambda p: samples.image(p, format="JPEG"), MediaKind.IMAGE, "image/jpeg"),
        ("图片.PNG", lambda p: samples.image(p, format="PNG"), MediaKind.IMAGE, "image/png"),
        ("a.webp", lambda p: samples.image(p, format="WEBP"), MediaKind.IMAGE, "image/webp"),
        ("a.bmp", lambda p: samples.image(p, format="BMP"), MediaKind.IMAGE, "image/bmp"),
        ("a.tiff", lambda p: samples.image(p, format="TIFF"), MediaKind.IMAGE, "image/tiff"),
        ("still.gif", lambda p: samples.image(p, format="GIF"), MediaKind.IMAGE, "image/gif"),
        ("moving.gif", lambda p: samples.animation(p, format="GIF"), MediaKind.ANIMATION, "image/gif"),
        ("moving.png", lambda p: samples.animation(p, format="PNG"), MediaKind.ANIMATION, "image/png"),
        ("moving.webp", lambda p: samples.animation(p, format="WEBP"), MediaKind.ANIMATION, "image/webp"),
        ("教材.pdf", lambda p: samples.pdf(p, ["Hello"]), MediaKind.DOCUMENT, "application/pdf"),
        ("a.docx", lambda p: samples.docx(p, ["数控"]), MediaKind.DOCUMENT, f"{OOXML}.wordprocessingml.document"),
        ("a.doc", samples.ole2, MediaKind.DOCUMENT, "application/msword"),
        ("a.wps", samples.ole2, MediaKind.DOCUMENT, "application/wps-office.wps"),
        ("a.rtf", samples.rtf, MediaKind.DOCUMENT, "application/rtf"),
        (
            "a.odt",
            lambda p: samples.odf(p, "application/vnd.oasis.opendocument.text", ["x"]),
            MediaKind.DOCUMENT,
            "application/vnd.oasis.opendocument.text",
        ),
        ("a.pptx", lambda p: samples.pptx(p, [["x"]]), MediaKind.PRESENTATION, f"{OOXML}.presentationml.presentation"),
        ("a.ppt", samples.ole2, MediaKind.PRESENTATION, "application/vnd.ms-powerpoint"),
        ("a.dps", samples.ole2, MediaKind.PRESENTATION, "application/wps-office.dps"),
        (
            "a.odp",
            lambda p: samples.odf(p, "application/vnd.oasis.opendocument.presentation", ["x"]),
            MediaKind.PRESENTATION,
            "application/vnd.oasis.opendocument.presentation",
        ),
        ("a.xlsx", lambda p: samples.xlsx(p, [("姓名",)]), MediaKind.SPREADSHEET, f"{OOXML}.spreadsheetml.sheet"),
        ("a.xls", samples.ole2, MediaKind.SPREADSHEET, "application/vnd.ms-excel"),
        ("a.et", samples.ole2, MediaKind.SPREADSHEET, "application/wps-office.et"),
        ("a.csv", lambda p: samples.write(p, "姓名,学号\n".encode("gbk")), MediaKind.SPREADSHEET, "text/csv"),
        (
            "a.ods",
            lambda p: samples.odf(p, "application/vnd.oasis.opendocument.spreadsheet", ["x"]),
            MediaKind.SPREADSHEET,
            "application/vnd.oasis.opendocument.spreadsheet",
        ),
        (
            "仿真.zip",
            lambda p: samples.zip_of(p, {"index.html": "<html></html>", "js/app.js": "1"}),
            MediaKind.SIMULATION,
            "application/zip",
        ),
        (
            "批量.zip",
            lambda p: samples.zip_of(p, {"一.txt": "1", "二/三.txt": "2"}),
            MediaKind.ARCHIVE,
            "application/zip",
        ),
    ],
)
def test_every_kind_is_detected(tmp_path, filename, make, kind, mime):
    # given
    path = make(tmp_path / "upload.bin")
    # when
    sniffed = sniff(path, filename)
    # then
    assert sniffed == Sniffed(kind=kind, mime=mime, extension=filename.rsplit(".", 1)[1].lower())


@pytest.mark.parametrize(
    ("recipe", "kind"),
    [
        ("mp4", MediaKind.VIDEO),
        ("m4v", MediaKind.VIDEO),
        ("mov", MediaKind.VIDEO),
        ("webm", MediaKind.VIDEO),
        ("mkv", MediaKind.VIDEO),
        ("avi", MediaKind.VIDEO),
        ("flv", MediaKind.VIDEO),
        ("wmv", MediaKind.VIDEO),
        ("mpg", MediaKind.VIDEO),
        ("mp3", MediaKind.AUDIO),
        ("wav", MediaKind.AUDIO),
        ("m4a", MediaKind.AUDIO),
        ("aac", MediaKind.AUDIO),
        ("ogg", MediaKind.AUDIO),
        ("flac", MediaKind.AUDIO),
        ("wma", MediaKind.AUDIO),
    ],
)
def test_audio_and_video_are_detected(av_files, recipe, kind):
    assert sniff(av_files[recipe], f"课程.{recipe}").kind == kind


def test_a_pdf_renamed_mp4_is_refused(tmp_path):
    # given
    path = samples.pdf(tmp_path / "x.mp4", ["Hello"])
    # when
    error = _refusal(path, "x.mp4")
    # then
    assert error.code == "CONTENT_MISMATCH"
    assert error.message == "“x.mp4” is not a valid .mp4 file: its content looks like PDF document."


def test_a_docx_renamed_doc_is_told_to_use_the_right_extension(tmp_path):
    error = _refusal(samples.docx(tmp_path / "a.doc", ["x"]), "报告.doc")
    assert error.code == "CONTENT_MISMATCH"
    assert "Word document (.docx)" in error.message and "right extension" in error.message


def test_an_mp4_without_video_is_not_a_video(av_files):
    error = _refusal(av_files["mp4-audio-only"], "lesson.mp4")
    assert error.code == "CONTENT_MISMATCH" and "no video stream" in error.message


def test_video_renamed_mp3_is_refused(av_files):
    error = _refusal(av_files["mp4"], "song.mp3")
    assert error.code == "CONTENT_MISMATCH" and "MP4/MOV media" in error.message


def test_binary_renamed_txt_is_refused(tmp_path):
    error = _refusal(samples.image(tmp_path / "a.png", format="PNG"), "notes.txt")
    assert error.code == "CONTENT_MISMATCH" and "PNG image" in error.message


def test_a_text_mentioning_pdf_is_still_text(tmp_path):
    path = samples.write(tmp_path / "a.txt", b"How to make a file that starts with %PDF-1.4\n")
    assert sniff(path, "a.txt").kind == MediaKind.TEXT


def test_an_empty_file_is_refused(tmp_path):
    error = _refusal(samples.write(tmp_path / "a.pdf", b""), "空.pdf")
    assert error.code == "EMPTY_FILE" and "空.pdf" in error.message


@pytest.mark.parametrize("filename", ["setup.exe", "noextension", "archive.tar.gz"])
def test_an_unknown_extension_is_refused(tmp_path, filename):
    error = _refusal(samples.write(tmp_path / "a", b"MZ\x90\x00"), filename)
    assert error.code == "UNSUPPORTED_TYPE"
    assert filename in error.message and "pdf" in error.message and "mp4" in error.message


def test_a_corrupt_png_is_refused(tmp_path):
    error = _refusal(samples.corrupt_png(tmp_path / "a.png"), "坏图.png")
    assert error.code == "CORRUPT_FILE" and "坏图.png" in error.message


def test_a_truncated_jpeg_is_refused(tmp_path):
    data = samples.image(tmp_path / "a.jpg", size=(256, 256), format="JPEG").read_bytes()
    error = _refusal(samples.write(tmp_path / "b.jpg", data[: len(data) // 2]), "b.jpg")
    assert error.code == "CORRUPT_FILE"


def test_a_truncated_pdf_is_refused(tmp_path):
    data = samples.pdf(tmp_path / "a.pdf", ["Hello"]).read_bytes()
    error = _refusal(samples.write(tmp_path / "b.pdf", data[:20]), "b.pdf")
    assert error.code == "CORRUPT_FILE"


def test_a_truncated_docx_is_corrupt(tmp_path):
    data = samples.docx(tmp_path / "a.docx", ["x"]).read_bytes()
    error = _refusal(samples.write(tmp_path / "b.docx", data[:40]), "b.docx")
    assert error.code == "CORRUPT_FILE"


def test_a_file_over_the_limit_is_refused(tmp_path, settings):
    settings.ZYK_UPLOAD_MAX_BYTES = 10
    error = _refusal(samples.write(tmp_path / "a.txt", b"x" * 11), "a.txt")
    assert error.code == "TOO_LARGE"


def test_an_unsafe_zip_is_refused_by_sniff(tmp_path):
    error = _refusal(samples.zip_of(tmp_path / "a.zip", {"../evil.txt": "x"}), "a.zip")
    assert error.code == "UNSAFE_ARCHIVE"


def test_text_that_is_neither_utf8_nor_gb18030_is_refused(tmp_path):
    error = _refusal(samples.write(tmp_path / "a.txt", b"abc\x80\xff\xfe"), "a.txt")
    assert error.code == "CONTENT_MISMATCH"


def test_kinds_compatible():
    assert kinds_compatible(MediaKind.VIDEO, "video")
    assert kinds_compatible(MediaKind.VIDEO, "animation")
    assert not kinds_compatible(MediaKind.ARCHIVE, "simulation")
    assert not kinds_compatible(MediaKind.IMAGE, "video")
    assert not kinds_compatible(MediaKind.VIDEO, "link")


def test_without_ffprobe_the_magic_bytes_decide(av_files, monkeypatch, tmp_path):
    monkeypatch.setenv("PATH", str(tmp_path / "nothing-here"))
    assert sniff(av_files["mp4-audio-only"], "lesson.mp4").kind == MediaKind.VIDEO
    assert _refusal(samples.pdf(tmp_path / "x.mp4", ["x"]), "x.mp4").code == "CONTENT_MISMATCH"

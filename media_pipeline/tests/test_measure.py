import hashlib

import pytest

from media_pipeline.measure import TEXT_MAX_CHARS, measure
from media_pipeline.sniff import MediaKind
from media_pipeline.tests import samples


def test_size_and_checksum_always(tmp_path):
    # given
    data = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(3 * 1024 * 1024)
    path = samples.write(tmp_path / "a.doc", data)
    # when
    measured = measure(path, MediaKind.DOCUMENT)
    # then
    assert measured.size == len(data)
    assert measured.checksum == hashlib.sha256(data).hexdigest()
    assert (measured.width, measured.pages, measured.duration_seconds, measured.text) == (None, None, None, "")


def test_image_size(tmp_path):
    measured = measure(samples.image(tmp_path / "a.png", size=(40, 30), format="PNG"), MediaKind.IMAGE)
    assert (measured.width, measured.height) == (40, 30)


def test_animation_size_and_duration(tmp_path):
    measured = measure(samples.animation(tmp_path / "a.gif", frames=4, format="GIF"), MediaKind.ANIMATION)
    assert (measured.width, measured.height, measured.duration_seconds) == (16, 16, 0.4)


def test_pdf_pages_and_text(tmp_path):
    measured = measure(samples.pdf(tmp_path / "a.part", ["Spindle", "Lathe", "Milling"]), MediaKind.DOCUMENT)
    assert measured.pages == 3
    assert "Spindle" in measured.text and "Milling" in measured.text


def test_mp4_duration_and_size(av_files):
    measured = measure(av_files["mp4"], MediaKind.VIDEO)
    assert (measured.width, measured.height) == (160, 120)
    assert measured.duration_seconds == pytest.approx(1.0, abs=0.1)


def test_mp3_duration(av_files):
    measured = measure(av_files["mp3"], MediaKind.AUDIO)
    assert measured.duration_seconds == pytest.approx(1.0, abs=0.1)
    assert measured.width is None


def test_docx_text_in_chinese(tmp_path):
    measured = measure(samples.docx(tmp_path / "a.docx", ["数控车床的操作规程", "第二段"]), MediaKind.DOCUMENT)
    assert measured.text == "数控车床的操作规程\n第二段"


def test_pptx_slides_and_text(tmp_path):
    measured = measure(samples.pptx(tmp_path / "a.pptx", [["第一页"], ["第二页", "要点"]]), MediaKind.PRESENTATION)
    assert measured.pages == 2
    assert measured.text == "第一页\n\n第二页\n要点"


def test_xlsx_cell_strings(tmp_path):
    measured = measure(samples.xlsx(tmp_path / "a.xlsx", [("姓名", "分数"), ("张三", 90)]), MediaKind.SPREADSHEET)
    assert measured.text == "姓名\t分数\n张三"


def test_odt_text(tmp_path):
    path = samples.odf(tmp_path / "a.odt", "application/vnd.oasis.opendocument.text", ["开放文档", "第二行"])
    assert measure(path, MediaKind.DOCUMENT).text == "开放文档\n第二行"


def test_gbk_text_is_decoded(tmp_path):
    path = samples.write(tmp_path / "a.txt", "机械制图说明".encode("gbk"))
    assert measure(path, MediaKind.TEXT, extension="txt").text == "机械制图说明"


def test_html_text_is_visible_text_only(tmp_path):
    html = "<html><head><style>p{}</style><script>var x=1</script></head><body><p>可见</p></body></html>"
    path = samples.write(tmp_path / "a.html", html.encode())
    assert measure(path, MediaKind.TEXT, extension="html").text == "可见"


def test_text_is_capped(tmp_path):
    path = samples.write(tmp_path / "a.txt", ("字" * (TEXT_MAX_CHARS + 10)).encode())
    assert len(measure(path, MediaKind.TEXT).text) == TEXT_MAX_CHARS


def test_a_damaged_docx_still_gets_size_and_checksum(tmp_path):
    path = samples.zip_of(tmp_path / "a.docx", {"[Content_Types].xml": "<x/>", "word/document.xml": "<not xml"})
    measured = measure(path, MediaKind.DOCUMENT)
    assert measured.text == "" and measured.size == path.stat().st_size


def test_without_tools_the_optional_parts_are_empty(tmp_path, monkeypatch):
    monkeypatch.setenv("PATH", str(tmp_path / "nothing-here"))
    measured = measure(samples.pdf(tmp_path / "a.pdf", ["Hello"]), MediaKind.DOCUMENT)
    assert measured.pages is None and measured.text == "" and len(measured.checksum) == 64

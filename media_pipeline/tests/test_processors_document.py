"""Documents → PDF (LibreOffice) → page images, text, page count (M2, M3 "convert", C3, Q).

LibreOffice takes about a second per run here: two documents are converted for the whole module
(a Chinese docx and a GBK text file), plus one damaged file and one timeout.
"""

import os
import subprocess
import sys
import tempfile
import time

import psutil
import pytest
from django.conf import settings
from PIL import Image

from media_pipeline.errors import MediaError, MediaErrorCode
from media_pipeline.processors import process
from media_pipeline.processors.document import process_document
from media_pipeline.tests import samples

PAGES = [["数控车床的基本操作", "第一节：安全规程"], ["第二页：刀具的选择"], ["第三页：对刀"]]


@pytest.fixture(scope="module")
def docx_converted(tmp_path_factory):
    folder = tmp_path_factory.mktemp("docx")
    source = samples.docx_pages(folder / "数控车床.docx", PAGES)
    out_dir = folder / "out"
    out_dir.mkdir()
    heard = []

    def preview(early) -> None:  # what exists on disk when the preview is announced
        files = sorted(p.relative_to(out_dir).as_posix() for p in out_dir.rglob("*") if p.is_file())
        previews.append((early, files, len(heard)))

    previews = []
    result = process_document(source, out_dir, on_output=heard.append, on_preview=preview)
    return result, out_dir, heard, previews


def test_chinese_docx_becomes_a_pdf_whose_text_has_the_chinese(docx_converted):
    result, out_dir, _heard, _previews = docx_converted
    assert (out_dir / "document.pdf").read_bytes().startswith(b"%PDF-")
    for paragraphs in PAGES:
        for paragraph in paragraphs:
            assert paragraph in result.meta["text"]
    assert result.meta["pages"] == 3


def test_every_page_is_an_image_1280_wide_page_one_first(docx_converted):
    result, out_dir, heard, _previews = docx_converted
    pages = [o for o in result.outputs if o.role == "page"]
    assert [o.path for o in pages] == ["pages/page-0001.webp", "pages/page-0002.webp", "pages/page-0003.webp"]
    assert [o.label for o in pages] == ["page 1", "page 2", "page 3"]
    for output in pages:
        with Image.open(out_dir / output.path) as page:
            assert page.format == "WEBP"
            assert page.size == (1280, output.height)
            assert page.height > page.width  # portrait paper
    assert result.entrypoint == "pages/page-0001.webp"
    # the caller hears of the PDF, then page 1, before the other pages exist in the list
    assert [o.path for o in heard] == ["document.pdf", *[o.path for o in pages]]
    assert [o.path for o in result.outputs] == [o.path for o in heard]
    written = sorted(p.relative_to(out_dir).as_posix() for p in out_dir.rglob("*") if p.is_file())
    assert written == sorted(o.path for o in result.outputs)


def test_the_pdf_and_page_one_are_previewed_before_the_other_pages_exist(docx_converted):
    # given a 3-page docx converted with an on_preview listener (issue 5: first preview page early)
    result, _out_dir, _heard, previews = docx_converted
    # then it was called once, with the PDF and page 1 (its entry point), before page 2 was rendered
    assert len(previews) == 1
    early, files_then, heard_then = previews[0]
    assert [(o.role, o.path) for o in early.outputs] == [("pdf", "document.pdf"), ("page", "pages/page-0001.webp")]
    assert early.entrypoint == "pages/page-0001.webp"
    assert early.meta["pages"] == 3 and early.meta["preview"] is True
    assert files_then == ["document.pdf", "pages/page-0001.webp"]
    assert heard_then == 2
    # and every file of the preview is part of the final result, unchanged
    assert {o.path for o in early.outputs} <= {o.path for o in result.outputs}


def test_gbk_text_is_converted_with_its_chinese(tmp_path):
    source = samples.write(tmp_path / "说明.txt", "第一行：国标编码的文本\n第二行".encode("gbk"))
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    result = process("text", source, out_dir)
    assert "第一行：国标编码的文本" in result.meta["text"]
    assert result.meta["pages"] == 1
    assert (out_dir / "pages/page-0001.webp").is_file()


def test_a_pdf_skips_libreoffice(tmp_path):
    source = samples.pdf(tmp_path / "notes.pdf", ["Lathe safety", "Tool choice"])
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    result = process("document", source, out_dir)
    assert (out_dir / "document.pdf").read_bytes() == source.read_bytes()
    assert result.meta["pages"] == 2
    assert "Lathe safety" in result.meta["text"] and "Tool choice" in result.meta["text"]
    assert [o.path for o in result.outputs if o.role == "page"] == ["pages/page-0001.webp", "pages/page-0002.webp"]


def test_more_pages_than_the_limit_are_refused(settings, tmp_path):
    settings.ZYK_MEDIA_MAX_PAGES = 2
    source = samples.pdf(tmp_path / "long.pdf", ["one", "two", "three"])
    with pytest.raises(MediaError) as caught:
        process_document(source, tmp_path, filename="讲义.pdf")
    assert caught.value.code == MediaErrorCode.LIMIT_EXCEEDED
    assert caught.value.message == "“讲义.pdf” has 3 pages; at most 2 can be converted."


def test_a_document_libreoffice_cannot_open_is_refused(tmp_path):
    source = samples.docx(tmp_path / "broken.docx", ["no relationships: not a real document"])
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    with pytest.raises(MediaError) as caught:
        process_document(source, out_dir, filename="教案.docx")
    assert caught.value.code == MediaErrorCode.CORRUPT_FILE
    assert caught.value.message.startswith("“教案.docx” could not be opened for conversion")
    assert list(out_dir.iterdir()) == []


def alive_under(folder) -> list[psutil.Process]:
    """Live (not zombie) processes whose command line mentions ``folder``."""
    found = []
    for candidate in psutil.process_iter(["cmdline", "status"]):
        try:
            mentions = any(str(folder) in part for part in candidate.info["cmdline"] or ())
            if mentions and candidate.info["status"] != psutil.STATUS_ZOMBIE:
                found.append(candidate)
        except (psutil.NoSuchProcess, psutil.AccessDenied):
            continue
    return found


def alive_after_kill(folder, *, within: float = 5.0) -> list[psutil.Process]:
    """``alive_under`` once the processes had a moment to die: SIGKILL is delivered when the kernel next
    schedules them, which on a loaded machine is not instantly. Empty as soon as they are gone."""
    deadline = time.monotonic() + within
    while (alive := alive_under(folder)) and time.monotonic() < deadline:
        time.sleep(0.05)
    return alive


def test_a_libreoffice_timeout_kills_its_whole_process_group(settings, tmp_path, monkeypatch):
    # given a timeout shorter than LibreOffice's start, and its work folder under this test's tmp_path
    settings.ZYK_LIBREOFFICE_TIMEOUT_SECONDS = 0.05
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    source = samples.docx_pages(tmp_path / "a.docx", [["内容"]])
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    # when converting
    with pytest.raises(MediaError) as caught:
        process_document(source, out_dir)
    # then TIMED_OUT, and nothing of this run is left running
    assert caught.value.code == MediaErrorCode.TIMED_OUT
    assert alive_after_kill(tmp_path) == []


def test_an_abort_kills_soffice_bin_too(tmp_path, monkeypatch):
    # given a 160-page document, and a job runner that aborts once soffice.bin (oosplash's child) runs
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    source = samples.docx_pages(tmp_path / "big.docx", [["内容很多的一段文字" * 10] * 100] * 20)
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    seen: list[str] = []

    class Aborted(Exception):
        pass

    def abort_once_soffice_bin_runs(fraction: float) -> None:
        names = [process.name() for process in alive_under(tmp_path)]
        if "soffice.bin" in names:
            seen.extend(names)
            raise Aborted

    # when the runner aborts from its progress callback
    with pytest.raises(Aborted):
        process_document(source, out_dir, progress=abort_once_soffice_bin_runs)
    # then the abort propagated and the whole group, soffice.bin included, is gone
    assert "soffice.bin" in seen
    assert alive_after_kill(tmp_path) == []


WORKER = """
import sys
import tempfile

import django

django.setup()
tempfile.tempdir = sys.argv[3]
from pathlib import Path
from media_pipeline.processors.document import process_document

process_document(Path(sys.argv[1]), Path(sys.argv[2]))
"""


def test_a_killed_worker_takes_libreoffice_with_it(tmp_path):
    # given a worker converting a 2400-page document (LibreOffice needs many seconds for it)
    source = samples.docx_pages(tmp_path / "big.docx", [["内容很多的一段文字" * 10] * 100] * 300)
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    work = tmp_path / "work"
    work.mkdir()
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "cms.settings.test", "PYTHONPATH": str(settings.BASE_DIR)}
    worker = subprocess.Popen(  # noqa: S603
        [sys.executable, "-c", WORKER, str(source), str(out_dir), str(work)], env=env, stdin=subprocess.DEVNULL
    )
    try:
        deadline = time.monotonic() + 60
        while worker.poll() is None and time.monotonic() < deadline:
            if "soffice.bin" in [process.name() for process in alive_under(work)]:
                break
            time.sleep(0.05)
        assert "soffice.bin" in [process.name() for process in alive_under(work)]
        # when the worker is killed outright (no Python cleanup runs)
        worker.kill()
        worker.wait()
        # then LibreOffice stops too, long before it would have finished the document
        deadline = time.monotonic() + 3
        while alive_under(work) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert alive_under(work) == []
    finally:
        if worker.poll() is None:
            worker.kill()
            worker.wait()
        for process in alive_under(work):  # leave nothing behind even when the assertion failed
            process.kill()

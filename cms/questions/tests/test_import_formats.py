"""Choosing the importer (C4, M5) and the per-file item limit every format shares."""

from pathlib import Path

import pytest
from django.utils import translation

from cms.questions import importers
from cms.questions.importers import aiken, base

FIXTURES = Path(__file__).resolve().parents[3] / "fixtures" / "questions"


@pytest.fixture(autouse=True)
def english():
    with translation.override("en"):
        yield


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("aiken_cnc.txt", "aiken"),
        ("gift_cnc.txt", "gift"),
        ("moodle_cnc.xml", "moodle_xml"),
        ("excel_cnc.xlsx", "excel"),
        ("qti_cnc.zip", "qti"),
        ("qti_hotspot.xml", "qti"),
        ("word_cnc.docx", "word"),
    ],
)
def test_each_sample_is_recognised_even_under_another_name(name, kind):
    data = (FIXTURES / name).read_bytes()

    assert importers.detect_format(data, name) == kind
    assert importers.detect_format(data, "upload.bin") == kind
    through_detection = importers.parse(data, filename=name)
    direct = importers.FORMATS[kind].parse(data, filename=name)
    assert [p.location for p in through_detection.items] == [p.location for p in direct.items]
    assert through_detection.errors == direct.errors


def test_unknown_files_are_refused_with_a_reason():
    result = importers.parse(b"just some notes", filename="notes.txt")

    assert [str(e) for e in result.errors] == [
        "notes.txt: The file’s format is not recognised; use Word, Excel, Moodle XML, GIFT, Aiken or QTI 2.1."
    ]


def _aiken(n: int) -> bytes:
    return "\n\n".join(f"G0{i} 是？\nA. 是\nB. 否\nANSWER: A" for i in range(n)).encode()


def test_a_file_may_hold_exactly_the_limit_but_not_more(monkeypatch):
    monkeypatch.setattr(base, "MAX_ITEMS", 3)

    exactly = aiken.parse(_aiken(3), filename="a.txt")
    more = aiken.parse(_aiken(5), filename="b.txt")

    assert exactly.errors == []
    assert len(exactly.items) == 3
    assert len(more.items) == 3
    assert [str(e) for e in more.errors] == ["question 4 (line 16): A file can hold at most 3 questions."]

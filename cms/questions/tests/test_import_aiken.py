"""Aiken import (C4, M5): single choice with formulas, and every malformed question named by its line."""

from pathlib import Path

import pytest
from django.utils import translation

from cms.questions.content import content_clean
from cms.questions.html import latex_of
from cms.questions.importers import aiken

FIXTURES = Path(__file__).resolve().parents[3] / "fixtures" / "questions"


@pytest.fixture(autouse=True)
def english():
    with translation.override("en"):
        yield


def test_sample_file_gives_single_choice_items_with_formulas():
    # given / when
    result = aiken.parse((FIXTURES / "aiken_cnc.txt").read_bytes(), filename="aiken_cnc.txt")

    # then
    assert result.errors == []
    assert [p.location for p in result.items] == [
        "question 1 (line 1)",
        "question 2 (line 8)",
        "question 3 (line 14)",
    ]
    first, second, third = (p.data for p in result.items)
    assert first.question_type == "single"
    assert first.stem == "数控车床上 G71 指令的作用是？"
    assert first.content["options"][0] == {"key": "A", "text": "外圆粗车复合循环"}
    assert len(first.content["options"]) == 4
    assert first.content["answer"] == "A"
    assert first.source == "imported"
    assert second.content["answer"] == "B"
    assert latex_of(second.stem) == ["\\phi 40.02"]
    assert latex_of(third.stem) == ["\\phi 30^{+0.021}_{0}"]
    assert [o["text"] for o in third.content["options"]] == ["0.021", "0.042", "0.010"]
    for parsed in result.items:
        assert content_clean(parsed.data.question_type, parsed.data.content) == parsed.data.content


def test_malformed_questions_are_each_reported_with_their_line():
    # given / when
    result = aiken.parse((FIXTURES / "aiken_broken.txt").read_bytes(), filename="aiken_broken.txt")

    # then nothing is half-valid: every question has an error and none is kept
    assert result.items == []
    messages = {e.location: e.message for e in result.errors}
    assert messages["question 1 (line 1)"] == "answer: The answer names option “E”, which does not exist."
    assert messages["question 2 (line 6)"] == "Line 8: option “C” comes where “B” was expected."
    assert "single choice only" in messages["question 3 (line 11)"]
    assert messages["question 4 (line 16)"] == "The line “ANSWER: <letter>” is missing."
    assert "braces do not pair" in messages["question 5 (line 20)"]


def test_gb18030_text_from_chinese_windows_is_read():
    text = "G01 指令表示？\nA. 直线插补\nB. 快速定位\nANSWER: A\n"

    result = aiken.parse(text.encode("gb18030"), filename="q.txt")

    assert result.errors == []
    assert result.items[0].data.stem == "G01 指令表示？"


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "The file is empty."),
        (b"\xff\xfe\x00\x00binary", "The file is not text in UTF-8 or GB18030."),
        ("只有题干，没有选项\n".encode(), "A question needs at least two options (A., B., …)."),
        (b"\n\n", "The file holds no questions."),
    ],
)
def test_files_that_cannot_be_read_say_why(data, message):
    result = aiken.parse(data, filename="x.txt")

    assert not result.ok
    assert result.items == []
    assert [e.message for e in result.errors] == [message]


def test_a_huge_file_is_refused_whole():
    result = aiken.parse(b"a" * (20 * 1024 * 1024 + 1), filename="big.txt")

    assert [str(e) for e in result.errors] == ["big.txt: The file is larger than 20 MB."]

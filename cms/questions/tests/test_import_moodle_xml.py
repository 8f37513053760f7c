"""Moodle XML import and export (C4, M5): every mapped type, embedded images, formulas, located refusals,
hostile XML, and a round trip export → import that keeps Chinese text, formulas and images."""

import base64
from decimal import Decimal
from pathlib import Path

import pytest
from django.utils import translation

from cms.questions.content import content_clean
from cms.questions.html import latex_of
from cms.questions.importers import moodle_xml
from cms.questions.importers.base import new_item

FIXTURES = Path(__file__).resolve().parents[3] / "fixtures" / "questions"
PNG = (FIXTURES / "part.png").read_bytes()


@pytest.fixture(autouse=True)
def english():
    with translation.override("en"):
        yield


def _sample():
    return moodle_xml.parse((FIXTURES / "moodle_cnc.xml").read_bytes(), filename="moodle_cnc.xml")


def _quiz(body: str) -> bytes:
    return f'<?xml version="1.0" encoding="UTF-8"?><quiz>{body}</quiz>'.encode()


def test_sample_file_gives_every_mapped_type():
    # given / when
    result = _sample()

    # then
    assert result.errors == []
    assert [str(w) for w in result.warnings] == ["question 10 “说明”: A description is not a question; it is skipped."]
    kinds = [(p.location, p.data.question_type) for p in result.items]
    assert kinds == [
        ("question 1 “G71 作用”", "single"),
        ("question 2 “对刀方法”", "multiple"),
        ("question 3 “公差判断”", "true_false"),
        ("question 4 “快速定位”", "fill_blank"),
        ("question 5 “指令匹配”", "matching"),
        ("question 6 “对刀步骤”", "ordering"),
        ("question 7 “公差分析”", "essay"),
        ("question 8 “简答”", "short_answer"),
        ("question 9 “多空填空”", "fill_blank"),
    ]
    single, multiple, true_false, blank, matching, ordering, essay, short, cloze = (p.data for p in result.items)
    assert single.content["answer"] == "A"
    assert single.explanation == "<p>G71 为外圆粗车复合循环，精车用 G70。</p>"
    assert single.score == Decimal("2.00")
    assert single.tags == ["G71", "循环指令"]
    assert multiple.content == {
        "options": [
            {"key": "A", "text": "试切对刀"},
            {"key": "B", "text": "对刀仪对刀"},
            {"key": "C", "text": "目测对刀"},
        ],
        "answer": ["A", "B"],
        "partial": "proportional",
    }
    assert latex_of(true_false.stem) == ["\\phi 30^{+0.021}_{0}"]
    assert true_false.content == {"answer": True}
    assert blank.content["blanks"][0]["answers"] == ["G00", "G0"]
    assert blank.content["blanks"][0]["ignore_case"] is True
    assert matching.content["answer"] == {"1": "A", "2": "B"}
    assert matching.content["right"][2] == {"key": "C", "text": "刀具半径补偿"}
    assert ordering.content["answer"] == ["A", "B", "C", "D"]
    assert ordering.content["items"][2]["text"] == "沿 Z 向退刀并测量直径"
    assert ordering.content["partial"] == "none"
    assert '<div data-latex="T = ES - EI">' in essay.stem
    assert essay.reference_answer == "<p>答出公差带、上下偏差与加工经济性的关系。</p>"
    assert short.reference_answer == "<p>精车循环</p>"
    assert cloze.stem == "<p>G71 U____ R____ 中 U 为背吃刀量。</p>"
    assert [b["answers"] for b in cloze.content["blanks"]] == [["1.5"], ["0.5"]]
    assert [b["ignore_case"] for b in cloze.content["blanks"]] == [True, False]
    for parsed in result.items:
        assert content_clean(parsed.data.question_type, parsed.data.content) == parsed.data.content


def test_embedded_image_is_extracted_and_referenced():
    result = _sample()

    first = result.items[0]
    assert first.images == [("零件.png", PNG, "image/png")]
    assert 'src="/import-image/零件.png"' in first.data.stem
    assert result.images == first.images

    # when the caller has stored it
    result.resolve_images({"零件.png": "/media/questions/abc.png"})

    assert 'src="/media/questions/abc.png"' in result.items[0].data.stem


def test_malformed_questions_are_reported_with_their_names():
    result = moodle_xml.parse((FIXTURES / "moodle_broken.xml").read_bytes(), filename="moodle_broken.xml")

    assert result.items == []
    assert [str(e) for e in result.errors] == [
        "question 1 “转速”: The question type “numerical” is not supported.",
        "question 2 “选择型完形”: Embedded answers (cloze) are imported only as short-answer blanks; "
        "“MULTICHOICE” is not supported.",
        "question 3 “缺图”: The image “@@PLUGINFILE@@/missing.png” is not in the file.",
        "question 4 “无正确项”: A single choice needs exactly one option with fraction 100.",
        "question 5 “通配符”: Wildcards (*) in accepted answers are not supported: “G9*”.",
    ]


def test_round_trip_keeps_chinese_text_formulas_and_images():
    # given the sample read once
    first = _sample()
    stored = {f"/import-image/{image.name}": (image.data, image.content_type) for image in first.images}

    # when exported and read again
    exported = moodle_xml.export_moodle_xml([p.data for p in first.items], image_loader=stored.get)
    second = moodle_xml.parse(exported, filename="export.xml")

    # then every item comes back the same
    assert second.errors == []
    assert len(second.items) == len(first.items) == 9
    fields = ("question_type", "stem", "content", "explanation", "reference_answer", "score", "tags")
    for before, after in zip(first.items, second.items, strict=True):
        assert {f: getattr(after.data, f) for f in fields} == {f: getattr(before.data, f) for f in fields}
        assert after.images == before.images
    assert "\\(\\phi 30^{+0.021}_{0}\\)" in exported.decode()


def test_round_trip_of_items_written_in_the_bank():
    # given items as the editor would save them, formulas in stems, options and blanks
    items = [
        new_item(
            "multiple",
            '<p>关于 <span data-latex="\\frac{a}{b}">\\frac{a}{b}</span> 的公差配合，正确的是</p>',
            {
                "options": [
                    {"key": "A", "text": '<span data-latex="H7/g6">H7/g6</span> 为间隙配合'},
                    {"key": "B", "text": "基孔制"},
                    {"key": "C", "text": "过盈配合"},
                ],
                "answer": ["A", "B"],
                "partial": "proportional",
            },
            explanation="<p>见《公差配合与测量》第三章</p>",
            score=Decimal("4.00"),
        ),
        new_item(
            "fill_blank",
            "<p>G71 U____ R____ 中 R 表示 ____。</p>",
            {
                "blanks": [
                    {"answers": ["1.5", "1.50"]},
                    {"answers": ["0.5"]},
                    {"answers": ["退刀量", "退刀 量"], "ignore_case": False},
                ]
            },
            score=Decimal("3.00"),
        ),
    ]
    for item in items:
        item.content = content_clean(item.question_type, item.content)

    # when
    again = moodle_xml.parse(moodle_xml.export_moodle_xml(items), filename="x.xml")

    # then
    assert again.errors == []
    for before, after in zip(items, again.items, strict=True):
        assert after.data.stem == before.stem
        assert after.data.content == before.content
        assert after.data.score == before.score


def test_export_refuses_what_moodle_cannot_hold():
    case = new_item("case", "<p>案例</p>", sub_questions=[new_item("essay", "<p>分析</p>")])
    with_image = new_item("essay", '<p><img src="/media/x.png"></p>')

    with pytest.raises(moodle_xml.ExportError) as raised:
        moodle_xml.export_moodle_xml([case, with_image], image_loader=lambda src: None)

    assert raised.value.problems == [
        (1, "A case item has no Moodle XML counterpart."),
        (2, "The image “/media/x.png” could not be read."),
    ]


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (
            b'<?xml version="1.0"?><!DOCTYPE quiz [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;">]>'
            b"<quiz>&b;</quiz>",
            "The XML declares a DTD or entities, which are not allowed.",
        ),
        (
            b'<?xml version="1.0"?><!DOCTYPE quiz SYSTEM "file:///etc/passwd"><quiz/>',
            "The XML declares a DTD or entities, which are not allowed.",
        ),
        (b"<quiz>" + b"<a>" * 500 + b"</a>" * 500 + b"</quiz>", "The XML is nested too deeply."),
        (b"<quiz><question>\n<name></quiz>", "The XML is not well-formed (line 2)."),
        (b"<html><body/></html>", "This is not a Moodle XML file (its root is not <quiz>)."),
        (b"<quiz/>", "The file holds no questions."),
    ],
)
def test_hostile_or_wrong_files_are_refused_whole(data, message):
    result = moodle_xml.parse(data, filename="bad.xml")

    assert result.items == []
    assert [str(e) for e in result.errors] == [f"bad.xml: {message}"]


def test_deeply_nested_html_in_a_question_is_refused():
    text = "<b>" * 300 + "G71" + "</b>" * 300
    data = _quiz(
        '<question type="essay"><name><text>深</text></name>'
        f'<questiontext format="html"><text><![CDATA[{text}]]></text></questiontext></question>'
    )

    result = moodle_xml.parse(data, filename="deep.xml")

    assert [str(e) for e in result.errors] == ["question 1 “深”: The text is nested too deeply."]


def test_images_that_are_not_images_or_too_large_are_refused():
    fake = base64.b64encode(b"<svg onload='alert(1)'/>").decode()
    huge = base64.b64encode(PNG + b"\0" * (5 * 1024 * 1024)).decode()
    data = _quiz(
        "".join(
            f'<question type="essay"><name><text>图{n}</text></name><questiontext format="html">'
            f'<text><![CDATA[<img src="@@PLUGINFILE@@/{n}.png">]]></text>'
            f'<file name="{n}.png" path="/" encoding="base64">{payload}</file></questiontext></question>'
            for n, payload in ((1, fake), (2, huge))
        )
    )

    result = moodle_xml.parse(data, filename="img.xml")

    assert [str(e) for e in result.errors] == [
        "question 1 “图1”: “1.png” is not a PNG, JPEG, GIF or WebP image.",
        "question 2 “图2”: The image “2.png” is larger than 5 MB.",
    ]

"""QTI 2.1 import and export (C4, M5): a content package with every supported interaction, single item files,
MathML formulas, package images, located refusals, and a round trip export → import."""

import io
import zipfile
from decimal import Decimal
from pathlib import Path

import pytest
from django.utils import translation

from cms.questions.content import content_clean
from cms.questions.html import latex_of
from cms.questions.importers import moodle_xml, qti
from cms.questions.importers.base import new_item

FIXTURES = Path(__file__).resolve().parents[3] / "fixtures" / "questions"
PNG = (FIXTURES / "part.png").read_bytes()
NS = 'xmlns="http://www.imsglobal.org/xsd/imsqti_v2p1" xmlns:m="http://www.w3.org/1998/Math/MathML"'


@pytest.fixture(autouse=True)
def english():
    with translation.override("en"):
        yield


def _item(body: str, declarations: str = "", title: str = "题") -> bytes:
    return (
        f'<?xml version="1.0" encoding="UTF-8"?><assessmentItem {NS} identifier="x" title="{title}" '
        f'adaptive="false" timeDependent="false">{declarations}<itemBody>{body}</itemBody></assessmentItem>'
    ).encode()


def test_package_gives_every_supported_interaction():
    # given / when
    result = qti.parse((FIXTURES / "qti_cnc.zip").read_bytes(), filename="qti_cnc.zip")

    # then
    assert result.errors == []
    assert [(p.location, p.data.question_type) for p in result.items] == [
        ("question 1 (items/g71.xml) “G71 作用”", "single"),
        ("question 2 (items/tool-setting.xml) “对刀方法”", "multiple"),
        ("question 3 (items/tolerance.xml) “公差填空”", "fill_blank"),
        ("question 4 (items/match.xml) “指令匹配”", "matching"),
        ("question 5 (items/order.xml) “对刀步骤”", "ordering"),
        ("question 6 (items/essay.xml) “公差分析”", "essay"),
    ]
    single, multiple, blanks, matching, ordering, essay = (p.data for p in result.items)
    assert 'src="/import-image/零件.png"' in single.stem  # the zip stored the name without its UTF-8 flag
    assert "请选择一项。" in single.stem
    assert result.items[0].images == [("零件.png", PNG, "image/png")]
    assert single.content["answer"] == "A"
    assert single.explanation == "<p>G71 为外圆粗车复合循环。</p>"
    assert single.score == Decimal("2.00")
    assert multiple.content["answer"] == ["A", "B"]
    assert multiple.content["partial"] == "proportional"  # it has a mapping
    assert latex_of(blanks.stem) == ["\\phi 30^{+0.021}_{0}"]
    assert "的公差为 ____ mm，快速定位指令是 ____。" in blanks.stem
    assert [b["answers"] for b in blanks.content["blanks"]] == [["0.021"], ["G00", "G0"]]
    assert matching.content["answer"] == {"1": "A", "2": "B"}
    assert matching.content["partial"] == "none"  # match_correct
    assert [r["text"] for r in matching.content["right"]] == ["直线插补", "顺时针圆弧插补", "刀具半径补偿"]
    assert [i["text"] for i in ordering.content["items"]] == ["试切外圆", "主轴正转", "测量直径并输入刀补"]
    assert ordering.content["answer"] == ["B", "A", "C"]
    assert '<div data-latex="T = ES - EI">' in essay.stem
    assert essay.reference_answer == "<p>答出公差带、上下偏差与加工经济性的关系。</p>"
    for parsed in result.items:
        assert content_clean(parsed.data.question_type, parsed.data.content) == parsed.data.content


def test_single_item_file_with_an_unsupported_interaction():
    result = qti.parse((FIXTURES / "qti_hotspot.xml").read_bytes(), filename="qti_hotspot.xml")

    assert result.items == []
    assert [str(e) for e in result.errors] == [
        "question 1 “刀架位置”: The interaction “hotspotInteraction” is not supported."
    ]


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (
            _item(
                '<p><m:math><m:mi>x</m:mi></m:math></p><extendedTextInteraction responseIdentifier="R"/>',
            ),
            "question 1 “题”: A MathML formula has no LaTeX annotation; only LaTeX formulas can be imported.",
        ),
        (
            _item('<p>无图</p><img src="img/a.png"/><extendedTextInteraction responseIdentifier="R"/>'),
            "question 1 “题”: The image “img/a.png” is not in the file.",
        ),
        (
            _item(
                '<choiceInteraction responseIdentifier="R" maxChoices="1"><simpleChoice identifier="a">G00'
                '</simpleChoice><simpleChoice identifier="b">G01</simpleChoice></choiceInteraction>'
                '<extendedTextInteraction responseIdentifier="S"/>',
            ),
            "question 1 “题”: An item needs exactly one kind of interaction; this one has 2.",
        ),
        (
            _item(
                '<choiceInteraction responseIdentifier="R" maxChoices="1"><simpleChoice identifier="a">G00'
                '</simpleChoice><simpleChoice identifier="b">G01</simpleChoice></choiceInteraction>',
            ),
            "question 1 “题”: A single choice needs exactly one correct value.",
        ),
        (b"<quiz/>", "question 1: This is not a QTI assessment item (its root is <quiz>)."),
    ],
)
def test_bad_items_are_refused_with_their_location(data, message):
    result = qti.parse(data, filename="item.xml")

    assert result.items == []
    assert [str(e) for e in result.errors] == [message]


def _package(members: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return out.getvalue()


def test_package_paths_cannot_leave_the_package_and_missing_items_are_named():
    manifest = (
        b'<manifest xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"><resources>'
        b'<resource identifier="a" type="imsqti_item_xmlv2p1" href="items/a.xml"/>'
        b'<resource identifier="b" type="imsqti_item_xmlv2p1" href="items/b.xml"/>'
        b"</resources></manifest>"
    )
    item = _item('<p><img src="../../secret.png"/></p><extendedTextInteraction responseIdentifier="R"/>')
    data = _package({"imsmanifest.xml": manifest, "items/a.xml": item, "secret.png": PNG})

    result = qti.parse(data, filename="p.zip")

    assert [str(e) for e in result.errors] == [
        "question 1 (items/a.xml) “题”: The image “../../secret.png” is not in the file.",
        "question 2 (items/b.xml): The package has no file “items/b.xml”.",
    ]


def test_round_trip_keeps_chinese_text_formulas_images_and_partial_rules():
    # given the Moodle sample (every type QTI can hold) and bank items with rules Moodle cannot carry
    first = moodle_xml.parse((FIXTURES / "moodle_cnc.xml").read_bytes(), filename="moodle_cnc.xml")
    stored = {f"/import-image/{image.name}": (image.data, image.content_type) for image in first.images}
    extra = [
        new_item("true_false", "<p>G00 可用于切削。</p>", {"answer": False}, score=Decimal("1.00")),
        new_item(
            "ordering",
            '<p>按 <span data-latex="T=ES-EI">T=ES-EI</span> 的计算顺序排列</p>',
            {
                "items": [{"key": "A", "text": "求 ES"}, {"key": "B", "text": "求 EI"}, {"key": "C", "text": "相减"}],
                "answer": ["B", "A", "C"],
                "partial": "proportional",
            },
            score=Decimal("2.00"),
        ),
    ]
    for item in extra:
        item.content = content_clean(item.question_type, item.content)
    items = [p.data for p in first.items] + extra

    # when
    package = qti.export_qti(items, image_loader=stored.get)
    second = qti.parse(package, filename="export.zip")

    # then
    assert second.errors == []
    assert len(second.items) == len(items) == 11
    fields = ("question_type", "stem", "content", "explanation", "reference_answer", "score")
    for before, after in zip(items, second.items, strict=True):
        assert {f: getattr(after.data, f) for f in fields} == {f: getattr(before, f) for f in fields}
    assert second.items[0].images == first.items[0].images
    assert "items/images/零件.png" in zipfile.ZipFile(io.BytesIO(package)).namelist()


def test_export_refuses_what_qti_cannot_hold():
    practical = new_item("practical", "<p>车削阶梯轴</p>")

    with pytest.raises(moodle_xml.ExportError) as raised:
        qti.export_qti([practical])

    assert raised.value.problems == [(1, "A practical item has no QTI counterpart.")]

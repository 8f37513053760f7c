"""Excel template import (C4, M5): the downloadable template, a teacher's file, errors by row and column,
and files that are not what they claim or are built to exhaust the server."""

import io
import zipfile
from decimal import Decimal
from pathlib import Path

import pytest
from django.utils import translation
from openpyxl import Workbook, load_workbook

from cms.questions.content import content_clean
from cms.questions.html import latex_of
from cms.questions.importers import excel

FIXTURES = Path(__file__).resolve().parents[3] / "fixtures" / "questions"


@pytest.fixture(autouse=True)
def english():
    with translation.override("en"):
        yield


def _xlsx(rows) -> bytes:
    workbook = Workbook()
    for row in rows:
        workbook.active.append(row)
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()


def test_template_download_has_the_documented_columns_and_imports_cleanly():
    # given
    data = excel.xlsx_template()

    # when
    workbook = load_workbook(io.BytesIO(data))
    result = excel.parse(data, filename="template.xlsx")

    # then
    assert workbook.sheetnames == ["试题", "说明"]
    header = [c.value for c in workbook["试题"][1]]
    assert header == [
        "题型*",
        "题干*",
        *(f"选项{x}" for x in "ABCDEFGH"),
        "答案*",
        "解析",
        "难度",
        "分值",
        "知识点",
        "标签",
    ]
    assert result.errors == []
    assert [p.data.question_type for p in result.items] == [
        "single",
        "multiple",
        "true_false",
        "fill_blank",
        "short_answer",
        "essay",
        "matching",
        "ordering",
    ]
    assert (FIXTURES / "excel_template.xlsx").exists()


def test_teachers_file_with_columns_in_another_order():
    # given / when
    result = excel.parse((FIXTURES / "excel_cnc.xlsx").read_bytes(), filename="excel_cnc.xlsx")

    # then
    assert result.errors == []
    assert [p.location for p in result.items] == [f"row {n}" for n in range(2, 9)]
    single, multiple, true_false, blank, short, matching, ordering = (p.data for p in result.items)
    assert single.question_type == "single"
    assert single.content["answer"] == "B"  # written as a full-width Ｂ
    assert latex_of(single.stem) == ["v_c=\\frac{\\pi d n}{1000}"]
    assert single.explanation == "d 为工件直径，单位 mm。"
    assert single.difficulty == 1  # 易
    assert single.tags == ["切削速度"]
    assert result.items[0].knowledge_points == ["切削用量"]
    assert multiple.content["answer"] == ["A", "B", "C", "D"]
    assert [o["key"] for o in multiple.content["options"]] == list("ABCDE")
    assert multiple.score == Decimal("4.00")
    assert result.items[1].knowledge_points == ["G71 外圆粗车循环", "G70"]
    assert true_false.content == {"answer": True}  # an Excel TRUE cell
    assert blank.stem == "G71 U(Δd) R(e) 中 Δd 为____，e 为____。"
    assert [b["answers"] for b in blank.content["blanks"]] == [["背吃刀量", "切削深度"], ["退刀量"]]
    assert short.reference_answer == "下偏差为零的基准孔。"
    assert short.difficulty == 4
    assert matching.content["answer"] == {"1": "A", "2": "B", "3": "C"}
    assert matching.content["right"][3]["text"] == "刀具长度补偿"
    assert ordering.content["answer"] == ["D", "B", "A", "C"]
    for parsed in result.items:
        assert parsed.data.source == "imported"
        assert content_clean(parsed.data.question_type, parsed.data.content) == parsed.data.content


def test_every_bad_row_is_reported_by_row_and_column():
    result = excel.parse((FIXTURES / "excel_broken.xlsx").read_bytes(), filename="excel_broken.xlsx")

    assert result.items == []
    assert [str(e) for e in result.errors] == [
        "row 2, column 题型: Unknown question type “判断选择题”; use one of "
        "单选题、多选题、判断题、填空题、简答题、论述题、匹配题、排序题.",
        "row 3, column 答案: The answer names option “C”, which does not exist.",
        "row 4, column 选项B: Options must be filled from A on without gaps.",
        "row 5, column 答案: Give the answer as option letters, e.g. “B” or “ABD”.",
        "row 6, column 答案: Answer a true/false question with 对 or 错.",
        "row 7, column 答案: The stem has 2 blanks but the answer gives 1 (separate blanks with ;).",
        "row 8, column 难度: Difficulty is 1 (easy) to 5 (hard), or 易/较易/中/较难/难.",
        "row 9, column 分值: The score must be a number.",
        "row 10, column 题型: Case analyses and practical tasks cannot be imported from Excel.",
        "row 11, column 题干: The formula “\\phi 30^{+0.021_{0}” does not parse: its braces do not pair.",
        "row 12, column 选项A: Write a matching pair as “left -> right”.",
        "row 13, column 题干: The question text (stem) is empty.",
    ]


def test_missing_columns_and_empty_sheets():
    no_answer = excel.parse(_xlsx([["题型", "题干"], ["单选题", "G00 是？"]]), filename="a.xlsx")
    empty = excel.parse(_xlsx([["题型", "题干", "答案"], [None, None, None]]), filename="b.xlsx")

    assert [str(e) for e in no_answer.errors] == [
        "a.xlsx: Row 1 must name the columns; missing: 答案. Download the template for the layout."
    ]
    assert [str(e) for e in empty.errors] == ["row 2: The sheet holds no questions below the header row."]


def _zip(members) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members:
            archive.writestr(name, data)
    return out.getvalue()


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"PK\x03\x04 not really a zip", "The file is not a valid zip archive."),
        ("题型,题干\n单选题,G00".encode(), "The file is not a valid zip archive."),
        (_zip([("word/document.xml", b"<w/>")]), "The file is not an Excel workbook (.xlsx)."),
        (_zip([(f"x{i}", b"") for i in range(2001)]), "The archive has more than 2000 files."),
        (_zip([("xl/workbook.xml", b"\0" * (101 * 1024 * 1024))]), "The archive unpacks to more than 100 MB."),
        (
            _zip([("xl/workbook.xml", b'<!DOCTYPE x [<!ENTITY a "b">]><workbook/>')]),
            "The XML declares a DTD or entities, which are not allowed.",
        ),
        (_zip([("xl/workbook.xml", b"<workbook/>")]), "The Excel file cannot be read; save it again as .xlsx."),
    ],
)
def test_files_that_are_not_workbooks_or_are_hostile_are_refused_whole(data, message):
    result = excel.parse(data, filename="bad.xlsx")

    assert result.items == []
    assert [str(e) for e in result.errors] == [f"bad.xlsx: {message}"]

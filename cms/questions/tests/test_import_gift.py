"""GIFT import (C4, M5): every GIFT question kind the bank holds, escapes, formulas, and located refusals."""

from pathlib import Path

import pytest
from django.utils import translation

from cms.questions.content import content_clean
from cms.questions.html import latex_of
from cms.questions.importers import gift

FIXTURES = Path(__file__).resolve().parents[3] / "fixtures" / "questions"


@pytest.fixture(autouse=True)
def english():
    with translation.override("en"):
        yield


def _parse(text: str):
    return gift.parse(text.encode(), filename="q.gift")


def test_sample_file_gives_every_supported_kind():
    # given / when
    result = gift.parse((FIXTURES / "gift_cnc.txt").read_bytes(), filename="gift_cnc.txt")

    # then
    assert result.errors == []
    items = {p.location: p.data for p in result.items}
    assert list(items) == [
        "question 1 “G71 作用” (line 4)",
        "question 2 “安全规程(多选)” (line 11)",
        "question 3 “判断” (line 17)",
        "question 4 “公差” (line 19)",
        "question 5 “填空” (line 21)",
        "question 6 “匹配” (line 23)",
        "question 7 “论述” (line 30)",
        "question 8 “转义” (line 32)",
        "question 9 (line 34)",
    ]
    single, multiple, true_false, tolerance, blank, matching, essay, escaped, html = items.values()
    assert single.question_type == "single"
    assert [o["text"] for o in single.content["options"]] == ["外圆粗车复合循环", "螺纹切削循环", "精车循环"]
    assert single.content["answer"] == "A"
    assert single.explanation == "G71 用于外圆粗车，精车用 G70。"
    assert multiple.question_type == "multiple"
    assert multiple.content["answer"] == ["A", "B"]
    assert multiple.content["partial"] == "proportional"
    assert true_false.question_type == "true_false"
    assert true_false.content == {"answer": False}
    assert tolerance.question_type == "fill_blank"
    assert "的公差是 ____ 毫米。" in tolerance.stem
    assert latex_of(tolerance.stem) == ["\\phi 30^{+0.021}_{0}"]
    assert tolerance.content["blanks"][0]["answers"] == ["0.021", "0.021mm"]
    assert blank.stem == "数控车床的快速定位指令是"
    assert blank.content["blanks"][0]["answers"] == ["G00", "G0"]
    assert matching.question_type == "matching"
    assert [r["text"] for r in matching.content["right"]][-1] == "刀具半径补偿"  # the distractor
    assert matching.content["answer"] == {"1": "A", "2": "B", "3": "C"}
    assert [row["text"] for row in matching.content["left"]] == ["G01", "G02", "G03"]
    assert essay.question_type == "essay"
    assert essay.content == {}
    assert escaped.stem == "比例 1:2 的图纸上，{标注} 30 = 实际"
    assert escaped.content["blanks"][0]["answers"] == ["60"]
    assert "<b>切削速度</b>" in html.stem
    assert latex_of(html.stem) == ["v_c = \\frac{\\pi d n}{1000}"]
    for parsed in result.items:
        assert parsed.data.source == "imported"
        assert content_clean(parsed.data.question_type, parsed.data.content) == parsed.data.content


def test_malformed_questions_are_each_reported_and_none_kept():
    result = gift.parse((FIXTURES / "gift_broken.txt").read_bytes(), filename="gift_broken.txt")

    assert result.items == []
    assert [str(e) for e in result.errors] == [
        "question 1 “数值题” (line 1): Numerical questions ({#…}) are not supported; write the number as a blank {=…}.",
        "question 2 “无答案” (line 3): The answers in braces { } are missing (write {} for an essay).",
        "question 3 “未闭合” (line 5): The answers’ closing brace } is missing.",
        "question 4 “多个等号” (line 7): Several options are marked right with =; for multiple choice use %weights% "
        "(~%50%…).",
        "question 5 “公式” (line 9): The formula “\\phi 30^{+0.021_{0}” does not parse: its braces do not pair.",
        "question 6 “无正确项” (line 11): No answer is marked right (= or a positive %weight%).",
    ]


def test_good_questions_are_still_listed_next_to_bad_ones():
    result = _parse("G01 是 {=直线插补 ~快速定位}\n\nG00 是 {#0}\n")

    assert [p.location for p in result.items] == ["question 1 (line 1)"]
    assert [e.location for e in result.errors] == ["question 2 (line 3)"]
    assert not result.ok


def test_blank_in_the_middle_and_blank_lines_inside_the_answers():
    result = _parse("G71 中 {\n=U\n\n=u\n} 表示背吃刀量。\n")

    assert result.errors == []
    data = result.items[0].data
    assert data.stem == "G71 中 ____ 表示背吃刀量。"
    assert data.content["blanks"][0]["answers"] == ["U", "u"]


def test_partial_credit_on_a_single_choice_is_dropped_with_a_warning():
    result = _parse("::刀补::刀具半径补偿指令是 {=G41 ~%50%G42 ~G40}")

    assert result.errors == []
    assert result.items[0].data.content["answer"] == "A"
    assert [str(w) for w in result.warnings] == [
        "question 1 “刀补” (line 1): Partial credit for option B is dropped: a single choice has one right answer."
    ]


def test_formula_with_unescaped_braces_and_equals_is_kept_whole():
    result = _parse("转速 $$n=\\frac{1000 v_c}{\\pi d}$$ 中 d 指 {=工件直径 ~刀具长度}")

    assert result.errors == []
    assert latex_of(result.items[0].data.stem) == ["n=\\frac{1000 v_c}{\\pi d}"]


def test_partially_accepted_blank_answers_are_refused():
    result = _parse("快速定位指令是 {=G00 =%50%G01}")

    assert result.items == []
    assert "Partial credit for an accepted answer is not supported" in result.errors[0].message


def test_html_with_foreign_images_and_scripts():
    result = _parse(
        '[html]<p>看图 <img src="http://example.com/a.png"></p> {=A ~B}\n\n'
        "[html]<p>G00<script>alert(1)</script></p> 是 {=快速定位 ~直线插补}"
    )

    assert [str(e) for e in result.errors] == [
        "question 1 (line 1): The image “http://example.com/a.png” is not in the file."
    ]
    assert "script" not in result.items[0].data.stem


def test_empty_file():
    result = _parse("// 只有注释\n\n")

    assert [e.message for e in result.errors] == ["The file holds no questions."]

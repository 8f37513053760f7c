"""Answer keys and automatic scoring per item type (C4, L5): partial credit, blank normalisation, refusals."""

from decimal import Decimal

import pytest
from django.utils import translation

from cms.questions.content import ContentError, QuestionType, content_clean
from cms.questions.scoring import case_score, normalise_blank, rubric_score, score


@pytest.fixture(autouse=True)
def english():
    with translation.override("en"):
        yield


OPTIONS = [{"key": k, "text": t} for k, t in zip("ABCD", ["G00", "G01", "G02", "G03"], strict=True)]


def _multiple(partial: str) -> dict:
    return content_clean(QuestionType.MULTIPLE, {"options": OPTIONS, "answer": ["B", "C", "D"], "partial": partial})


@pytest.mark.parametrize(
    ("partial", "response", "points"),
    [
        ("half", ["B", "C", "D"], "6.00"),
        ("half", ["D", "B"], "3.00"),  # a correct subset
        ("half", ["B", "A"], "0.00"),  # any wrong option
        ("half", [], "0.00"),
        ("none", ["B", "C"], "0.00"),
        ("proportional", ["B", "C"], "4.00"),
        ("proportional", ["C"], "2.00"),
        ("proportional", ["B", "C", "D", "A"], "0.00"),
    ],
)
def test_multiple_choice_partial_credit(partial, response, points):
    assert score(QuestionType.MULTIPLE, _multiple(partial), 6, response).points == Decimal(points)


def test_single_choice_and_true_false():
    key = content_clean(QuestionType.SINGLE, {"options": OPTIONS, "answer": "B"})
    assert score(QuestionType.SINGLE, key, 2, "B").correct is True
    assert score(QuestionType.SINGLE, key, 2, ["B"]).points == Decimal("0.00")  # a list is not a single choice
    statement = content_clean(QuestionType.TRUE_FALSE, {"answer": False})
    assert score(QuestionType.TRUE_FALSE, statement, 1, False).points == Decimal("1.00")
    assert score(QuestionType.TRUE_FALSE, statement, 1, "false").points == Decimal("0.00")


def test_blanks_normalise_width_spaces_and_case_and_accept_alternatives():
    key = content_clean(
        QuestionType.FILL_BLANK,
        {
            "blanks": [
                {"answers": ["G71", "G 71"]},
                {"answers": ["φ20", "Φ20"], "ignore_case": False},
                {"answers": ["M30"]},
            ]
        },
    )
    full = score(QuestionType.FILL_BLANK, key, 3, ["Ｇ７１", "Φ20", " m 30 "])
    assert full.points == Decimal("3.00") and full.parts == [True, True, True]
    partly = score(QuestionType.FILL_BLANK, key, 3, ["g71", "φ２０", ""])
    assert partly.parts == [True, True, False] and partly.points == Decimal("2.00")
    assert normalise_blank("Ｍ６ × １", ignore_case=True, ignore_spaces=True, ignore_width=True) == "m6×1"


def test_blanks_case_sensitive_and_any_order_and_all_or_nothing():
    strict = content_clean(QuestionType.FILL_BLANK, {"blanks": [{"answers": ["Ra"], "ignore_case": False}]})
    assert score(QuestionType.FILL_BLANK, strict, 1, ["RA"]).points == Decimal("0.00")
    swap = content_clean(
        QuestionType.FILL_BLANK, {"blanks": [{"answers": ["X"]}, {"answers": ["Z"]}], "any_order": True}
    )
    assert score(QuestionType.FILL_BLANK, swap, 4, ["z", "x"]).points == Decimal("4.00")
    assert score(QuestionType.FILL_BLANK, swap, 4, ["x", "x"]).points == Decimal("2.00")  # one answer, one blank
    none = content_clean(
        QuestionType.FILL_BLANK, {"blanks": [{"answers": ["a"]}, {"answers": ["b"]}], "partial": "none"}
    )
    assert score(QuestionType.FILL_BLANK, none, 4, ["a", "c"]).points == Decimal("0.00")


def test_thirds_round_to_cents():
    key = content_clean(QuestionType.FILL_BLANK, {"blanks": [{"answers": [c]} for c in "abc"]})
    assert score(QuestionType.FILL_BLANK, key, 10, ["a", "", ""]).points == Decimal("3.33")
    assert score(QuestionType.FILL_BLANK, key, 10, ["a", "b", ""]).points == Decimal("6.67")


def test_matching_and_ordering():
    pairs = content_clean(
        QuestionType.MATCHING,
        {
            "left": [{"key": "1", "text": "G00"}, {"key": "2", "text": "G01"}],
            "right": [{"key": "a", "text": "快速定位"}, {"key": "b", "text": "直线插补"}, {"key": "c", "text": "暂停"}],
            "answer": {"1": "a", "2": "b"},
        },
    )
    assert score(QuestionType.MATCHING, pairs, 4, {"1": "a", "2": "c"}).points == Decimal("2.00")
    steps = [{"key": k, "text": t} for k, t in zip("ABC", ["装夹", "对刀", "加工"], strict=True)]
    order = content_clean(QuestionType.ORDERING, {"items": steps, "answer": ["A", "B", "C"]})
    assert score(QuestionType.ORDERING, order, 3, ["A", "C", "B"]).points == Decimal("0.00")
    order["partial"] = "proportional"
    assert score(QuestionType.ORDERING, order, 3, ["A", "C", "B"]).points == Decimal("1.00")


def test_people_grade_open_items_and_cases_wait_for_them():
    essay = score(QuestionType.ESSAY, {}, 10, "…")
    assert essay.needs_grading and essay.points is None
    key = content_clean(QuestionType.TRUE_FALSE, {"answer": True})
    auto = score(QuestionType.TRUE_FALSE, key, 2, True)
    assert case_score([auto, auto]).points == Decimal("4.00")
    assert case_score([auto, essay]).needs_grading
    task = content_clean(
        QuestionType.PRACTICAL,
        {
            "instructions": "加工阶梯轴",
            "submission": ["photo"],
            "rubric": [{"criterion": "尺寸", "points": 6}, {"criterion": "6S", "points": 4}],
        },
    )
    assert rubric_score(task, [5, 4]).points == Decimal("9.00")
    with pytest.raises(ValueError):
        rubric_score(task, [7, 4])


@pytest.mark.parametrize(
    ("question_type", "content", "part", "message"),
    [
        ("dictation", {}, "type", "Unknown question type"),
        (QuestionType.SINGLE, {"options": OPTIONS, "answer": "E"}, "answer", "does not exist"),
        (QuestionType.SINGLE, {"options": OPTIONS[:1], "answer": "A"}, "options", "At least 2"),
        (
            QuestionType.SINGLE,
            {"options": [*OPTIONS, {"key": "A", "text": "x"}], "answer": "A"},
            "options[4]",
            "used twice",
        ),
        (QuestionType.MULTIPLE, {"options": OPTIONS, "answer": []}, "answer", "at least one"),
        (
            QuestionType.MULTIPLE,
            {"options": OPTIONS, "answer": ["A"], "partial": "generous"},
            "partial",
            "Unknown partial",
        ),
        (QuestionType.TRUE_FALSE, {"answer": "yes"}, "answer", "true or false"),
        (QuestionType.FILL_BLANK, {"blanks": [{"answers": [" "]}]}, "blanks[0].answers[0]", "missing"),
        (
            QuestionType.MATCHING,
            {"left": OPTIONS[:2], "right": OPTIONS[2:], "answer": {"A": "C"}},
            "answer",
            "no partner",
        ),
        (QuestionType.ORDERING, {"items": OPTIONS, "answer": ["A", "B"]}, "answer", "every item"),
        (
            QuestionType.PRACTICAL,
            {"instructions": "x", "rubric": [{"criterion": "y", "points": 0}]},
            "rubric[0].points",
            "positive",
        ),
    ],
)
def test_bad_answer_keys_are_refused_with_their_location(question_type, content, part, message):
    with pytest.raises(ContentError) as refused:
        content_clean(question_type, content)
    assert refused.value.part == part and message in refused.value.message


def test_rich_text_keeps_formulas_and_own_images_and_drops_the_rest():
    from cms.questions.html import html_clean, latex_of

    dirty = (
        '<p style="color:red" onclick="x()">求 <span data-latex="\\frac{a}{b}" class="k">a/b</span>'
        '<img src="/media/q/1.png" onerror="y()"><img src="https://evil.example/x.png">'
        '<a href="javascript:alert(1)">链接</a><font>保留文字</font><script>bad()</script></p><!-- note -->'
    )
    clean = html_clean(dirty)
    assert clean == (
        '<p>求 <span data-latex="\\frac{a}{b}">a/b</span><img src="/media/q/1.png"/><a>链接</a>保留文字</p>'
    )
    assert latex_of(clean) == ["\\frac{a}{b}"]

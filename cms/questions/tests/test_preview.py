"""The admin's learner preview of an item (C4, M5): blanks in place, formulas kept for KaTeX, no answer marks."""

from django.template.loader import render_to_string
from django.utils import translation

from cms.questions.models import Question
from cms.questions.preview import preview_context


def test_a_fill_in_item_shows_its_blanks_in_place_and_keeps_formulas():
    question = Question(
        question_type="fill_blank",
        stem='<p>切削速度 <span data-latex="v_{c\\_max}"></span> 约为 ____ m/min，进给量 _____ mm/r</p>',
        content={"blanks": [{"answers": ["126"]}, {"answers": ["0.2"]}]},
        explanation="<p>见公式</p>",
    )
    with translation.override("en"):
        page = render_to_string("questions/question_preview.html", preview_context(question))
    assert page.count('<span class="blank">&nbsp;</span>') == 2
    assert 'data-latex="v_{c\\_max}"' in page
    assert "126" not in page  # the answer key is never shown to the learner


def test_a_practical_task_names_what_to_hand_in_and_its_rubric():
    question = Question(
        question_type="practical",
        stem="<p>完成阶梯轴加工</p>",
        content={
            "instructions": "<p>拍照提交</p>",
            "submission": ["photo", "video"],
            "rubric": [{"criterion": "尺寸精度", "points": 6}],
            "attachments": [
                {"name": "图纸<1>.pdf", "url": "/questions/attachments/" + "c" * 64 + ".pdf"},
                {"name": "外链", "url": "https://evil.example/x.pdf"},
            ],
        },
    )
    with translation.override("en"):
        page = render_to_string("questions/question_preview.html", preview_context(question))
    assert "Hand in: a photo、a video" in page
    assert "尺寸精度 (6)" in page and "拍照提交" in page
    assert f'<a href="/questions/attachments/{"c" * 64}.pdf" download>图纸&lt;1&gt;.pdf</a>' in page
    assert "evil.example" not in page  # only the bank's own attachment paths are linked

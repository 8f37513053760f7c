"""Word (.docx) template import (C4, M5): paragraphs to items, Word equations to LaTeX, pictures extracted,
errors by question and paragraph, and documents that are not what they claim."""

import io
import zipfile
from pathlib import Path

import pytest
from django.utils import translation

from cms.questions.content import content_clean
from cms.questions.html import latex_of
from cms.questions.importers import word
from cms.questions.importers.base import parse_xml

FIXTURES = Path(__file__).resolve().parents[3] / "fixtures" / "questions"
PNG = (FIXTURES / "part.png").read_bytes()
M = 'xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math"'


@pytest.fixture(autouse=True)
def english():
    with translation.override("en"):
        yield


def _paragraph(text: str) -> str:
    return f'<w:p><w:r><w:t xml:space="preserve">{text}</w:t></w:r></w:p>'


def test_teachers_document_with_pictures_equations_and_numbering():
    # given a document with a title, automatic numbering, a picture, Word equations and spell-check marks
    result = word.parse((FIXTURES / "word_cnc.docx").read_bytes(), filename="word_cnc.docx")

    # then
    assert result.errors == []
    assert [(p.location, p.data.question_type) for p in result.items] == [
        ("question 1 (paragraph 3)", "single"),
        ("question 2 (paragraph 14)", "fill_blank"),
        ("question 3 (paragraph 16)", "short_answer"),
        ("question 4 (paragraph 18)", "true_false"),
        ("question 5 (paragraph 20)", "multiple"),
        ("question 6 (paragraph 26)", "matching"),
    ]
    picture, tolerance, speed, root, multiple, matching = (p.data for p in result.items)
    assert picture.stem == '如图所示零件<img src="/import-image/image1.png"/>，外圆粗车应使用哪条指令？'
    assert result.items[0].images == [("image1.png", PNG, "image/png")]
    assert [o["text"] for o in picture.content["options"]] == ["G71", "G72", "G92"]
    assert picture.explanation == "G71 为外圆粗车复合循环，<br/>精车用 G70。"  # continued over two paragraphs
    assert picture.difficulty == 2
    assert picture.tags == ["G71", "循环指令"]
    assert result.items[0].knowledge_points == ["G71 外圆粗车循环"]
    assert latex_of(tolerance.stem) == ["\\phi 30{}_{0}^{+0.021}"]
    assert tolerance.content["blanks"][0]["answers"] == ["0.021"]
    assert latex_of(speed.stem) == ["v=\\frac{\\pi dn}{1000}"]
    assert speed.reference_answer == "r/min（转每分）"
    assert latex_of(root.stem) == ["\\sqrt{a{}^{2}+b{}^{2}}"]
    assert root.content == {"answer": True}
    assert multiple.content["answer"] == ["A", "C"]
    assert matching.content["right"][2]["text"] == "测量螺距"
    for parsed in result.items:
        assert content_clean(parsed.data.question_type, parsed.data.content) == parsed.data.content


def test_template_download_imports_cleanly():
    result = word.parse(word.docx_template(), filename="template.docx")

    assert result.errors == []
    assert [p.data.question_type for p in result.items] == [
        "single",
        "multiple",
        "true_false",
        "fill_blank",
        "short_answer",
        "matching",
        "ordering",
        "essay",
    ]
    assert latex_of(result.items[4].data.stem) == ["v=\\frac{\\pi dn}{1000}"]
    assert (FIXTURES / "word_template.docx").read_bytes()[:2] == b"PK"


def test_bad_questions_are_reported_by_question_and_paragraph():
    result = word.parse((FIXTURES / "word_broken.docx").read_bytes(), filename="word_broken.docx")

    assert result.items == []
    assert [str(e) for e in result.errors] == [
        "question 1 (paragraph 1): A Word equation uses “m”, which cannot be converted; type it as LaTeX in "
        "$$…$$ instead.",
        "question 2 (paragraph 5), 题型: Unknown question type “判断选择题”; use one of "
        "单选题、多选题、判断题、填空题、简答题、论述题、匹配题、排序题.",
        "question 3 (paragraph 7), 答案: Give the answer as option letters, e.g. “B” or “ABD”.",
        "question 4 (paragraph 10): A picture links to a file outside the document; insert it as a picture.",
        "question 5 (paragraph 11), 题干: The formula “\\phi 30^{+0.021_{0}” does not parse: its braces do not pair.",
    ]


@pytest.mark.parametrize(
    ("omml", "latex"),
    [
        ("<m:f><m:num><m:r><m:t>1</m:t></m:r></m:num><m:den><m:r><m:t>2</m:t></m:r></m:den></m:f>", "\\frac{1}{2}"),
        ("<m:sSub><m:e><m:r><m:t>R</m:t></m:r></m:e><m:sub><m:r><m:t>a</m:t></m:r></m:sub></m:sSub>", "{R}_{a}"),
        (
            "<m:rad><m:deg><m:r><m:t>3</m:t></m:r></m:deg><m:e><m:r><m:t>x</m:t></m:r></m:e></m:rad>",
            "\\sqrt[3]{x}",
        ),
        (
            '<m:d><m:dPr><m:begChr m:val="["/><m:endChr m:val="]"/></m:dPr><m:e><m:r><m:t>a</m:t></m:r></m:e>'
            "<m:e><m:r><m:t>b</m:t></m:r></m:e></m:d>",
            "\\left[a,b\\right]",
        ),
        (
            '<m:nary><m:naryPr><m:chr m:val="∑"/></m:naryPr><m:sub><m:r><m:t>i=1</m:t></m:r></m:sub>'
            "<m:sup><m:r><m:t>n</m:t></m:r></m:sup><m:e><m:r><m:t>x</m:t></m:r></m:e></m:nary>",
            "\\sum_{i=1}^{n}{x}",
        ),
        (
            "<m:func><m:fName><m:r><m:t>sin</m:t></m:r></m:fName><m:e><m:r><m:t>α</m:t></m:r></m:e></m:func>",
            "\\sin {\\alpha}",
        ),
        ("<m:r><m:t>30°±0.1</m:t></m:r>", "30^{\\circ}\\pm 0.1"),
    ],
)
def test_word_equations_become_latex(omml, latex):
    element = parse_xml(f"<m:oMath {M}>{omml}</m:oMath>")

    assert word.omml_latex(element) == latex


def test_pictures_that_are_not_images_are_refused():
    picture = (
        '<w:p><w:r><w:t>【简答题】看图</w:t></w:r><w:r><w:drawing><a:blip r:embed="rIdImg1"/></w:drawing></w:r></w:p>'
    )
    data = word.docx_from_paragraphs([picture, _paragraph("答案：略")], media={"x.png": b"<svg/>"})

    result = word.parse(data, filename="x.docx")

    assert [str(e) for e in result.errors] == [
        "question 1 (paragraph 1): “x.png” is not a PNG, JPEG, GIF or WebP image."
    ]


@pytest.mark.parametrize(
    ("members", "message"),
    [
        ({"xl/workbook.xml": b"<x/>"}, "The file is not a Word document (.docx)."),
        (
            {"word/document.xml": b'<!DOCTYPE d [<!ENTITY e "x">]><d>&e;</d>'},
            "The XML declares a DTD or entities, which are not allowed.",
        ),
        (
            {"word/document.xml": b"<d/>"},
            "No question found: each question starts with its type in 【】, e.g. 【单选题】.",
        ),
    ],
)
def test_documents_that_cannot_be_read(members, message):
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)

    result = word.parse(out.getvalue(), filename="d.docx")

    assert result.items == []
    assert [e.message for e in result.errors] == [message]


def test_a_picture_with_an_old_word_fallback_is_taken_once():
    alternate = (
        '<w:r><mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
        'xmlns:v="urn:schemas-microsoft-com:vml"><mc:Choice Requires="wps"><w:drawing><a:blip r:embed="rIdImg1"/>'
        '</w:drawing></mc:Choice><mc:Fallback><w:pict><v:imagedata r:id="rIdImg1"/></w:pict></mc:Fallback>'
        "</mc:AlternateContent></w:r>"
    )
    question = f"<w:p><w:r><w:t>【简答题】看图</w:t></w:r>{alternate}</w:p>"
    data = word.docx_from_paragraphs([question, _paragraph("答案：略")], media={"p.png": PNG})

    result = word.parse(data, filename="x.docx")

    assert result.errors == []
    assert result.items[0].data.stem == '看图<img src="/import-image/p.png"/>'

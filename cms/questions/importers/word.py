"""Word (.docx) template (C4, M5): questions written as paragraphs, with formulas and images.

    1. 【单选题】数控车床上 G71 指令的作用是（ ）。
    A. 外圆粗车复合循环
    B. 螺纹切削循环
    答案：A
    解析：G71 为外圆粗车复合循环。
    难度：2
    分值：2
    知识点：G71 外圆粗车循环
    标签：G71；循环指令

A question starts with its type in 【】 (the number before it is optional, so Word's automatic numbering
works); paragraphs up to the first option or field continue the stem; options are typed ``A.`` … (also
``A、`` ``A）``); fields are 答案, 解析, 难度, 分值, 知识点, 标签 with ``：`` or ``:``, and a field's following
paragraphs continue it. Everything before the first question (a title, instructions) is ignored. Types,
answers and lists follow the Excel template's rules (``excel`` module): blanks ``____`` or （ ）, answers of
several blanks separated by ``;``, matching options ``左项 -> 右项``.

Images in the text (inline pictures) are extracted. Word equations (OMML) are converted to LaTeX for fractions,
super- and subscripts, roots, delimiters, n-ary operators (∑ ∫), functions, accents and bars; an equation
using anything else is refused with its location, as is LaTeX typed as ``$$…$$`` whose braces do not pair.
``docx_template()`` is the downloadable sample.
"""

from __future__ import annotations

import io
import posixpath
import re
import zipfile
from xml.etree.ElementTree import Element

from django.utils.translation import gettext as _

from cms.questions.importers.base import (
    IMAGE_PATH,
    Collector,
    ExtractedImage,
    FileRejected,
    ImportResult,
    ItemRejected,
    SafeZip,
    local,
    parse_xml,
    reading,
)
from cms.questions.importers.excel import TYPES, Row

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
M = "http://schemas.openxmlformats.org/officeDocument/2006/math"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
QUESTION = re.compile(r"^(?:\d+\s*[.、．)）]\s*)?[【\[]\s*([^】\]]+?)\s*[】\]]\s*(.*)$", re.DOTALL)
OPTION = re.compile(r"^([A-Z])\s*[.．、)）]\s*(.*)$", re.DOTALL)
FIELD = re.compile(r"^(答案|解析|难度|分值|知识点|标签)\s*[:：]\s*(.*)$", re.DOTALL)
IMAGE_TOKEN = re.compile("\ue100(\\d+)\ue101")
SYMBOLS = {
    "α": r"\alpha",
    "β": r"\beta",
    "γ": r"\gamma",
    "δ": r"\delta",
    "Δ": r"\Delta",
    "θ": r"\theta",
    "λ": r"\lambda",
    "μ": r"\mu",
    "π": r"\pi",
    "σ": r"\sigma",
    "φ": r"\phi",
    "ϕ": r"\phi",
    "ω": r"\omega",
    "Ω": r"\Omega",
    "±": r"\pm",
    "×": r"\times",
    "÷": r"\div",
    "≤": r"\le",
    "≥": r"\ge",
    "≠": r"\ne",
    "≈": r"\approx",
    "∞": r"\infty",
    "°": r"^{\circ}",
    "·": r"\cdot",
    "∑": r"\sum",
    "∫": r"\int",
    "∏": r"\prod",
}
ACCENTS = {"̂": r"\hat", "̃": r"\tilde", "̄": r"\bar", "⃗": r"\vec", "̇": r"\dot"}


def _w(name: str) -> str:
    return f"{{{W}}}{name}"


def _m(name: str) -> str:
    return f"{{{M}}}{name}"


# --- OMML → LaTeX -------------------------------------------------------------------------------------------


def _tex_text(text: str) -> str:
    out = []
    for char in text:
        symbol = SYMBOLS.get(char, char)
        out.append(f"{symbol} " if symbol.startswith("\\") else symbol)
    return "".join(out)


def _child(element: Element, name: str) -> Element | None:
    return element.find(_m(name))


def _value(element: Element | None, name: str) -> str | None:
    if element is None:
        return None
    node = element.find(_m(name))
    return node.get(_m("val")) if node is not None else None


def omml_latex(element: Element) -> str:
    """The LaTeX of an OMML element (``m:oMath`` and what it holds); ``ItemRejected`` for what it cannot read."""
    return "".join(_node(child) for child in element).strip()


def _latex(element: Element | None) -> str:
    return omml_latex(element) if element is not None else ""


def _group(element: Element | None) -> str:
    return "{" + _latex(element) + "}"


def _node(node: Element) -> str:
    name = local(node.tag)
    if node.tag.startswith(f"{{{W}}}") or name.endswith("Pr"):
        return ""  # run formatting, properties
    if name == "r":
        return "".join(_tex_text(t.text or "") for t in node.iter(_m("t")))
    if name in ("e", "oMath", "num", "den", "sub", "sup", "deg", "fName", "lim"):
        return omml_latex(node)
    if name == "f":
        return r"\frac" + _group(_child(node, "num")) + _group(_child(node, "den"))
    if name == "sSup":
        return _group(_child(node, "e")) + "^" + _group(_child(node, "sup"))
    if name == "sSub":
        return _group(_child(node, "e")) + "_" + _group(_child(node, "sub"))
    if name == "sSubSup":
        return _group(_child(node, "e")) + "_" + _group(_child(node, "sub")) + "^" + _group(_child(node, "sup"))
    if name == "rad":
        degree = _child(node, "deg")
        hidden = _value(_child(node, "radPr"), "degHide") in ("1", "on", "true")
        index = "" if hidden or not _latex(degree) else f"[{_latex(degree)}]"
        return r"\sqrt" + index + _group(_child(node, "e"))
    if name == "d":
        props = _child(node, "dPr")
        begin = _value(props, "begChr")
        end = _value(props, "endChr")
        separator = _value(props, "sepChr") or ","
        parts = [omml_latex(e) for e in node.findall(_m("e"))]
        begin, end = ("(" if begin is None else begin), (")" if end is None else end)
        escape = {"{": r"\{", "}": r"\}", "": "."}
        return rf"\left{escape.get(begin, begin)}" + separator.join(parts) + rf"\right{escape.get(end, end)}"
    if name == "nary":
        symbol = _value(_child(node, "naryPr"), "chr") or "∫"
        command = SYMBOLS.get(symbol, symbol).strip()
        sub, sup = _latex(_child(node, "sub")), _latex(_child(node, "sup"))
        limits = (f"_{{{sub}}}" if sub else "") + (f"^{{{sup}}}" if sup else "")
        return command + limits + _group(_child(node, "e"))
    if name == "func":
        function = _latex(_child(node, "fName"))
        known = function in ("sin", "cos", "tan", "cot", "log", "ln", "lg", "exp", "max", "min", "lim")
        return (f"\\{function} " if known else function) + _group(_child(node, "e"))
    if name == "acc":
        accent = _value(_child(node, "accPr"), "chr") or "̂"
        return ACCENTS.get(accent, r"\hat") + _group(_child(node, "e"))
    if name == "bar":
        return r"\overline" + _group(_child(node, "e"))
    if name == "box":
        return _latex(_child(node, "e"))
    raise ItemRejected(
        _("A Word equation uses “%(element)s”, which cannot be converted; type it as LaTeX in $$…$$ instead.")
        % {"element": name}
    )


# --- the document -------------------------------------------------------------------------------------------


class _Document:
    def __init__(self, archive: SafeZip, collector: Collector) -> None:
        self.archive = archive
        self.box = collector.images
        self.images: list[ExtractedImage] = []  # by token number
        self.relations: dict[str, str] = {}
        if archive.has("word/_rels/document.xml.rels"):
            for rel in parse_xml(archive.read("word/_rels/document.xml.rels")):
                if rel.get("TargetMode") != "External":
                    target = posixpath.normpath(posixpath.join("word", rel.get("Target") or ""))
                    self.relations[rel.get("Id") or ""] = target.lstrip("/")

    def image(self, rel_id: str) -> str:
        target = self.relations.get(rel_id)
        if target is None or not self.archive.has(target):
            raise ItemRejected(_("A picture links to a file outside the document; insert it as a picture."))
        extracted = self.box.add(self.archive.read(target), posixpath.basename(target))
        self.images.append(extracted)
        return f"\ue100{len(self.images) - 1}\ue101"

    def text(self, paragraph: Element) -> tuple[str, list[str]]:
        """A paragraph as text (equations as ``\\(…\\)``, pictures as tokens, breaks as new lines) and the
        reasons why parts of it could not be read."""
        parts: list[str] = []
        problems: list[str] = []
        self._walk(paragraph, parts, problems)
        return "".join(parts), problems

    def _walk(self, element: Element, parts: list[str], problems: list[str]) -> None:
        for child in element:
            try:
                self._node(child, parts, problems)
            except ItemRejected as error:
                problems.append(error.message)

    def _node(self, child: Element, parts: list[str], problems: list[str]) -> None:
        tag = child.tag
        if tag in (_m("oMath"), _m("oMathPara")):
            latex = " ".join(omml_latex(m) for m in ([child] if tag == _m("oMath") else child.iter(_m("oMath"))))
            parts.append(f"\\({latex}\\)" if latex else "")
        elif tag == _w("t"):
            parts.append(child.text or "")
        elif tag in (_w("tab"), _w("noBreakHyphen")):
            parts.append(" " if tag == _w("tab") else "-")
        elif tag in (_w("br"), _w("cr")):
            parts.append("\n")
        elif tag in (_w("del"), _w("instrText"), _w("pPr"), _w("rPr"), _w("fldChar")) or local(tag) == "Fallback":
            return  # deleted text, field codes, formatting, and the old-Word copy of alternate content
        elif local(tag) == "blip" and child.get(f"{{{R}}}embed"):
            parts.append(self.image(child.get(f"{{{R}}}embed") or ""))
        elif local(tag) == "imagedata" and child.get(f"{{{R}}}id"):
            parts.append(self.image(child.get(f"{{{R}}}id") or ""))
        else:
            self._walk(child, parts, problems)


class _Block:
    """The paragraphs of one question, gathered into the Excel template's columns."""

    def __init__(self, number: int, paragraph: int, kind: str, stem: str) -> None:
        self.number = number
        self.paragraph = paragraph
        self.cells: dict[str, list[str]] = {"题型": [kind.strip()], "题干": [stem]}
        self.last = "题干"
        self.errors: list[tuple[int, str]] = []  # (paragraph, reason)
        self.images: dict[int, ExtractedImage] = {}


class _WordRow(Row):
    """The Excel row logic with the document's locations and pictures."""

    def __init__(self, block: _Block, images: list[ExtractedImage]) -> None:
        super().__init__(block.paragraph, {k: "\n".join(v).strip() for k, v in block.cells.items()})
        self.block = block
        self.all_images = images
        self.used: list[ExtractedImage] = []
        self.location = _("question %(n)s (paragraph %(p)s)") % {"n": block.number, "p": block.paragraph}

    def at(self, column: str) -> str:
        return f"{self.location}, {column}"

    def html(self, column: str) -> str:
        """The cell as HTML with its pictures (tokens left by ``_Document.text``) as images."""

        def image(match: re.Match) -> str:
            extracted = self.all_images[int(match.group(1))]
            self.used.append(extracted)
            return f'<img src="{IMAGE_PATH}{extracted.name}"/>'

        return IMAGE_TOKEN.sub(image, super().html(column))


def parse(data: bytes, *, filename: str) -> ImportResult:
    collector = Collector()
    with reading(collector, filename):
        archive = SafeZip(data)
        if not archive.has("word/document.xml"):
            raise FileRejected(_("The file is not a Word document (.docx)."))
        document = _Document(archive, collector)
        root = parse_xml(archive.read("word/document.xml"))
        _questions(document, root, collector)
    return collector.finish()


def _questions(document: _Document, root: Element, collector: Collector) -> None:
    blocks: list[_Block] = []
    for number, paragraph in enumerate(root.iter(_w("p")), start=1):
        text, problems = document.text(paragraph)
        text = text.strip()
        match = QUESTION.match(text)
        if match and (match.group(1).strip() in TYPES or match.group(1).strip().endswith("题")):
            blocks.append(_Block(len(blocks) + 1, number, match.group(1), match.group(2)))
        block = blocks[-1] if blocks else None
        for problem in problems:
            if block is not None:
                block.errors.append((number, problem))
            else:
                collector.error(_("paragraph %(p)s") % {"p": number}, problem)
        if not text or block is None or (match and block.paragraph == number):
            continue  # empty, before the first question (title, instructions), or the question's first line
        field = FIELD.match(text)
        option = OPTION.match(text)
        if field:
            block.cells[field.group(1)] = [field.group(2)]
            block.last = field.group(1)
        elif option and (block.last == "题干" or block.last.startswith("选项")):
            block.last = f"选项{option.group(1)}"
            block.cells[block.last] = [option.group(2)]
        else:
            block.cells.setdefault(block.last, []).append(text)
    if not blocks:
        collector.error("", _("No question found: each question starts with its type in 【】, e.g. 【单选题】."))
    for block in blocks:
        row = _WordRow(block, document.images)
        if block.errors:
            for paragraph, message in block.errors:
                collector.error(_("question %(n)s (paragraph %(p)s)") % {"n": block.number, "p": paragraph}, message)
            continue
        try:
            item = row.item()
        except ItemRejected as error:
            collector.error(error.location or row.location, error.message)
            continue
        collector.add(
            row.location, item, images=row.used, knowledge_points=row.list("知识点"), part_location=row.part_location
        )


# --- the template -------------------------------------------------------------------------------------------

FRACTION = (
    "<m:oMath><m:r><m:t>v=</m:t></m:r><m:f><m:num><m:r><m:t>πdn</m:t></m:r></m:num>"
    "<m:den><m:r><m:t>1000</m:t></m:r></m:den></m:f></m:oMath>"
)
TEMPLATE = [
    ("试题导入模板（Word）", True),
    (
        "每题以【题型】开头，题号可有可无；选项写成 A. B. …；答案、解析、难度、分值、知识点、标签各占一段。",
        False,
    ),
    ("题型：单选题、多选题、判断题、填空题、简答题、论述题、匹配题、排序题。", False),
    ("填空题的空写成 ____，多个空的答案用 ; 隔开，同一空的多个答案用 | 隔开。", False),
    ("匹配题每个选项写成“左项 -> 右项”；公式用 Word 公式编辑器或写成 $$LaTeX$$；图片直接插入。", False),
    ("1. 【单选题】数控车床上 G71 指令的作用是（ ）。", False),
    ("A. 外圆粗车复合循环", False),
    ("B. 螺纹切削循环", False),
    ("C. 精车循环", False),
    ("答案：A", False),
    ("解析：G71 为外圆粗车复合循环，精车用 G70。", False),
    ("难度：2", False),
    ("分值：2", False),
    ("知识点：G71 外圆粗车循环", False),
    ("标签：G71；循环指令", False),
    ("2. 【多选题】数控车床常用的对刀方法有（ ）。", False),
    ("A. 试切对刀", False),
    ("B. 对刀仪对刀", False),
    ("C. 目测对刀", False),
    ("答案：AB", False),
    ("3. 【判断题】G00 指令可以用于切削加工。", False),
    ("答案：错", False),
    ("4. 【填空题】尺寸 $$\\phi 30^{+0.021}_{0}$$ 的公差为 ____ mm，快速定位指令是 ____。", False),
    ("答案：0.021;G00|G0", False),
    ("5. 【简答题】切削速度 " + "\ue000" + " 中 d 指什么？", False),
    ("答案：工件（或刀具）切削处的直径，单位 mm。", False),
    ("6. 【匹配题】将指令与功能对应。", False),
    ("A. G01 -> 直线插补", False),
    ("B. G02 -> 顺时针圆弧插补", False),
    ("C. -> 刀具半径补偿", False),
    ("7. 【排序题】按正确顺序排列试切对刀的步骤。", False),
    ("A. 主轴正转", False),
    ("B. 试切外圆", False),
    ("C. 测量直径并输入刀补", False),
    ("答案：ABC", False),
    ("8. 【论述题】论述公差与加工经济性的关系。", False),
    ("答案：答出公差带、加工方法与成本的关系。", False),
]


def _paragraph_xml(text: str, bold: bool = False) -> str:
    from xml.sax.saxutils import escape

    run_props = "<w:rPr><w:b/></w:rPr>" if bold else ""
    runs = []
    for i, piece in enumerate(text.split("\ue000")):
        if i:
            runs.append(FRACTION)
        if piece:
            runs.append(f'<w:r>{run_props}<w:t xml:space="preserve">{escape(piece)}</w:t></w:r>')
    return f"<w:p>{''.join(runs)}</w:p>"


def docx_from_paragraphs(paragraphs: list[str], *, media: dict[str, bytes] | None = None) -> bytes:
    """A minimal .docx whose body is ``paragraphs`` (raw ``<w:p>`` XML); ``media`` files go to word/media."""
    media = media or {}
    body = "".join(paragraphs)
    document = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        f'<w:document xmlns:w="{W}" xmlns:m="{M}" xmlns:r="{R}" '
        'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
        'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
        'xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture">'
        f"<w:body>{body}<w:sectPr/></w:body></w:document>"
    )
    relations = "".join(
        f'<Relationship Id="rIdImg{i}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
        f'image" Target="media/{name}"/>'
        for i, name in enumerate(media, start=1)
    )
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(
            "[Content_Types].xml",
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Default Extension="png" ContentType="image/png"/>'
            '<Default Extension="jpeg" ContentType="image/jpeg"/>'
            '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.'
            'wordprocessingml.document.main+xml"/></Types>',
        )
        archive.writestr(
            "_rels/.rels",
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
            'officeDocument" Target="word/document.xml"/></Relationships>',
        )
        archive.writestr(
            "word/_rels/document.xml.rels",
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            f"{relations}</Relationships>",
        )
        archive.writestr("word/document.xml", document)
        for name, data in media.items():
            archive.writestr(f"word/media/{name}", data)
    return out.getvalue()


def docx_template() -> bytes:
    """The downloadable Word template: how to write questions, and one example of each type."""
    return docx_from_paragraphs([_paragraph_xml(text, bold) for text, bold in TEMPLATE])

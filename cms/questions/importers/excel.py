"""Excel (.xlsx) template (C4, M5): one item per row of the first sheet; ``xlsx_template()`` is the download.

Row 1 names the columns (any order; a trailing ``*`` is ignored): 题型, 题干, 选项A … 选项H (more letters are
read when present), 答案, 解析, 难度, 分值, 知识点, 标签. Empty rows are skipped.

- 题型: 单选题, 多选题, 判断题, 填空题, 简答题, 论述题, 匹配题, 排序题 (or the codes ``single`` …). Case
  analyses and practical tasks need the editor.
- 答案: single ``B``; multiple ``ABD`` (or ``A,B,D``); true/false 对/错 (正确/错误, √/×, T/F); blanks
  separated by ``;`` with accepted alternatives separated by ``|`` (``G00|G0;0.5``), the stem marking each blank
  with ``____`` or ``（ ）``; short answer and essay: the reference answer; ordering: the right order of the
  option letters (``BCAD``; empty means as listed); matching: empty, each option cell is a pair
  ``左项 -> 右项`` (``-> 右项`` adds a distractor).
- 难度 1–5 or 易 / 较易 / 中 / 较难 / 难 (default 3); 分值 a number (default 1); 知识点 and 标签 separated by
  ``;`` ``，`` or ``、`` (knowledge points are names, looked up in the course by the caller).
- Formulas in ``$$…$$`` or ``\\(…\\)``. Images cannot travel in cells (use the Word template or the editor).

Errors name the row and the column.
"""

from __future__ import annotations

import io
import re
import unicodedata
import zipfile
from decimal import Decimal, InvalidOperation

from django.utils.translation import gettext as _

from cms.questions.content import QuestionType
from cms.questions.importers.base import (
    BLANK,
    MAX_ITEMS,
    Collector,
    FileRejected,
    ImportResult,
    ItemRejected,
    SafeZip,
    new_item,
    option_key,
    reading,
    text_html,
)

TYPE_NAMES = {
    QuestionType.SINGLE: ("单选题", "单选", "单项选择题"),
    QuestionType.MULTIPLE: ("多选题", "多选", "多项选择题"),
    QuestionType.TRUE_FALSE: ("判断题", "判断"),
    QuestionType.FILL_BLANK: ("填空题", "填空"),
    QuestionType.SHORT_ANSWER: ("简答题", "简答"),
    QuestionType.ESSAY: ("论述题", "论述"),
    QuestionType.MATCHING: ("匹配题", "匹配", "连线题"),
    QuestionType.ORDERING: ("排序题", "排序"),
}
TYPES = {name: code for code, names in TYPE_NAMES.items() for name in (*names, code)}
NOT_IN_EXCEL = {"案例分析题": QuestionType.CASE, "案例题": QuestionType.CASE, "实操题": QuestionType.PRACTICAL}
TRUE_WORDS = {"对", "正确", "是", "√", "✓", "T", "TRUE", "Y", "YES"}
FALSE_WORDS = {"错", "错误", "否", "×", "✗", "X", "F", "FALSE", "N", "NO"}
DIFFICULTY_WORDS = {"易": 1, "容易": 1, "较易": 2, "中": 3, "中等": 3, "适中": 3, "较难": 4, "难": 5, "困难": 5}
COLUMNS = (
    "题型",
    "题干",
    *(f"选项{option_key(i)}" for i in range(8)),
    "答案",
    "解析",
    "难度",
    "分值",
    "知识点",
    "标签",
)
BLANK_MARK = re.compile(r"_{3,}|[（(]\s*[）)]")
LIST_SPLIT = re.compile(r"[;；,，、\n]+")
MAX_ROWS = MAX_ITEMS + 200  # empty rows included
MAX_COLUMNS = 60
MAX_CELL = 20_000


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "对" if value else "错"
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip()


def parse(data: bytes, *, filename: str) -> ImportResult:
    collector = Collector()
    with reading(collector, filename):
        _parse(data, collector)
    return collector.finish()


def _workbook(data: bytes):
    from openpyxl import load_workbook  # openpyxl parses with defusedxml when it is installed (it is)
    from openpyxl.utils.exceptions import InvalidFileException

    archive = SafeZip(data)  # member count and unpacked size checked before openpyxl opens anything
    if not archive.has("xl/workbook.xml"):
        raise FileRejected(_("The file is not an Excel workbook (.xlsx)."))
    for name in archive.names():
        if name.endswith((".xml", ".rels")) and re.search(rb"<!(DOCTYPE|ENTITY)", archive.read(name), re.I):
            raise FileRejected(_("The XML declares a DTD or entities, which are not allowed."))
    try:
        return load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (InvalidFileException, zipfile.BadZipFile, KeyError, ValueError, TypeError, OSError) as error:
        raise FileRejected(_unreadable()) from error


def _unreadable() -> str:
    return _("The Excel file cannot be read; save it again as .xlsx.")


def _rows(data: bytes) -> list[tuple]:
    """The first sheet's cell values, at most ``MAX_ROWS`` × ``MAX_COLUMNS`` (a forged size cannot make more)."""
    workbook = _workbook(data)
    try:
        sheet = workbook.worksheets[0]
        return list(sheet.iter_rows(min_row=1, max_row=MAX_ROWS, max_col=MAX_COLUMNS, values_only=True))
    except FileRejected:
        raise
    except Exception as error:  # openpyxl on a damaged or hostile sheet: many kinds of failure, one answer
        raise FileRejected(_unreadable()) from error
    finally:
        workbook.close()


def _parse(data: bytes, collector: Collector) -> None:
    rows = _rows(data)
    columns = _columns(rows[0] if rows else ())
    count = 0
    for number, values in enumerate(rows[1:], start=2):
        cells = {name: _cell(values[i]) if i < len(values) else "" for name, i in columns.items()}
        if not any(cells.values()):
            continue
        count += 1
        row = Row(number, cells)
        try:
            item = row.item()
        except ItemRejected as error:
            collector.error(error.location or row.location, error.message)
            continue
        collector.add(row.location, item, knowledge_points=row.list("知识点"), part_location=row.part_location)
    if count == 0:
        collector.error(_("row %(row)s") % {"row": 2}, _("The sheet holds no questions below the header row."))


def _columns(header) -> dict[str, int]:
    columns = {}
    for i, value in enumerate(header):
        name = unicodedata.normalize("NFKC", _cell(value)).rstrip("*").strip()
        if name and name not in columns:
            columns[name] = i
    missing = [name for name in ("题型", "题干", "答案") if name not in columns]
    if missing:
        raise FileRejected(
            _("Row 1 must name the columns; missing: %(columns)s. Download the template for the layout.")
            % {"columns": "、".join(missing)}
        )
    return columns


class Row:
    """One item's cells by column name, turned into ``ItemData`` (also used by the Word template)."""

    def __init__(self, number: int, cells: dict[str, str]) -> None:
        self.number = number
        self.cells = cells
        self.location = _("row %(row)s") % {"row": number}

    def at(self, column: str) -> str:
        return _("row %(row)s, column %(column)s") % {"row": self.number, "column": column}

    def reject(self, column: str, message: str) -> ItemRejected:
        return ItemRejected(message, self.at(column))

    def get(self, column: str) -> str:
        value = self.cells.get(column, "")
        if len(value) > MAX_CELL:
            raise self.reject(column, _("The cell is longer than %(n)s characters.") % {"n": MAX_CELL})
        return value

    def html(self, column: str) -> str:
        try:
            return text_html(self.get(column))
        except ItemRejected as error:
            raise self.reject(column, error.message)

    def list(self, column: str) -> list[str]:
        return [part.strip() for part in LIST_SPLIT.split(self.get(column)) if part.strip()]

    def part_location(self, part: str) -> str:
        """A failing part of the item ("stem", "options[2]", "answer") as this row's column."""
        match = re.match(r"(options|left|items)\[(\d+)\]", part)
        if match:
            return self.at(f"选项{option_key(int(match.group(2)))}")
        return self.at("题干" if part == "stem" else "答案")

    def options(self) -> list[tuple[str, str]]:
        """(letter, text) of the filled option columns, which must follow each other from A."""
        present = sorted(
            (name[2:], self.get(name)) for name in self.cells if re.fullmatch(r"选项[A-Z]", name) and self.get(name)
        )
        for i, (letter, _text) in enumerate(present):
            if letter != option_key(i):
                raise self.reject(f"选项{option_key(i)}", _("Options must be filled from A on without gaps."))
        return present

    def item(self):
        kind_text = self.get("题型")
        kind = TYPES.get(kind_text) or TYPES.get(kind_text.lower())
        if kind is None:
            if kind_text in NOT_IN_EXCEL or kind_text in (QuestionType.CASE, QuestionType.PRACTICAL):
                raise self.reject("题型", _("Case analyses and practical tasks cannot be imported from Excel."))
            raise self.reject(
                "题型",
                _("Unknown question type “%(type)s”; use one of %(types)s.")
                % {"type": kind_text, "types": "、".join(names[0] for names in TYPE_NAMES.values())},
            )
        if kind == QuestionType.FILL_BLANK:  # every blank written as ____ (the bank's mark)
            self.cells["题干"] = BLANK_MARK.sub(BLANK, self.get("题干"))
        stem = self.html("题干")
        data = new_item(kind, stem, explanation=self.html("解析"))
        getattr(self, f"_{kind}")(data)
        data.difficulty = self.difficulty()
        data.score = self.score()
        data.tags = [t[:100] for t in self.list("标签")]
        return data

    def difficulty(self) -> int:
        value = self.get("难度")
        if not value:
            return 3
        level = DIFFICULTY_WORDS.get(value) or (int(value) if value.isdigit() else 0)
        if not 1 <= level <= 5:
            raise self.reject("难度", _("Difficulty is 1 (easy) to 5 (hard), or 易/较易/中/较难/难."))
        return level

    def score(self) -> Decimal:
        value = self.get("分值")
        try:
            score = Decimal(value or "1").quantize(Decimal("0.01"))
        except (InvalidOperation, ValueError):
            raise self.reject("分值", _("The score must be a number."))
        if not Decimal(0) <= score <= Decimal(1000):
            raise self.reject("分值", _("The score must be between 0 and 1000."))
        return score

    def letters(self) -> list[str]:
        answer = unicodedata.normalize("NFKC", self.get("答案")).upper()
        letters = re.sub(r"[\s,;，；、/|]+", "", answer)
        if not re.fullmatch(r"[A-Z]+", letters):
            raise self.reject("答案", _("Give the answer as option letters, e.g. “B” or “ABD”."))
        return list(letters)

    def choice_options(self) -> list[dict]:
        options = []
        for letter, _text in self.options():
            options.append({"key": letter, "text": self.html(f"选项{letter}")})
        return options

    def _single(self, data) -> None:
        letters = self.letters()
        if len(letters) != 1:
            raise self.reject("答案", _("A single choice has exactly one right option."))
        data.content = {"options": self.choice_options(), "answer": letters[0]}

    def _multiple(self, data) -> None:
        data.content = {"options": self.choice_options(), "answer": self.letters()}

    def _true_false(self, data) -> None:
        answer = unicodedata.normalize("NFKC", self.get("答案")).upper()
        if answer in TRUE_WORDS:
            data.content = {"answer": True}
        elif answer in FALSE_WORDS:
            data.content = {"answer": False}
        else:
            raise self.reject("答案", _("Answer a true/false question with 对 or 错."))

    def _fill_blank(self, data) -> None:
        blanks = []
        for part in re.split(r"[;；]", self.get("答案")):
            answers = [a.strip() for a in re.split(r"[|｜]", part) if a.strip()]
            if answers:
                blanks.append({"answers": answers})
        if not blanks:
            raise self.reject("答案", _("Give the accepted answers of every blank."))
        marks = self.get("题干").count(BLANK)
        if marks and marks != len(blanks):
            raise self.reject(
                "答案",
                _("The stem has %(marks)s blanks but the answer gives %(n)s (separate blanks with ;).")
                % {"marks": marks, "n": len(blanks)},
            )
        data.content = {"blanks": blanks}

    def _short_answer(self, data) -> None:
        data.reference_answer = self.html("答案")

    _essay = _short_answer

    def _matching(self, data) -> None:
        left, right, pairs, right_keys = [], [], {}, {}
        for letter, text in self.options():
            column = f"选项{letter}"
            parts = re.split(r"\s*(?:->|→|=>)\s*", text, maxsplit=1)
            if len(parts) != 2 or not parts[1].strip():
                raise self.reject(column, _("Write a matching pair as “left -> right”."))
            try:
                target, source = text_html(parts[1]), text_html(parts[0])
            except ItemRejected as error:
                raise self.reject(column, error.message)
            if target not in right_keys:
                right_keys[target] = option_key(len(right))
                right.append({"key": right_keys[target], "text": target})
            if source:
                key = str(len(left) + 1)
                left.append({"key": key, "text": source})
                pairs[key] = right_keys[target]
        data.content = {"left": left, "right": right, "answer": pairs}

    def _ordering(self, data) -> None:
        items = self.choice_options()
        order = self.letters() if self.get("答案") else [i["key"] for i in items]
        data.content = {"items": items, "answer": order}


def xlsx_template() -> bytes:
    """The downloadable template: the 试题 sheet with one example per type, and 说明 (how to fill it in)."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.worksheet.datavalidation import DataValidation

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "试题"
    sheet.append([f"{c}*" if c in ("题型", "题干", "答案") else c for c in COLUMNS])
    for example in EXAMPLES:
        sheet.append([example.get(c, "") for c in COLUMNS])
    for cell in sheet[1]:
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor="1F4E79")
        cell.alignment = Alignment(horizontal="center")
    widths = {"题型": 10, "题干": 48, "答案": 16, "解析": 30, "难度": 6, "分值": 6, "知识点": 16, "标签": 14}
    for i, name in enumerate(COLUMNS, start=1):
        sheet.column_dimensions[sheet.cell(1, i).column_letter].width = widths.get(name, 18)
    sheet.freeze_panes = "A2"
    types = DataValidation(type="list", formula1='"' + ",".join(n[0] for n in TYPE_NAMES.values()) + '"')
    types.add(f"A2:A{MAX_ITEMS + 1}")
    sheet.add_data_validation(types)
    notes = workbook.create_sheet("说明")
    for line in GUIDE:
        notes.append([line])
    notes.column_dimensions["A"].width = 110
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()


EXAMPLES = [
    {
        "题型": "单选题",
        "题干": "数控车床上 G71 指令的作用是（ ）。",
        "选项A": "外圆粗车复合循环",
        "选项B": "螺纹切削循环",
        "选项C": "精车循环",
        "选项D": "端面切槽循环",
        "答案": "A",
        "解析": "G71 为外圆粗车复合循环，精车用 G70。",
        "难度": 2,
        "分值": 2,
        "知识点": "G71 外圆粗车循环",
        "标签": "G71；循环指令",
    },
    {
        "题型": "多选题",
        "题干": "数控车床常用的对刀方法有（ ）。",
        "选项A": "试切对刀",
        "选项B": "对刀仪对刀",
        "选项C": "目测对刀",
        "答案": "AB",
        "难度": 3,
        "分值": 3,
        "知识点": "对刀",
    },
    {"题型": "判断题", "题干": "G00 指令可以用于切削加工。", "答案": "错", "难度": 1, "分值": 1},
    {
        "题型": "填空题",
        "题干": "尺寸 $$\\phi 30^{+0.021}_{0}$$ 的公差为 ____ mm，快速定位指令是 ____。",
        "答案": "0.021；G00|G0",
        "难度": 3,
        "分值": 2,
        "知识点": "公差",
    },
    {
        "题型": "简答题",
        "题干": "简述试切对刀的步骤。",
        "答案": "主轴正转，试切外圆，沿 Z 向退刀，测量直径并输入刀补。",
        "难度": 3,
        "分值": 5,
        "知识点": "对刀",
    },
    {
        "题型": "论述题",
        "题干": "论述 \\(T = ES - EI\\) 在轴类零件加工中的意义。",
        "答案": "答出公差带、上下偏差与加工经济性的关系。",
        "难度": 4,
        "分值": 10,
        "知识点": "公差",
    },
    {
        "题型": "匹配题",
        "题干": "将指令与功能对应。",
        "选项A": "G01 -> 直线插补",
        "选项B": "G02 -> 顺时针圆弧插补",
        "选项C": "G03 -> 逆时针圆弧插补",
        "选项D": "-> 刀具半径补偿",
        "难度": 2,
        "分值": 3,
    },
    {
        "题型": "排序题",
        "题干": "按正确顺序排列试切对刀的步骤。",
        "选项A": "主轴正转",
        "选项B": "试切外圆",
        "选项C": "沿 Z 向退刀并测量直径",
        "选项D": "输入刀补值",
        "答案": "ABCD",
        "难度": 3,
        "分值": 2,
        "知识点": "对刀",
    },
]

GUIDE = [
    "试题导入模板（Excel）使用说明",
    "1. 只读取第一个工作表；第 1 行是列名，不要修改；示例行导入前请删除或替换。带 * 的列必填。",
    "2. 题型：单选题、多选题、判断题、填空题、简答题、论述题、匹配题、排序题。案例分析题和实操题请在编辑器中录入。",
    "3. 选项A～选项H：选择题和排序题的选项，须从 A 起连续填写；需要更多选项时可增加“选项I”等列。",
    "4. 答案：单选填一个字母（B）；多选填多个字母（ABD）；判断填 对/错；简答、论述填参考答案；排序填正确顺序（BCAD）。",
    "5. 填空题：题干中每个空写成 ____ 或（ ），答案中各空用分号 ; 隔开，"
    "同一空的多个可接受答案用竖线 | 隔开，如 0.021;G00|G0。",
    "6. 匹配题：每个选项单元格写“左项 -> 右项”，只写“-> 右项”表示干扰项；答案列留空。",
    "7. 难度：1～5 或 易/较易/中/较难/难，默认 3；分值：数字，默认 1。",
    "8. 知识点、标签：多个用分号、逗号或顿号隔开；知识点须与课程知识图谱中的名称一致。",
    "9. 公式用 LaTeX 写在 $$…$$ 或 \\(…\\) 中，如 $$\\phi 30^{+0.021}_{0}$$。"
    "单元格中不能放图片，带图的题目请用 Word 模板或编辑器。",
    "10. 导入时整份文件要么全部成功，要么不导入；出错时会列出行号、列名和原因，修改后重新导入即可。",
]

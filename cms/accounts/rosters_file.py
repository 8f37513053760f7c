"""Reading a school's real-name roster from an Excel file (O2, S).

Schools hand in their roster (实名名单) as a spreadsheet; learners are later matched against it by name and
student or staff number. This module only turns the uploaded bytes into rows and a list of problems a
person can fix in Excel (each with its line number); it never raises on bad input, because the file comes
from outside and the answer must be a message, not a 500. Saving the rows is a service's job.

Untrusted upload, so: at most ``ROSTER_MAX_BYTES`` on the wire and ``ROSTER_MAX_UNCOMPRESSED_BYTES`` once
unzipped (an .xlsx is a zip; a few kilobytes can inflate to gigabytes), read with openpyxl in read-only,
values-only mode (no formulas are evaluated, nothing is held per cell).
"""

import io
import re
import unicodedata
import zipfile
from dataclasses import dataclass

import openpyxl
from django.utils.translation import gettext
from openpyxl.worksheet.datavalidation import DataValidation

ROSTER_MAX_BYTES = 5 * 1024 * 1024
ROSTER_MAX_UNCOMPRESSED_BYTES = 100 * 1024 * 1024
NAME_MAX_LENGTH = 64
PLACE_MAX_LENGTH = 64  # department and class, as stored on a roster entry
NUMBER_PATTERN = re.compile(r"[A-Za-z0-9-]{1,32}")

STUDENT = "student"
TEACHER = "teacher"

# Column → accepted headers (compared after _header_key) and the header shown in messages and the template.
_COLUMNS: dict[str, tuple[str, tuple[str, ...]]] = {
    "name": ("姓名", ("姓名", "name")),
    "number": ("学号/工号", ("学号", "工号", "学号/工号", "number")),
    "department": ("院系/部门", ("院系", "部门", "院系/部门", "department")),
    "class_name": ("班级", ("班级", "class")),
    "kind": ("身份", ("身份", "kind")),
}
_REQUIRED = ("name", "number")
_KINDS = {"学生": STUDENT, "student": STUDENT, "教师": TEACHER, "teacher": TEACHER}
_XLSX_MAGIC = b"PK\x03\x04"
_OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # .xls (Excel 97-2003) and other old Office files


@dataclass(frozen=True)
class RosterRow:
    line: int
    name: str
    number: str
    department: str
    class_name: str
    kind: str  # "student" | "teacher"


@dataclass(frozen=True)
class RosterProblem:
    line: int | None  # the spreadsheet's row number; None for the file as a whole
    message: str


def _header_key(value) -> str:
    """Full-width forms folded (``学号／工号``), all whitespace dropped, case ignored."""
    return "".join(unicodedata.normalize("NFKC", _text(value)).split()).casefold()


def _text(value) -> str:
    """A cell as text. Excel stores 2023001 typed into a cell as the number 2023001.0: give back "2023001"."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


_HEADER_TO_COLUMN = {_header_key(header): column for column, (_, headers) in _COLUMNS.items() for header in headers}


def _not_xlsx() -> str:
    return gettext(
        "This file is not an Excel workbook (.xlsx). Save the roster as .xlsx in Excel or WPS and upload it again."
    )


def _file_problem(data: bytes) -> str | None:
    """Why these bytes are not an .xlsx workbook we are willing to open, or None."""
    if len(data) > ROSTER_MAX_BYTES:
        return gettext("The file is larger than %(size)d MiB; split the roster into several files.") % {
            "size": ROSTER_MAX_BYTES // (1024 * 1024)
        }
    if data.startswith(_OLE2_MAGIC):
        return gettext(
            "This is an old Excel (.xls) file. Open it in Excel or WPS, save it as .xlsx and upload it again."
        )
    if not data.startswith(_XLSX_MAGIC):
        return _not_xlsx()
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            unzipped = sum(member.file_size for member in archive.infolist())
    except (zipfile.BadZipFile, ValueError, OSError):
        return _not_xlsx()
    if unzipped > ROSTER_MAX_UNCOMPRESSED_BYTES:
        return gettext("The workbook is too large once unpacked; split the roster into several files.")
    return None


def roster_parse(data: bytes, *, max_rows: int = 20000) -> tuple[list[RosterRow], list[RosterProblem]]:
    """Rows of the first worksheet and the problems found, sorted by line.

    The header row is the first non-empty row; unknown columns are ignored, fully empty rows skipped. A
    row with any problem is left out of the rows; so are all rows sharing a duplicated number (which one
    is right is for the school to say). Too many rows gives no rows at all: half a roster is worse than none.
    """
    problem = _file_problem(data)
    if problem:
        return [], [RosterProblem(None, problem)]
    try:
        workbook = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception:  # a zip but not a workbook (.docx, a damaged file): openpyxl raises many kinds
        return [], [RosterProblem(None, _not_xlsx())]
    try:
        return _parse_workbook(workbook, max_rows=max_rows)
    except Exception:  # a damaged sheet part only shows while reading (read-only mode is lazy)
        return [], [
            RosterProblem(None, gettext("The workbook could not be read; it may be damaged. Save it again in Excel."))
        ]
    finally:
        workbook.close()


def _parse_workbook(workbook, *, max_rows: int) -> tuple[list[RosterRow], list[RosterProblem]]:
    empty = [], [RosterProblem(None, gettext("The workbook is empty."))]
    if not workbook.worksheets:
        return empty
    lines = enumerate(workbook.worksheets[0].iter_rows(values_only=True), start=1)
    header_line, columns = None, {}
    for line, values in lines:
        if any(_text(value) for value in values):
            header_line = line
            columns, problems = _columns(line, values)
            if problems:
                return [], problems
            break
    if header_line is None:
        return empty

    candidates: list[RosterRow] = []
    problems: list[RosterProblem] = []
    count = 0
    for line, values in lines:
        if not any(_text(value) for value in values):
            continue
        count += 1
        if count > max_rows:
            message = gettext("The roster has more than %(max)d rows; split it into several files.")
            return [], [RosterProblem(None, message % {"max": max_rows})]
        cells = {column: _text(values[index]) if index < len(values) else "" for column, index in columns.items()}
        row, row_problems = _row(line, cells)
        problems += row_problems
        if row:
            candidates.append(row)

    rows, duplicates = _without_duplicates(candidates)
    problems += duplicates
    if not rows and not problems:
        problems.append(RosterProblem(header_line, gettext("The roster has a header row but no people.")))
    return rows, sorted(problems, key=lambda p: p.line or 0)


def _columns(line: int, values) -> tuple[dict[str, int], list[RosterProblem]]:
    columns: dict[str, int] = {}
    problems = []
    for index, value in enumerate(values):
        column = _HEADER_TO_COLUMN.get(_header_key(value))
        if column is None:
            continue
        if column in columns:
            message = gettext("The column %(column)s appears more than once.")
            problems.append(RosterProblem(line, message % {"column": _COLUMNS[column][0]}))
        columns.setdefault(column, index)
    missing = [_COLUMNS[column][0] for column in _REQUIRED if column not in columns]
    if missing:
        message = gettext("Missing required column(s): %(columns)s.")
        problems.append(RosterProblem(line, message % {"columns": ", ".join(missing)}))
    return columns, problems


def _row(line: int, cells: dict[str, str]) -> tuple[RosterRow | None, list[RosterProblem]]:
    name = cells["name"]
    number = unicodedata.normalize("NFKC", cells["number"]).strip()
    kind_text = unicodedata.normalize("NFKC", cells.get("kind", "")).strip().casefold()
    messages = []
    if not name:
        messages.append(gettext("The name is empty."))
    elif len(name) > NAME_MAX_LENGTH:
        messages.append(gettext("The name is longer than %(max)d characters.") % {"max": NAME_MAX_LENGTH})
    if not number:
        messages.append(gettext("The student or staff number is empty."))
    elif not NUMBER_PATTERN.fullmatch(number):
        messages.append(
            gettext("The number %(number)s may contain only letters, digits and hyphens, at most 32 characters.")
            % {"number": number[:40]}
        )
    for column, label in (("department", _COLUMNS["department"][0]), ("class_name", _COLUMNS["class_name"][0])):
        if len(cells.get(column, "")) > PLACE_MAX_LENGTH:
            message = gettext("%(column)s is longer than %(max)d characters.")
            messages.append(message % {"column": label, "max": PLACE_MAX_LENGTH})
    kind = _KINDS.get(kind_text, STUDENT if not kind_text else None)
    if kind is None:
        message = gettext("Unknown identity %(kind)s; use one of: %(choices)s.")
        messages.append(message % {"kind": cells["kind"][:20], "choices": ", ".join(_KINDS)})
    if messages:
        return None, [RosterProblem(line, message) for message in messages]
    row = RosterRow(
        line=line,
        name=name,
        number=number,
        department=cells.get("department", ""),
        class_name=cells.get("class_name", ""),
        kind=kind,
    )
    return row, []


def _without_duplicates(rows: list[RosterRow]) -> tuple[list[RosterRow], list[RosterProblem]]:
    """Numbers compare case-insensitively: "a2023" and "A2023" are one person to a school's office."""
    by_number: dict[str, list[RosterRow]] = {}
    for row in rows:
        by_number.setdefault(row.number.casefold(), []).append(row)
    problems = []
    for same in by_number.values():
        if len(same) > 1:
            message = gettext("The number %(number)s appears on more than one line: %(lines)s.")
            lines = ", ".join(str(row.line) for row in same)
            problems.append(RosterProblem(same[1].line, message % {"number": same[0].number, "lines": lines}))
    return [row for same in by_number.values() if len(same) == 1 for row in same], problems


def roster_template() -> bytes:
    """An .xlsx to download and fill in: the header row, one example row, numbers kept as text."""
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "名单"
    sheet.append([header for header, _ in _COLUMNS.values()])
    sheet.append(["张三", "2023001", "机电工程学院", "数控2301班", "学生"])
    # Typed as text, so 0023001 keeps its leading zeros.
    sheet.column_dimensions["B"].number_format = "@"
    for letter, width in zip("ABCDE", (12, 16, 20, 16, 8), strict=True):
        sheet.column_dimensions[letter].width = width
    kinds = DataValidation(type="list", formula1='"学生,教师"', allow_blank=True)
    sheet.add_data_validation(kinds)
    kinds.add("E2:E20001")
    sheet.freeze_panes = "A2"
    output = io.BytesIO()
    workbook.save(output)
    return output.getvalue()

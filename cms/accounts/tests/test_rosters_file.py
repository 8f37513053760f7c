"""O2 实名制: a school's roster read from .xlsx, every problem reported with its line."""

import io
import zipfile

import openpyxl
import pytest
from django.utils import translation

from cms.accounts.rosters_file import ROSTER_MAX_BYTES, RosterProblem, RosterRow, roster_parse, roster_template

HEADER = ["姓名", "学号/工号", "院系/部门", "班级", "身份"]


def xlsx(*rows, sheet_title="Sheet") -> bytes:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = sheet_title
    for row in rows:
        sheet.append(list(row))
    output = io.BytesIO()
    workbook.save(output)
    return output.getvalue()


def parse(data: bytes, **kwargs):
    with translation.override("en"):
        return roster_parse(data, **kwargs)


def messages(problems: list[RosterProblem]) -> list[tuple[int | None, str]]:
    return [(problem.line, problem.message) for problem in problems]


def test_rows_are_read_with_their_lines():
    # given a roster with a student and a teacher
    data = xlsx(
        HEADER,
        ["张三", "2023001", "机电工程学院", "数控2301班", "学生"],
        [" 李四 ", "T-0042", "教务处", None, "教师"],
    )
    # when it is parsed
    rows, problems = parse(data)
    # then both rows come back, trimmed, with their spreadsheet line numbers
    assert problems == []
    assert rows == [
        RosterRow(
            line=2, name="张三", number="2023001", department="机电工程学院", class_name="数控2301班", kind="student"
        ),
        RosterRow(line=3, name="李四", number="T-0042", department="教务处", class_name="", kind="teacher"),
    ]


def test_numbers_stored_as_numbers_read_without_decimals():
    # given numbers typed into Excel, stored as int and float
    data = xlsx(["姓名", "学号"], ["张三", 2023001], ["李四", 2023002.0])
    # when parsed
    rows, problems = parse(data)
    # then they read as the digits typed
    assert problems == []
    assert [row.number for row in rows] == ["2023001", "2023002"]


@pytest.mark.parametrize(
    "headers",
    [
        ["姓名", "学号", "院系", "班级", "身份"],
        [" Name ", "NUMBER", "Department", "Class", "Kind"],
        ["姓名", "工号", "部门", "班级", "身份"],
        ["姓名", "学号 / 工号", "院系／部门", "班级", "身份"],
    ],
)
def test_header_variants_are_recognised(headers):
    # given a roster with another accepted spelling of the headers
    data = xlsx(headers, ["张三", "2023001", "机电工程学院", "数控2301班", "Teacher"])
    # when parsed
    rows, problems = parse(data)
    # then every column is found
    assert problems == []
    assert rows == [RosterRow(2, "张三", "2023001", "机电工程学院", "数控2301班", "teacher")]


def test_header_is_the_first_non_empty_row_and_empty_rows_are_skipped():
    # given blank rows before the header and between people, and an unknown column
    data = xlsx([], [None, None], ["备注", "姓名", "学号"], ["", "张三", "1"], [], [None, "", " "], ["x", "李四", "2"])
    # when parsed
    rows, problems = parse(data)
    # then lines are the spreadsheet's own, and the unknown column is ignored
    assert problems == []
    assert [(row.line, row.name) for row in rows] == [(4, "张三"), (7, "李四")]


def test_optional_columns_may_be_missing_and_kind_defaults_to_student():
    # given only the required columns, and an empty kind
    rows, problems = parse(xlsx(["姓名", "学号", "身份"], ["张三", "1", None]))
    # then the person is a student with no department or class
    assert problems == []
    assert rows == [RosterRow(2, "张三", "1", "", "", "student")]


def test_missing_required_columns_are_named():
    # given a header without the name and number columns
    data = xlsx(["院系", "班级"], ["机电工程学院", "数控2301班"])
    # when parsed
    rows, problems = parse(data)
    # then both are named, on the header's line
    assert rows == []
    assert messages(problems) == [(1, "Missing required column(s): 姓名, 学号/工号.")]


def test_a_column_given_twice_is_refused():
    # given both 学号 and 工号 columns
    rows, problems = parse(xlsx(["姓名", "学号", "工号"], ["张三", "1", "2"]))
    # then the roster is ambiguous
    assert rows == []
    assert messages(problems) == [(1, "The column 学号/工号 appears more than once.")]


def test_row_problems_carry_their_lines_and_keep_good_rows():
    # given one good row and rows with each kind of mistake
    data = xlsx(
        HEADER,
        ["张三", "2023001", "", "", "学生"],
        ["", "2023002", "", "", ""],
        ["王五", None, "", "", ""],
        ["赵六", "2023 004", "", "", ""],
        ["钱" * 65, "2023005", "", "", ""],
        ["孙七", "2023006", "", "", "家长"],
        ["周八", "2023007", "院" * 65, "", ""],
    )
    # when parsed
    rows, problems = parse(data)
    # then only the good row remains and each mistake names its line
    assert [row.number for row in rows] == ["2023001"]
    assert messages(problems) == [
        (3, "The name is empty."),
        (4, "The student or staff number is empty."),
        (5, "The number 2023 004 may contain only letters, digits and hyphens, at most 32 characters."),
        (6, "The name is longer than 64 characters."),
        (7, "Unknown identity 家长; use one of: 学生, student, 教师, teacher."),
        (8, "院系/部门 is longer than 64 characters."),
    ]


def test_number_longer_than_32_is_refused():
    # given a number of 33 characters
    rows, problems = parse(xlsx(["姓名", "学号"], ["张三", "1" * 33]))
    # then it is refused
    assert rows == []
    assert len(problems) == 1 and problems[0].line == 2


def test_full_width_digits_are_read_as_digits():
    # given a number typed with a Chinese input method's full-width digits
    rows, problems = parse(xlsx(["姓名", "学号"], ["张三", "２０２３００１"]))
    # then it is the same number
    assert problems == []
    assert rows[0].number == "2023001"


def test_duplicate_numbers_name_both_lines_and_drop_both_rows():
    # given the same number twice (once in another case) and a unique one
    data = xlsx(["姓名", "学号"], ["张三", "A2023"], ["李四", "2023002"], ["王五", "a2023"])
    # when parsed
    rows, problems = parse(data)
    # then the school must decide who owns it
    assert [row.name for row in rows] == ["李四"]
    assert messages(problems) == [(4, "The number A2023 appears on more than one line: 2, 4.")]


def test_too_many_rows_gives_no_rows():
    # given more people than allowed
    data = xlsx(["姓名", "学号"], *[[f"学生{i}", str(i)] for i in range(4)])
    # when parsed with a limit of three
    rows, problems = parse(data, max_rows=3)
    # then nothing is imported
    assert rows == []
    assert messages(problems) == [(None, "The roster has more than 3 rows; split it into several files.")]
    # and exactly the limit is fine
    assert len(parse(data, max_rows=4)[0]) == 4


def test_empty_workbook_and_header_only():
    # given a workbook with nothing, and one with only the header
    # when parsed
    # then each says so
    assert messages(parse(xlsx())[1]) == [(None, "The workbook is empty.")]
    assert messages(parse(xlsx(HEADER))[1]) == [(1, "The roster has a header row but no people.")]


NOT_XLSX = "This file is not an Excel workbook (.xlsx). Save the roster as .xlsx in Excel or WPS and upload it again."


def docx_like() -> bytes:
    output = io.BytesIO()
    with zipfile.ZipFile(output, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<document/>")
    return output.getvalue()


@pytest.mark.parametrize(
    "data",
    [
        b"",
        "姓名,学号\n张三,2023001\n".encode(),
        b"%PDF-1.7",
        docx_like(),
        xlsx(["姓名", "学号"], ["张三", "1"])[:2000],  # truncated upload
    ],
)
def test_other_files_are_refused_clearly(data):
    # given bytes that are not an .xlsx workbook
    # when parsed
    rows, problems = parse(data)
    # then the person is told to save as .xlsx, and nothing raises
    assert rows == []
    assert messages(problems) == [(None, NOT_XLSX)]


def test_old_xls_files_get_their_own_hint():
    # given the start of an Excel 97-2003 file
    data = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 512
    # when parsed
    rows, problems = parse(data)
    # then the message says how to convert it
    assert rows == []
    assert "(.xls)" in problems[0].message


def test_files_over_the_limit_are_refused_before_parsing():
    # given more bytes than allowed (their content does not matter)
    data = b"PK\x03\x04" + b"\0" * ROSTER_MAX_BYTES
    # when parsed
    rows, problems = parse(data)
    # then the size is the problem
    assert rows == []
    assert messages(problems) == [(None, "The file is larger than 5 MiB; split the roster into several files.")]


def test_zip_bombs_are_refused_by_their_unpacked_size():
    # given a small zip declaring a huge sheet (200 MiB of zeros compresses to a few hundred KiB)
    output = io.BytesIO()
    with zipfile.ZipFile(output, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        with archive.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as sheet:
            chunk = b"\0" * (1024 * 1024)
            for _ in range(200):
                sheet.write(chunk)
    data = output.getvalue()
    assert len(data) < ROSTER_MAX_BYTES
    # when parsed
    rows, problems = parse(data)
    # then it is refused without being unpacked
    assert rows == []
    assert messages(problems) == [
        (None, "The workbook is too large once unpacked; split the roster into several files.")
    ]


def test_only_the_first_sheet_is_read():
    # given a workbook whose second sheet has other people
    workbook = openpyxl.Workbook()
    workbook.active.append(["姓名", "学号"])
    workbook.active.append(["张三", "1"])
    other = workbook.create_sheet("其他")
    other.append(["姓名", "学号"])
    other.append(["李四", "2"])
    output = io.BytesIO()
    workbook.save(output)
    # when parsed
    rows, _ = parse(output.getvalue())
    # then only the first sheet counts
    assert [row.name for row in rows] == ["张三"]


def test_template_parses_as_its_example():
    # given the downloadable template
    data = roster_template()
    # when it is parsed back
    rows, problems = parse(data)
    # then it is a valid roster with the header and the one example row
    assert problems == []
    assert rows == [RosterRow(2, "张三", "2023001", "机电工程学院", "数控2301班", "student")]
    sheet = openpyxl.load_workbook(io.BytesIO(data)).active
    assert [cell.value for cell in sheet[1]] == HEADER


def test_a_damaged_sheet_is_reported_not_raised():
    # given a workbook whose sheet XML is cut off (read-only mode only notices while reading rows)
    original = zipfile.ZipFile(io.BytesIO(xlsx(["姓名", "学号"], ["张三", "1"])))
    output = io.BytesIO()
    with zipfile.ZipFile(output, "w") as damaged:
        for name in original.namelist():
            content = original.read(name)
            damaged.writestr(name, content[: len(content) // 2] if name == "xl/worksheets/sheet1.xml" else content)
    # when parsed
    rows, problems = parse(output.getvalue())
    # then the person is told the file is damaged
    assert rows == []
    assert messages(problems) == [(None, "The workbook could not be read; it may be damaged. Save it again in Excel.")]

"""The optional manifest of a batch upload (M3): an Excel or CSV sheet with one row per file.

Teachers who prepare a folder of resources often keep a list beside it: file, title, keywords, course,
knowledge points … A file named ``清单.xlsx``, ``清单.csv``, ``manifest.xlsx`` or ``manifest.csv`` anywhere
in a batch (or inside one of its zips) is read here instead of becoming a resource, and its rows win over
everything recognised from folders and names. This module only reads the sheet into plain strings; which
course or point a name stands for is decided by ``recognition``.
"""

import csv
import io
import re
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from django.utils.translation import gettext as _

MANIFEST_NAMES = frozenset({"清单.xlsx", "清单.csv", "manifest.xlsx", "manifest.csv"})
MAX_ROWS = 5000
_MAX_CELL = 2000

# Column heading (lower case, spaces removed) → attribute. Chinese headings first: the sheets are Chinese.
COLUMNS = {
    "文件": "file",
    "文件名": "file",
    "文件名称": "file",
    "文件路径": "file",
    "路径": "file",
    "file": "file",
    "filename": "file",
    "path": "file",
    "标题": "title",
    "资源名称": "title",
    "资源标题": "title",
    "名称": "title",
    "title": "title",
    "关键词": "keywords",
    "关键字": "keywords",
    "keywords": "keywords",
    "描述": "description",
    "简介": "description",
    "说明": "description",
    "description": "description",
    "专业": "major",
    "专业代码": "major",
    "major": "major",
    "课程": "course",
    "course": "course",
    "模块": "module",
    "项目": "module",
    "章节": "module",
    "module": "module",
    "知识点": "knowledge_points",
    "技能点": "knowledge_points",
    "知识点/技能点": "knowledge_points",
    "knowledgepoints": "knowledge_points",
    "knowledge_points": "knowledge_points",
    "素材类型": "resource_type",
    "资源类型": "resource_type",
    "类型": "resource_type",
    "type": "resource_type",
    "来源": "source",
    "source": "source",
    "作者": "authors",
    "authors": "authors",
    "版权方": "rights_holder",
    "版权所有": "rights_holder",
    "rightsholder": "rights_holder",
    "rights_holder": "rights_holder",
    "许可": "licence",
    "许可协议": "licence",
    "授权": "licence",
    "licence": "licence",
    "license": "licence",
    "面向层次": "audience_level",
    "层次": "audience_level",
    "audiencelevel": "audience_level",
    "audience_level": "audience_level",
    "可见范围": "visibility",
    "可见性": "visibility",
    "visibility": "visibility",
    "下载需登录": "download_requires_login",
    "下载需要登录": "download_requires_login",
    "downloadrequireslogin": "download_requires_login",
}
# Several values in one cell: 、，, ; ； or a line break.
LIST_SEPARATORS = re.compile(r"[、，,;；\n]+")


class ManifestError(Exception):
    """The sheet cannot be used at all; ``message`` is translated."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


@dataclass
class ManifestRow:
    """One row: the file it names (as written) and the attributes it sets (non-empty cells only)."""

    line: int
    file: str
    values: dict[str, str] = field(default_factory=dict)


def is_manifest(path: str) -> bool:
    """Whether the file at batch path ``path`` is a manifest rather than a resource."""
    return PurePosixPath(path.replace("\\", "/")).name.lower() in MANIFEST_NAMES


def split_list(value: str) -> list[str]:
    return [part.strip() for part in LIST_SEPARATORS.split(value or "") if part.strip()]


def manifest_read(*, path: Path, filename: str) -> list[ManifestRow]:
    """The rows of the manifest at ``path`` (the user called it ``filename``); ManifestError if unusable.

    The file is checked by the media pipeline first (a renamed or damaged file gets the pipeline's own
    message), then the first non-empty row is taken as the headings.
    """
    from media_pipeline.errors import MediaError
    from media_pipeline.sniff import sniff

    try:
        sniff(Path(path), filename)
    except MediaError as error:
        raise ManifestError(error.message) from error
    reader = _csv_rows if filename.lower().endswith(".csv") else _xlsx_rows
    return _rows(reader(Path(path), filename), filename)


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, bool):
        return "是" if value else "否"
    return str(value).strip()[:_MAX_CELL]


def _xlsx_rows(path: Path, filename: str):
    import openpyxl

    try:
        workbook = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as error:  # openpyxl raises many types for damaged workbooks
        raise ManifestError(_("The manifest “%(name)s” cannot be read.") % {"name": filename}) from error
    try:
        sheet = workbook.worksheets[0]
        for count, row in enumerate(sheet.iter_rows(values_only=True)):
            if count > MAX_ROWS:
                raise _too_many(filename)
            yield [_cell(value) for value in row[:64]]
    finally:
        workbook.close()


def _csv_rows(path: Path, filename: str):
    from media_pipeline.sniff import decode_text

    text = decode_text(path.read_bytes())
    if text is None:
        raise ManifestError(
            _("The manifest “%(name)s” is not a text file in UTF-8 or GB18030 (GBK) encoding.") % {"name": filename}
        )
    first_line = text.lstrip("\ufeff").split("\n", 1)[0]
    delimiter = "\t" if "\t" in first_line and "," not in first_line else ","
    for count, row in enumerate(csv.reader(io.StringIO(text.lstrip("\ufeff")), delimiter=delimiter)):
        if count > MAX_ROWS:
            raise _too_many(filename)
        yield [_cell(value) for value in row[:64]]


def _too_many(filename: str) -> ManifestError:
    return ManifestError(
        _("The manifest “%(name)s” has more than %(limit)d rows.") % {"name": filename, "limit": MAX_ROWS}
    )


def _heading(value: str) -> str | None:
    key = re.sub(r"\s+", "", value).lower()
    return COLUMNS.get(key) or COLUMNS.get(key.rstrip("*"))


def _rows(table, filename: str) -> list[ManifestRow]:
    headings: list[str | None] | None = None
    rows: list[ManifestRow] = []
    for line, cells in enumerate(table, start=1):
        if not any(cells):
            continue
        if headings is None:
            headings = [_heading(cell) for cell in cells]
            if "file" not in headings:
                raise ManifestError(
                    _("The manifest “%(name)s” needs a column headed “文件” (file name or path).") % {"name": filename}
                )
            continue
        values: dict[str, str] = {}
        for attribute, cell in zip(headings, cells, strict=False):
            if attribute and cell and attribute not in values:
                values[attribute] = cell
        name = values.pop("file", "").replace("\\", "/").strip("/ ")
        if name:
            rows.append(ManifestRow(line=line, file=name, values=values))
    if headings is None:
        raise ManifestError(_("The manifest “%(name)s” is empty.") % {"name": filename})
    return rows


def row_matches(row_file: str, *, manifest_folder: str, item_path: str) -> bool:
    """Whether the manifest row naming ``row_file`` is about the item at ``item_path``.

    A row may give the path relative to the manifest's folder, relative to the batch, or the bare name.
    """
    wanted = row_file.strip("/")
    candidates = {wanted}
    if manifest_folder:
        candidates.add(f"{manifest_folder}/{wanted}")
    if item_path in candidates:
        return True
    return item_path.endswith("/" + wanted)

"""The batch manifest (M3): Excel/CSV sheets with Chinese headings, GBK or UTF-8, read into rows."""

from pathlib import Path

import openpyxl
import pytest
from PIL import Image

from cms.resources.manifest import ManifestError, is_manifest, manifest_read, row_matches, split_list


def _csv(path: Path, text: str, encoding: str = "utf-8-sig") -> Path:
    path.write_bytes(text.encode(encoding))
    return path


def test_csv_with_chinese_headings_and_a_bom_gives_one_row_per_named_file(tmp_path):
    # given a UTF-8 CSV as Excel saves it (BOM), with an empty line and a row without a file
    path = _csv(
        tmp_path / "清单.csv",
        "文件,标题,关键词,备注\n"
        '视频/外圆车削演示.mp4,外圆车削演示,"车削,对刀",忽略的列\n'
        "\n"
        ",没有文件的行,,\n"
        "内孔车削工艺.pdf,,内孔、工艺卡,\n",
    )
    # when it is read
    rows = manifest_read(path=path, filename="清单.csv")
    # then each row names its file and only the cells that were filled, under known columns
    assert [(r.line, r.file) for r in rows] == [(2, "视频/外圆车削演示.mp4"), (5, "内孔车削工艺.pdf")]
    assert rows[0].values == {"title": "外圆车削演示", "keywords": "车削,对刀"}
    assert rows[1].values == {"keywords": "内孔、工艺卡"}
    assert split_list(rows[1].values["keywords"]) == ["内孔", "工艺卡"]


def test_csv_saved_in_gbk_is_read(tmp_path):
    # given a manifest saved by Chinese Windows Excel (GBK, no BOM), with English headings
    path = _csv(tmp_path / "manifest.csv", "File,Title,Course\n对刀.mp4,对刀演示,数控车削加工技术\n", "gbk")
    # when it is read
    rows = manifest_read(path=path, filename="manifest.csv")
    # then the Chinese text survives
    assert rows[0].file == "对刀.mp4"
    assert rows[0].values == {"title": "对刀演示", "course": "数控车削加工技术"}


def test_xlsx_manifest_is_read_from_its_first_sheet(tmp_path):
    # given an Excel workbook with a heading row after a blank row and numbers in cells
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append([])
    sheet.append(["文件名", "资源名称", "知识点", "下载需登录"])
    sheet.append(["图片/工件.png", "工件照片", "外圆车削对刀", "否"])
    sheet.append(["图片/7.png", 7, None, True])
    path = tmp_path / "清单.xlsx"
    workbook.save(path)
    # when it is read
    rows = manifest_read(path=path, filename="清单.xlsx")
    # then the cells become strings
    assert [r.file for r in rows] == ["图片/工件.png", "图片/7.png"]
    assert rows[0].values == {"title": "工件照片", "knowledge_points": "外圆车削对刀", "download_requires_login": "否"}
    assert rows[1].values == {"title": "7", "download_requires_login": "是"}


def test_a_sheet_without_a_file_column_is_refused(tmp_path):
    # given a CSV whose headings name no file column
    path = _csv(tmp_path / "清单.csv", "标题,关键词\n外圆车削,车削\n")
    # when it is read, then the reason names the missing column
    with pytest.raises(ManifestError) as refused:
        manifest_read(path=path, filename="清单.csv")
    assert "文件" in refused.value.message


def test_a_pdf_renamed_xlsx_is_refused_with_the_pipelines_message(tmp_path):
    # given a PDF saved as 清单.xlsx
    path = tmp_path / "清单.xlsx"
    Image.new("RGB", (20, 20), "white").save(path, "PDF")
    # when it is read, then the pipeline's content check refuses it
    with pytest.raises(ManifestError) as refused:
        manifest_read(path=path, filename="清单.xlsx")
    assert "清单.xlsx" in refused.value.message and "PDF" in refused.value.message


def test_an_empty_sheet_is_refused(tmp_path):
    # given a CSV with only blank lines
    path = _csv(tmp_path / "清单.csv", "\n\n \n", "utf-8")
    # when it is read, then it is refused
    with pytest.raises(ManifestError):
        manifest_read(path=path, filename="清单.csv")


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("清单.xlsx", True),
        ("课程/项目一/清单.csv", True),
        ("资料/MANIFEST.CSV", True),
        ("资料/清单说明.xlsx", False),
        ("清单.pdf", False),
    ],
)
def test_which_files_are_manifests(path, expected):
    assert is_manifest(path) is expected


@pytest.mark.parametrize(
    ("row_file", "folder", "item_path", "expected"),
    [
        ("视频/演示.mp4", "课程", "课程/视频/演示.mp4", True),  # relative to the manifest
        ("课程/视频/演示.mp4", "课程", "课程/视频/演示.mp4", True),  # relative to the batch
        ("演示.mp4", "", "课程/视频/演示.mp4", True),  # bare name
        ("示.mp4", "", "课程/视频/演示.mp4", False),  # only whole names match
        ("视频/演示.mp4", "课程", "课程/图片/演示.mp4", False),
    ],
)
def test_rows_match_items_by_path_or_name(row_file, folder, item_path, expected):
    assert row_matches(row_file, manifest_folder=folder, item_path=item_path) is expected

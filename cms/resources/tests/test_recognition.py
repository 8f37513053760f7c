"""Recognition of batch items (M3, C3): folders, names that follow the naming rule, manifests, numbering."""

from types import SimpleNamespace

import pytest
from django.utils import translation

from cms.courses.tests.factories import CoursePageFactory, OutlineItemFactory, SkillPointFactory
from cms.majors.tests.factories import MajorPageFactory
from cms.resources import recognition
from cms.resources.models import NamingRule
from cms.resources.recognition import (
    Catalogue,
    Numbering,
    choice_value,
    finish_title,
    match_course,
    match_major,
    parse_authors,
    recognise,
    strip_numbering,
    warnings,
)
from cms.resources.tests.factories import ResourceFactory

RULE = "{专业代码}-{课程}-{知识点}-{素材类型}-{序号}"


@pytest.fixture(autouse=True)
def english():
    """Messages are compared in their English source text."""
    with translation.override("en"):
        yield


def _asset(kind: str, name: str = "file"):
    """What recognition reads of a media asset: its kind and the user's file name."""
    return SimpleNamespace(kind=kind, original_filename=name)


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("项目一 外圆车削", "外圆车削"),
        ("项目1-外圆车削", "外圆车削"),
        ("1. 外圆车削", "外圆车削"),
        ("1.2 外圆车削", "外圆车削"),
        ("01 数控车削加工技术", "数控车削加工技术"),
        ("第1章 数控编程", "数控编程"),
        ("第一单元、安全文明生产", "安全文明生产"),
        ("一、安全文明生产", "安全文明生产"),
        ("（2）螺纹车削", "螺纹车削"),
        ("任务三：对刀", "对刀"),
        ("外圆车削", "外圆车削"),
        ("第一章", "第一章"),  # nothing but numbering: kept
    ],
)
def test_leading_numbering_is_ignored_when_comparing_names(name, expected):
    assert strip_numbering(name) == expected


def test_course_and_major_match_by_title_code_and_containment():
    # given two courses and two majors (plain objects: matching reads titles and codes only)
    turning = SimpleNamespace(title="数控车削加工技术")
    milling = SimpleNamespace(title="数控铣削加工技术")
    cnc = SimpleNamespace(code="460103", title="数控技术")
    robots = SimpleNamespace(code="460305", title="工业机器人技术")
    # then numbering aside the title matches, and a title inside a folder name only when asked
    assert match_course("01 数控车削加工技术", [turning, milling]) is turning
    assert match_course("数控车削加工技术（2024版）", [turning, milling]) is None
    assert match_course("数控车削加工技术（2024版）", [turning, milling], contained=True) is turning
    assert match_major("460103 数控技术", [cnc, robots]) is cnc
    assert match_major("4601031", [cnc, robots]) is None
    assert match_major("工业机器人技术", [cnc, robots]) is robots


def test_authors_and_coded_choices_from_manifest_words():
    assert parse_authors("王老师（示范学院）、李工(精工机床厂), 张三") == [
        {"name": "王老师", "organisation_name": "示范学院"},
        {"name": "李工", "organisation_name": "精工机床厂"},
        {"name": "张三", "organisation_name": ""},
    ]
    assert choice_value("source", "企业案例") == "enterprise_case"
    assert choice_value("source", "Enterprise case") == "enterprise_case"
    assert choice_value("licence", "cc_by_sa") == "cc_by_sa"
    assert choice_value("visibility", "本校") == "organisation"
    assert choice_value("audience_level", "什么") is None


@pytest.fixture
def library(db):
    major = MajorPageFactory(title="数控技术", code="460103")
    NamingRule.objects.create(major=major, pattern=RULE)
    course = CoursePageFactory(title="数控车削加工技术", parent=major)
    milling = CoursePageFactory(title="数控铣削加工技术", parent=major)
    return SimpleNamespace(
        major=major,
        course=course,
        milling=milling,
        turning_outer=OutlineItemFactory(course=course, title="项目一 外圆车削"),
        turning_inner=OutlineItemFactory(course=course, title="项目二 内孔车削"),
        setting_tool=SkillPointFactory(course=course, name="外圆车削对刀"),
        boring=SkillPointFactory(course=course, name="内孔车削"),
        milling_point=SkillPointFactory(course=milling, name="平面铣削"),
        robots=MajorPageFactory(title="工业机器人技术", code="460305"),
    )


def _recognise(path: str, asset, defaults=None, manifest_rows=(), numbering=None):
    catalogue = Catalogue()
    numbering = numbering or Numbering()
    result = recognise(
        path=path,
        asset=asset,
        defaults=defaults or {},
        catalogue=catalogue,
        numbering=numbering,
        manifest_rows=manifest_rows,
    )
    return result, catalogue, numbering


def test_folders_give_course_module_point_and_refine_video_to_animation(library):
    # given a video filed under course / module / point / 动画 folders, the major set for the batch
    path = "资料/01 数控车削加工技术/1. 外圆车削/外圆车削对刀/动画/对刀过程.mp4"
    # when it is recognised
    found, catalogue, numbering = _recognise(path, _asset("video"), {"major": library.major})
    finish_title(found, stem="对刀过程", catalogue=catalogue, numbering=numbering)
    # then each folder says what it names, the type word refines the file's type, the title follows the rule
    assert found.values["course"] == library.course
    assert found.values["module"] == library.turning_outer
    assert found.values["knowledge_points"] == [library.setting_tool]
    assert found.values["resource_type"] == "animation"
    assert found.values["title"] == "460103-数控车削加工技术-外圆车削对刀-动画-01"
    assert found.origins == {
        "resource_type": "folder",
        "major": "batch",
        "course": "folder",
        "module": "folder",
        "knowledge_points": "folder",
        "title": "rule",
    }


def test_a_type_word_that_does_not_fit_the_file_is_ignored(library):
    # given a PDF in a 视频 folder
    found, *_ = _recognise("数控车削加工技术/视频/讲义.pdf", _asset("document"))
    # then it stays a document, and the course still brings its major
    assert found.values["resource_type"] == "document"
    assert found.origins["resource_type"] == "file"
    assert found.values["major"] == library.major and found.origins["major"] == "folder"


def test_a_name_following_the_rule_gives_its_parts_and_stays_the_title(library):
    # given no batch attributes at all, and an image named by the rule
    found, catalogue, numbering = _recognise("图片/460103-数控车削加工技术-外圆车削对刀-图片-07.png", _asset("image"))
    finish_title(found, stem="x", catalogue=catalogue, numbering=numbering)
    # then major, course, point and type come from the name, which is kept as the title
    assert found.values["major"] == library.major
    assert found.values["course"] == library.course
    assert found.values["knowledge_points"] == [library.setting_tool]
    assert found.values["title"] == "460103-数控车削加工技术-外圆车削对刀-图片-07"
    assert {k: found.origins[k] for k in ("major", "course", "knowledge_points", "title")} == dict.fromkeys(
        ("major", "course", "knowledge_points", "title"), "name"
    )
    assert found.origins["resource_type"] == "file"  # 图片 agrees with the file: nothing to refine
    assert warnings(found, catalogue) == [_no_institution()]


def _no_institution() -> str:
    return "Choose the building institution before creating this resource."


def test_precedence_batch_then_folder_then_name_then_manifest(library):
    # given batch defaults for the milling course, a folder naming the turning course, a name naming a point
    defaults = {"major": library.major, "course": library.milling, "knowledge_points": [library.milling_point]}
    row = SimpleNamespace(
        line=3, values={"knowledge_points": "内孔车削", "title": "内孔车削演示", "keywords": "内孔；镗孔"}
    )
    path = "数控车削加工技术/460103-数控车削加工技术-外圆车削对刀-视频-02.mp4"
    # when recognised without and with the manifest row
    by_name, *_ = _recognise(path, _asset("video"), defaults)
    by_manifest, *_ = _recognise(path, _asset("video"), defaults, manifest_rows=[row])
    # then the folder replaced the batch course (and dropped its point), the name set the point
    assert (by_name.values["course"], by_name.origins["course"]) == (library.course, "folder")
    assert (by_name.values["knowledge_points"], by_name.origins["knowledge_points"]) == ([library.setting_tool], "name")
    # and the manifest wins over the name
    assert by_manifest.values["knowledge_points"] == [library.boring]
    assert by_manifest.values["title"] == "内孔车削演示"
    assert by_manifest.values["keywords"] == ["内孔", "镗孔"]
    assert {by_manifest.origins[k] for k in ("knowledge_points", "title", "keywords")} == {"manifest"}


def test_manifest_names_that_match_nothing_become_warnings(library):
    # given a manifest row with an unknown point and an unknown source
    row = SimpleNamespace(line=4, values={"knowledge_points": "外圆车削对刀、不存在的点", "source": "网上下载"})
    found, *_ = _recognise(
        "数控车削加工技术/对刀.mp4", _asset("video"), {"organisation": object()}, manifest_rows=[row]
    )
    # then what matched is kept and the rest is reported with the row number
    assert found.values["knowledge_points"] == [library.setting_tool]
    assert "source" not in found.values
    assert len(found.warnings) == 2 and all("Manifest row 4" in w for w in found.warnings)
    assert "不存在的点" in found.warnings[0] and "网上下载" in found.warnings[1]


def test_numbering_keeps_increasing_within_the_batch_after_the_library_and_reserved_names(library, db):
    # given a resource already titled …-视频-04 and a name in the batch taking …-视频-07 of another point
    ResourceFactory(course=library.course, title="460103-数控车削加工技术-外圆车削对刀-视频-04")
    numbering = Numbering()
    _recognise("460103-数控车削加工技术-内孔车削-视频-07.mp4", _asset("video"), numbering=numbering)
    folder = "数控车削加工技术/外圆车削对刀/"
    # when three videos of one point and one of the other point get suggested titles
    titles = []
    for name in ("a", "b", "c"):
        found, catalogue, _n = _recognise(folder + name + ".mp4", _asset("video"), numbering=numbering)
        finish_title(found, stem=name, catalogue=catalogue, numbering=numbering)
        titles.append(found.values["title"])
    other, catalogue, _n = _recognise(
        "数控车削加工技术/项目二 内孔车削/内孔车削/d.mp4", _asset("video"), numbering=numbering
    )
    finish_title(other, stem="d", catalogue=catalogue, numbering=numbering)
    # then numbers follow the library's and each other's
    assert [t.rsplit("-", 1)[1] for t in titles] == ["05", "06", "07"]
    assert other.values["title"] == "460103-数控车削加工技术-内孔车削-视频-08"


def test_items_that_cannot_be_created_as_they_stand_carry_warnings(library):
    # given a file with no major anywhere, and one whose title cannot follow the rule (no point known)
    lost, lost_catalogue, numbering = _recognise("杂项/说明.pdf", _asset("document"))
    finish_title(lost, stem="说明", catalogue=lost_catalogue, numbering=numbering)
    pointless, catalogue, numbering = _recognise("数控车削加工技术/项目二 内孔车削/工艺卡.pdf", _asset("document"))
    finish_title(pointless, stem="工艺卡", catalogue=catalogue, numbering=numbering)
    # then the first asks for a major, the second keeps its file name as title and says it breaks the rule
    assert lost.values["title"] == "说明" and lost.origins["title"] == recognition.FILE
    assert "No major was recognised; choose one before creating this resource." in warnings(lost, lost_catalogue)
    assert pointless.values["module"] == library.turning_inner
    assert pointless.values["title"] == "工艺卡"
    assert any("naming rule" in w for w in warnings(pointless, catalogue))


def test_as_json_uses_ids_and_names_origins_like_the_api(library):
    # given a recognised item
    found, catalogue, numbering = _recognise(
        "数控车削加工技术/项目一 外圆车削/外圆车削对刀/x.mp4", _asset("video"), {"keywords": ["车削"]}
    )
    finish_title(found, stem="x", catalogue=catalogue, numbering=numbering)
    # when stored
    stored = found.as_json()
    # then relations are ids and origins use the same keys
    assert stored["course_id"] == library.course.pk
    assert stored["module_id"] == library.turning_outer.pk
    assert stored["knowledge_point_ids"] == [library.setting_tool.pk]
    assert stored["keywords"] == ["车削"]
    assert stored["origins"]["knowledge_point_ids"] == "folder"
    assert stored["origins"]["keywords"] == "batch"
    assert stored["origins"]["title"] == "rule"

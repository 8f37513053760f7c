"""Batch upload (M3): recognise, annotate, inherit, report, commit — one bad file never loses the others.

Real files are made at test time (Pillow PNG and PDF, ffmpeg MP4, zips with UTF-8 and GBK names) and
handed over as finished resumable uploads, as the web app does.
"""

import subprocess
import zipfile
from datetime import timedelta
from io import BytesIO
from pathlib import Path
from types import SimpleNamespace

import pytest
from django.utils import timezone, translation
from PIL import Image

from cms.accounts.roles import Role
from cms.accounts.tests.factories import OrganisationFactory
from cms.accounts.tests.support import host_organisation
from cms.core.errors import DomainError, ErrorCode
from cms.courses.models import TeacherRole
from cms.courses.tests.factories import CoursePageFactory, OutlineItemFactory, SkillPointFactory
from cms.majors.tests.factories import MajorPageFactory
from cms.resources.batches import resource_batch_commit, resource_batch_get, resource_batch_prepare
from cms.resources.models import (
    BatchItemStatus,
    BatchStatus,
    NamingRule,
    Resource,
    ResourceBatchItem,
    ResourceType,
)
from cms.resources.tests.factories import CourseTeacherFactory, ResourceFactory, asset_from, grant
from media_pipeline.models import MediaAsset, Upload
from media_pipeline.uploads import upload_path

pytestmark = pytest.mark.django_db

RULE = "{专业代码}-{课程}-{知识点}-{素材类型}-{序号}"
COURSE = "数控车削加工技术"
POINT_FOLDER = f"{COURSE}/项目一 外圆车削/外圆车削对刀"


# ---- files made at test time ------------------------------------------------------------------------


def _png(color: str, size=(24, 16)) -> bytes:
    out = BytesIO()
    Image.new("RGB", size, color).save(out, "PNG")
    return out.getvalue()


def _pdf(color: str) -> bytes:
    out = BytesIO()
    Image.new("RGB", (40, 30), color).save(out, "PDF")
    return out.getvalue()


@pytest.fixture(scope="module")
def videos(tmp_path_factory) -> dict[str, bytes]:
    """Four different one-second MP4s (different frame sizes, so different checksums)."""
    folder = tmp_path_factory.mktemp("videos")
    made = {}
    for name, size in (("a", "160x120"), ("b", "176x144"), ("c", "128x96"), ("d", "192x144")):
        path = folder / f"{name}.mp4"
        subprocess.run(  # noqa: S603 - fixed arguments
            ["ffmpeg", "-nostdin", "-v", "error", "-y", "-f", "lavfi", "-i",  # noqa: S607
             f"testsrc=duration=1:size={size}:rate=10", "-pix_fmt", "yuv420p", str(path)],
            check=True,
            timeout=60,
        )  # fmt: skip
        made[name] = path.read_bytes()
    return made


def _zip(members: dict[str, bytes]) -> bytes:
    """A zip as current tools write it: UTF-8 names (Python sets the 0x800 flag for non-ASCII names)."""
    out = BytesIO()
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return out.getvalue()


class _GbkName(zipfile.ZipInfo):
    """A member named in GBK without the UTF-8 flag, as zip tools on Chinese Windows write it."""

    def _encodeFilenameFlags(self):
        return self.filename.encode("gbk"), self.flag_bits & ~0x800


def _gbk_zip(members: dict[str, bytes]) -> bytes:
    out = BytesIO()
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(_GbkName(name), data)
    raw = out.getvalue()
    assert "对刀动画".encode("gbk") in raw and "对刀动画".encode() not in raw
    return raw


def _upload(user, name: str, data: bytes) -> Upload:
    """A finished resumable upload: the row says every byte arrived and the ``.part`` file holds them."""
    now = timezone.now()
    upload = Upload.objects.create(
        owner=user,
        filename=name,
        length=len(data),
        offset=len(data),
        completed_at=now,
        expires_at=now + timedelta(hours=1),
    )
    path = upload_path(upload)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return upload


def _items(batch) -> dict[str, ResourceBatchItem]:
    return {item.path: item for item in batch.items.all()}


# ---- the library ------------------------------------------------------------------------------------


@pytest.fixture(autouse=True)
def english():
    """Messages are compared in their English source text."""
    with translation.override("en"):
        yield


@pytest.fixture(autouse=True)
def media(settings, tmp_path):
    """Uploads and stored files of each test in its own folders."""
    settings.ZYK_UPLOAD_DIR = tmp_path / "uploads"
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture
def library():
    host = host_organisation(name="示范职业技术学院")
    major = MajorPageFactory(title="数控技术", code="460103")
    NamingRule.objects.create(major=major, pattern=RULE)
    course = CoursePageFactory(title=COURSE, parent=major)
    teacher = grant(Role.TEACHER, host)
    lead = grant(Role.TEACHER, host)
    CourseTeacherFactory(course=course, user=lead, role=TeacherRole.LEAD, name="李主任")
    other_major = MajorPageFactory(title="工业机器人技术", code="460305")
    return SimpleNamespace(
        host=host,
        major=major,
        course=course,
        teacher=teacher,
        outer=OutlineItemFactory(course=course, title="项目一 外圆车削"),
        inner=OutlineItemFactory(course=course, title="项目二 内孔车削"),
        setting_tool=SkillPointFactory(course=course, name="外圆车削对刀"),
        boring=SkillPointFactory(course=course, name="内孔车削"),
        foreign_course=CoursePageFactory(title="工业机器人编程", parent=other_major),
    )


def _defaults(library, **extra) -> dict:
    return {
        "organisation_id": library.host.pk,
        "major_id": library.major.pk,
        "source": "enterprise_case",
        "licence": "cc_by",
        "visibility": "logged_in",
        "keywords": ["数控车削"],
        "authors": [{"name": "王老师", "organisation_name": "示范职业技术学院"}],
        **extra,
    }


INHERITED = {
    "organisation_id": "batch",
    "major_id": "batch",
    "source": "batch",
    "licence": "batch",
    "visibility": "batch",
    "keywords": "batch",
    "authors": "batch",
}


# ---- prepare ----------------------------------------------------------------------------------------


def test_a_batch_of_zips_and_files_is_recognised_inherited_and_reported_file_by_file(library, videos, tmp_path):
    # given a library resource holding a red picture already
    red = tmp_path / "red.png"
    red.write_bytes(_png("red"))
    existing = ResourceFactory(
        course=library.course, organisation=library.host, resource_type=ResourceType.IMAGE, asset=asset_from(red)
    )
    teacher = library.teacher
    manifest = (
        "文件,标题,关键词,知识点\n"
        "项目二 内孔车削/内孔车削工艺.pdf,460103-数控车削加工技术-内孔车削-文档-01,内孔；工艺卡,内孔车削\n"
    ).encode("utf-8-sig")
    batch_zip = _zip(
        {
            f"{POINT_FOLDER}/视频/外圆车削演示.mp4": videos["a"],
            f"{POINT_FOLDER}/视频/对刀步骤.mp4": videos["b"],
            f"{POINT_FOLDER}/视频/试切检验.mp4": videos["c"],
            f"{COURSE}/项目二 内孔车削/内孔车削工艺.pdf": _pdf("white"),
            f"{COURSE}/项目一 外圆车削/460103-数控车削加工技术-外圆车削对刀-图片-07.png": _png("green"),
            f"{COURSE}/清单.csv": manifest,
            f"{COURSE}/空白.txt": b"",
        }
    )
    gbk_zip = _gbk_zip({f"{POINT_FOLDER}/动画/对刀动画.mp4": videos["d"]})
    evil_zip = _zip({"好文件.txt": "正常内容".encode(), "../evil.txt": b"escape"})
    uploads = [
        (_upload(teacher, "数控车削资源.zip", batch_zip), "数控车削资源.zip"),
        (_upload(teacher, "对刀动画.zip", gbk_zip), "对刀动画.zip"),
        (_upload(teacher, "evil.zip", evil_zip), "evil.zip"),
        (_upload(teacher, "讲义.mp4", _pdf("yellow")), "讲义.mp4"),
        (_upload(teacher, "旧照片.png", _png("red")), "图片/旧照片.png"),
        (_upload(teacher, "工件.png", _png("blue")), "图片/工件.png"),
        (_upload(teacher, "工件副本.png", _png("blue")), "图片/工件副本.png"),
    ]
    # when the batch is prepared with attributes annotated once
    batch = resource_batch_prepare(user=teacher, uploads=uploads, defaults=_defaults(library))
    # then every file has its row, the manifest none
    items = _items(batch)
    prefix = "数控车削资源/" + POINT_FOLDER + "/视频/"
    assert set(items) == {
        prefix + "外圆车削演示.mp4",
        prefix + "对刀步骤.mp4",
        prefix + "试切检验.mp4",
        f"数控车削资源/{COURSE}/项目二 内孔车削/内孔车削工艺.pdf",
        f"数控车削资源/{COURSE}/项目一 外圆车削/460103-数控车削加工技术-外圆车削对刀-图片-07.png",
        f"数控车削资源/{COURSE}/空白.txt",
        f"对刀动画/{POINT_FOLDER}/动画/对刀动画.mp4",
        "evil.zip",
        "讲义.mp4",
        "图片/旧照片.png",
        "图片/工件.png",
        "图片/工件副本.png",
    }
    assert batch.status == BatchStatus.PREPARED
    # every ready item inherits the batch attributes
    ready = [i for i in items.values() if i.status == BatchItemStatus.READY]
    assert len(ready) == 7
    for item in ready:
        r = item.recognised
        assert (r["organisation_id"], r["source"], r["licence"], r["visibility"]) == (
            library.host.pk,
            "enterprise_case",
            "cc_by",
            "logged_in",
        )
        assert r["authors"] == [{"name": "王老师", "organisation_name": "示范职业技术学院"}]
        overridden = {"keywords"} if item.path.endswith(".pdf") else set()  # the manifest's, below
        assert {k: r["origins"][k] for k in INHERITED if k not in overridden} == {
            k: v for k, v in INHERITED.items() if k not in overridden
        }
    # videos: course, module and point from folders; titles numbered 01, 02, 03 within the batch
    demo = items[prefix + "外圆车削演示.mp4"].recognised
    assert (demo["course_id"], demo["module_id"], demo["knowledge_point_ids"]) == (
        library.course.pk,
        library.outer.pk,
        [library.setting_tool.pk],
    )
    assert demo["resource_type"] == "video"
    assert {k: demo["origins"][k] for k in ("course_id", "module_id", "knowledge_point_ids", "resource_type")} == {
        "course_id": "folder",
        "module_id": "folder",
        "knowledge_point_ids": "folder",
        "resource_type": "file",
    }
    assert demo["keywords"] == ["数控车削"]
    assert [items[prefix + n].recognised["title"] for n in ("外圆车削演示.mp4", "对刀步骤.mp4", "试切检验.mp4")] == [
        "460103-数控车削加工技术-外圆车削对刀-视频-01",
        "460103-数控车削加工技术-外圆车削对刀-视频-02",
        "460103-数控车削加工技术-外圆车削对刀-视频-03",
    ]
    assert demo["origins"]["title"] == "rule" and items[prefix + "外圆车削演示.mp4"].message == ""
    # a GBK-named zip: Chinese folders read right, 动画 refines the video into an animation
    animation = items[f"对刀动画/{POINT_FOLDER}/动画/对刀动画.mp4"].recognised
    assert (animation["resource_type"], animation["origins"]["resource_type"]) == ("animation", "folder")
    assert animation["title"] == "460103-数控车削加工技术-外圆车削对刀-动画-01"
    # a name following the rule gives point and type, keeps its title; the module folder still counts
    named = items[f"数控车削资源/{COURSE}/项目一 外圆车削/460103-数控车削加工技术-外圆车削对刀-图片-07.png"]
    assert named.recognised["title"] == "460103-数控车削加工技术-外圆车削对刀-图片-07"
    assert named.recognised["knowledge_point_ids"] == [library.setting_tool.pk]
    assert named.recognised["module_id"] == library.outer.pk
    assert {k: named.recognised["origins"][k] for k in ("title", "knowledge_point_ids", "module_id")} == {
        "title": "name",
        "knowledge_point_ids": "name",
        "module_id": "folder",
    }
    assert named.recognised["resource_type"] == "image" and named.message == ""
    # the manifest overrides title, keywords and point of the PDF
    pdf = items[f"数控车削资源/{COURSE}/项目二 内孔车削/内孔车削工艺.pdf"]
    assert pdf.recognised["title"] == "460103-数控车削加工技术-内孔车削-文档-01"
    assert pdf.recognised["keywords"] == ["内孔", "工艺卡"]
    assert pdf.recognised["knowledge_point_ids"] == [library.boring.pk]
    assert pdf.recognised["module_id"] == library.inner.pk
    assert {pdf.recognised["origins"][k] for k in ("title", "keywords", "knowledge_point_ids")} == {"manifest"}
    assert pdf.message == ""
    # bad files fail alone, with the pipeline's code and translated message
    empty = items[f"数控车削资源/{COURSE}/空白.txt"]
    assert (empty.status, empty.error_code) == (BatchItemStatus.FAILED, ErrorCode.EMPTY_FILE)
    assert "空白.txt" in empty.message
    evil = items["evil.zip"]
    assert (evil.status, evil.error_code) == (BatchItemStatus.FAILED, ErrorCode.UNSAFE_ARCHIVE)
    assert "evil.zip" in evil.message and "../evil.txt" in evil.message
    renamed = items["讲义.mp4"]
    assert (renamed.status, renamed.error_code) == (BatchItemStatus.FAILED, ErrorCode.CONTENT_MISMATCH)
    assert "PDF" in renamed.message
    # content already in the library is offered as a link, not stored again
    old = items["图片/旧照片.png"]
    assert (old.status, old.error_code, old.duplicate_of) == (BatchItemStatus.DUPLICATE, ErrorCode.DUPLICATE, existing)
    assert str(existing.pk) in old.message and old.asset is None
    # the same file twice in the batch: the second points at the first
    first, second = items["图片/工件.png"], items["图片/工件副本.png"]
    assert second.status == BatchItemStatus.DUPLICATE and "图片/工件.png" in second.message
    assert second.asset_id == first.asset_id
    assert MediaAsset.objects.filter(checksum=first.asset.checksum).count() == 1
    # a picture with no course or point cannot follow the naming rule: ready, with a warning to fix it
    assert first.status == BatchItemStatus.READY
    assert first.recognised["title"] == "工件" and first.recognised["origins"]["title"] == "file"
    assert "naming rule" in first.message
    # the uploads that were used are consumed; the refused ones are left to expire
    assert set(Upload.objects.values_list("filename", flat=True)) == {"evil.zip", "讲义.mp4"}


def test_an_html5_package_is_one_simulation_item(library):
    # given a zip whose single top folder holds index.html
    package = _zip({"车床仿真/index.html": b"<html><body>lathe</body></html>", "车床仿真/js/app.js": b"var a=1;"})
    upload = _upload(library.teacher, "车床仿真.zip", package)
    # when prepared
    batch = resource_batch_prepare(
        user=library.teacher, uploads=[(upload, f"{COURSE}/车床仿真.zip")], defaults=_defaults(library)
    )
    # then the package stays whole, as a virtual simulation of the course
    [item] = batch.items.all()
    assert item.path == f"{COURSE}/车床仿真.zip" and item.status == BatchItemStatus.READY
    assert item.recognised["resource_type"] == "simulation"
    assert item.recognised["course_id"] == library.course.pk


def test_zips_inside_a_batch_zip_are_packages_or_refused(library):
    # given a batch zip holding an HTML5 package and a plain zip of pictures
    package = _zip({"index.html": b"<html><body>lathe</body></html>"})
    pictures = _zip({"工件.png": _png("teal")})
    batch_zip = _zip({f"{COURSE}/车床仿真.zip": package, f"{COURSE}/图片.zip": pictures})
    upload = _upload(library.teacher, "资料.zip", batch_zip)
    # when prepared
    batch = resource_batch_prepare(user=library.teacher, uploads=[(upload, "资料.zip")], defaults=_defaults(library))
    # then the package is a simulation; the zip of pictures must be uploaded on its own
    items = _items(batch)
    assert items[f"资料/{COURSE}/车床仿真.zip"].recognised["resource_type"] == "simulation"
    nested = items[f"资料/{COURSE}/图片.zip"]
    assert (nested.status, nested.error_code) == (BatchItemStatus.FAILED, ErrorCode.UNSUPPORTED_TYPE)
    assert "图片.zip" in nested.message


def test_a_manifest_upload_naming_missing_files_is_reported_on_its_own_row(library):
    # given a manifest beside a picture, with a row for a file that was not uploaded
    manifest = "文件,标题\n图片/工件.png,工件照片\n图片/不存在.png,没有\n".encode()
    uploads = [
        (_upload(library.teacher, "清单.csv", manifest), "资料/清单.csv"),
        (_upload(library.teacher, "工件.png", _png("purple")), "资料/图片/工件.png"),
    ]
    # when prepared
    batch = resource_batch_prepare(user=library.teacher, uploads=uploads, defaults=_defaults(library))
    # then the row that names a file applies, the other is reported on the manifest's row
    items = _items(batch)
    assert items["资料/图片/工件.png"].recognised["title"] == "工件照片"
    report = items["资料/清单.csv"]
    assert (report.status, report.error_code) == (BatchItemStatus.FAILED, ErrorCode.NOT_FOUND)
    assert "不存在.png" in report.message and "工件.png" not in report.message


@pytest.mark.parametrize(
    ("change", "field", "code"),
    [
        (lambda lib: {"course_id": lib.foreign_course.pk}, "course_id", ErrorCode.INVALID_INPUT),
        (lambda lib: {"module_id": 987654}, "module_id", ErrorCode.NOT_FOUND),
        (lambda lib: {"licence": "whatever"}, "licence", ErrorCode.INVALID_INPUT),
        (lambda lib: {"colour": "red"}, "colour", ErrorCode.INVALID_INPUT),
        (lambda lib: {"organisation_id": OrganisationFactory().pk}, "organisation_id", ErrorCode.PERMISSION_DENIED),
    ],
)
def test_wrong_batch_attributes_refuse_the_whole_call_naming_the_field(library, change, field, code):
    # given one picture and batch attributes with one mistake
    upload = _upload(library.teacher, "工件.png", _png("orange"))
    # when prepared, then nothing is kept and the field is named
    with pytest.raises(DomainError) as refused:
        resource_batch_prepare(
            user=library.teacher, uploads=[(upload, "工件.png")], defaults=_defaults(library, **change(library))
        )
    assert (refused.value.field, refused.value.code) == (field, code)
    assert not MediaAsset.objects.exists()


def test_more_than_100_uploads_or_someone_elses_upload_are_refused(library):
    upload = _upload(library.teacher, "工件.png", _png("orange"))
    with pytest.raises(DomainError) as refused:
        resource_batch_prepare(user=library.teacher, uploads=[(upload, "工件.png")] * 101, defaults={})
    assert refused.value.code == ErrorCode.LIMIT_EXCEEDED
    stranger = grant(Role.TEACHER, library.host)
    with pytest.raises(DomainError) as refused:
        resource_batch_prepare(user=stranger, uploads=[(upload, "工件.png")], defaults={})
    assert refused.value.code == ErrorCode.NOT_FOUND


def test_someone_who_cannot_add_resources_anywhere_is_refused_before_anything_is_stored(library):
    # given a reviewer (no teacher or editor role) with a finished upload
    reviewer = grant(Role.REVIEWER, library.host)
    upload = _upload(reviewer, "工件.png", _png("orange"))
    # when they prepare a batch, then it is refused and the file is not stored
    with pytest.raises(DomainError) as refused:
        resource_batch_prepare(user=reviewer, uploads=[(upload, "工件.png")], defaults={})
    assert refused.value.code == ErrorCode.PERMISSION_DENIED
    assert not MediaAsset.objects.exists()


# ---- commit -----------------------------------------------------------------------------------------


@pytest.fixture
def prepared(library, videos):
    """A prepared batch of uploads picked as a folder: three videos, a PDF without point, a picture."""
    teacher = library.teacher
    files = {
        f"{POINT_FOLDER}/视频/演示.mp4": videos["a"],
        f"{POINT_FOLDER}/视频/步骤.mp4": videos["b"],
        f"{POINT_FOLDER}/视频/试切.mp4": videos["c"],
        f"{COURSE}/项目二 内孔车削/工艺卡.pdf": _pdf("white"),
        f"{POINT_FOLDER}/图片/工件.png": _png("navy"),
    }
    uploads = [(_upload(teacher, Path(path).name, data), path) for path, data in files.items()]
    batch = resource_batch_prepare(user=teacher, uploads=uploads, defaults=_defaults(library))
    items = _items(batch)
    return SimpleNamespace(
        batch=batch,
        demo=items[f"{POINT_FOLDER}/视频/演示.mp4"],
        steps=items[f"{POINT_FOLDER}/视频/步骤.mp4"],
        trial=items[f"{POINT_FOLDER}/视频/试切.mp4"],
        pdf=items[f"{COURSE}/项目二 内孔车削/工艺卡.pdf"],
        picture=items[f"{POINT_FOLDER}/图片/工件.png"],
    )


def test_commit_with_overrides_skips_and_submit_creates_drafts_in_review(library, prepared):
    teacher, p = library.teacher, prepared
    assert "naming rule" in p.pdf.message  # no point: its title cannot follow the rule yet
    # when committed: the demo is an animation, the PDF gets its point, a bad title for the picture,
    # the steps video skipped, and everything sent for review
    batch = resource_batch_commit(
        user=teacher,
        batch=p.batch,
        overrides={
            p.demo.pk: {"resource_type": "animation"},
            p.pdf.pk: {"knowledge_point_ids": [library.boring.pk]},
            p.picture.pk: {"title": "随便起的名字"},
        },
        skip={p.steps.pk},
        submit=True,
    )
    items = {i.pk: i for i in batch.items.select_related("resource")}
    # then the resources are drafts in review that inherited the batch attributes
    created = [items[i.pk].resource for i in (p.demo, p.trial, p.pdf)]
    assert all(items[i.pk].status == BatchItemStatus.CREATED for i in (p.demo, p.trial, p.pdf))
    for resource in created:
        resource.refresh_from_db()
        assert not resource.live and resource.workflow_in_progress
        assert resource.current_workflow_task.name == "课程负责人审核"
        assert (resource.organisation, resource.source, resource.licence, resource.visibility) == (
            library.host,
            "enterprise_case",
            "cc_by",
            "logged_in",
        )
        assert [a.name for a in resource.authors.all()] == ["王老师"]
        assert [t.name for t in resource.keywords.all()] == ["数控车削"]
        assert resource.owner == teacher and resource.course == library.course
    demo, trial, pdf = created
    # a type override re-suggests a title that was suggested; the others keep what the report showed
    assert (demo.resource_type, demo.title) == ("animation", "460103-数控车削加工技术-外圆车削对刀-动画-01")
    assert trial.title == "460103-数控车削加工技术-外圆车削对刀-视频-03"
    assert pdf.title == "460103-数控车削加工技术-内孔车削-文档-01"
    assert list(pdf.knowledge_points.all()) == [library.boring] and pdf.module == library.inner
    # the invalid override fails alone, with the naming rule's reason; the skipped item waits
    picture = items[p.picture.pk]
    assert (picture.status, picture.error_code) == (BatchItemStatus.FAILED, ErrorCode.NAMING_RULE)
    assert "naming rule" in picture.message and picture.resource is None
    assert items[p.steps.pk].status == BatchItemStatus.READY
    assert batch.status == BatchStatus.PREPARED
    assert Resource.objects.count() == 3


def test_committing_again_creates_nothing_twice_and_finishes_the_batch(library, prepared):
    teacher, p = library.teacher, prepared
    # given a first commit: the PDF breaks the naming rule as it stands, the picture gets a bad title
    first = resource_batch_commit(
        user=teacher, batch=p.batch, overrides={p.picture.pk: {"title": "随便起的名字"}}, skip={p.steps.pk}
    )
    assert Resource.objects.count() == 2
    assert first.items.filter(status=BatchItemStatus.FAILED).count() == 2
    # when the same commit is sent again, nothing new is created
    resource_batch_commit(user=teacher, batch=first, overrides={}, skip={p.steps.pk})
    assert Resource.objects.count() == 2
    # when the skipped item is included and the failed ones are retried with corrected overrides
    batch = resource_batch_commit(
        user=teacher,
        batch=first,
        overrides={p.picture.pk: {"title": None}, p.pdf.pk: {"knowledge_point_ids": [library.boring.pk]}},
    )
    # then they are created and the batch is done
    statuses = dict(batch.items.values_list("pk", "status"))
    assert set(statuses.values()) == {BatchItemStatus.CREATED}
    assert batch.status == BatchStatus.COMMITTED
    picture = ResourceBatchItem.objects.get(pk=p.picture.pk).resource
    assert picture.title == "460103-数控车削加工技术-外圆车削对刀-图片-01"
    assert Resource.objects.count() == 5
    # and once more: still nothing new, one resource per file
    resource_batch_commit(user=teacher, batch=batch, overrides={p.pdf.pk: {"title": "改个名"}})
    assert Resource.objects.count() == 5
    assert sorted(Resource.objects.values_list("asset_id", flat=True)) == sorted(
        batch.items.values_list("asset_id", flat=True)
    )


def test_another_user_cannot_see_or_commit_the_batch(library, prepared):
    # given a colleague of the same school
    colleague = grant(Role.EDITOR, library.host)
    # then the batch is not theirs to read or commit
    assert resource_batch_get(colleague, prepared.batch.pk) is None
    assert resource_batch_get(library.teacher, prepared.batch.pk) == prepared.batch
    with pytest.raises(DomainError) as refused:
        resource_batch_commit(user=colleague, batch=prepared.batch, overrides={})
    assert refused.value.code == ErrorCode.PERMISSION_DENIED
    assert not Resource.objects.exists()


def test_a_draft_the_automatic_check_returns_at_once_says_why(library, videos):
    # given a batch annotated without any author (署名 is checked before any person reviews)
    defaults = {k: v for k, v in _defaults(library).items() if k != "authors"}
    upload = _upload(library.teacher, "演示.mp4", videos["a"])
    batch = resource_batch_prepare(
        user=library.teacher, uploads=[(upload, f"{POINT_FOLDER}/视频/演示.mp4")], defaults=defaults
    )
    # when created and submitted
    batch = resource_batch_commit(user=library.teacher, batch=batch, overrides={}, submit=True)
    # then the draft exists and the report says the automatic check sent it back, and why
    [item] = batch.items.all()
    assert item.status == BatchItemStatus.CREATED and item.resource is not None
    assert "automatic check sent it back" in item.message and "author" in item.message


def test_content_added_to_the_library_after_preparing_is_flagged_at_commit(library, prepared, tmp_path):
    # given the picture's content became a resource between prepare and commit
    path = tmp_path / "same.png"
    path.write_bytes(_png("navy"))
    existing = ResourceFactory(
        course=library.course, organisation=library.host, resource_type=ResourceType.IMAGE, asset=asset_from(path)
    )
    # when committed
    batch = resource_batch_commit(user=library.teacher, batch=prepared.batch, overrides={})
    # then that item is a duplicate of it and the rest were created
    picture = batch.items.get(pk=prepared.picture.pk)
    assert (picture.status, picture.duplicate_of) == (BatchItemStatus.DUPLICATE, existing)
    assert batch.items.filter(status=BatchItemStatus.CREATED).count() == 3  # the PDF breaks the rule
    assert batch.items.get(pk=prepared.pdf.pk).error_code == ErrorCode.NAMING_RULE

"""The demo library's resources (DEMO_DATA.md; C3, C8, C11): loaded through the real services, once.

The demo media are generated once per test session into a temporary cache (ffmpeg, LibreOffice and
Pillow are real); each test stores its assets in its own temporary MEDIA_ROOT.
"""

from pathlib import Path

import pytest
from django.core.management import call_command
from wagtail.models import Revision, WorkflowState

from cms.accounts.models import User
from cms.core.models import SensitiveWord
from cms.courses.models import CourseKind, CoursePage, CourseTeacher, KnowledgePoint
from cms.majors.demo import demo_library_load
from cms.majors.models import MajorPage
from cms.resources import selectors
from cms.resources.demo import LOADER_USERNAME
from cms.resources.demo_media import DemoMedia, write_pdf_with_pillow
from cms.resources.models import TEXT_AND_IMAGE_TYPES, NamingRule, Resource, ResourceType, Visibility
from cms.resources.review import automatic_check_problems
from cms.resources.titles import title_problems
from media_pipeline.archive import find_html5_root, inspect_zip
from media_pipeline.services import asset_create_from_file
from media_pipeline.sniff import archive_limits

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="session")
def demo_media_dir(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("demo-media")


@pytest.fixture(autouse=True)
def demo_dirs(settings, tmp_path, demo_media_dir):
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.ZYK_UPLOAD_DIR = tmp_path / "uploads"
    settings.ZYK_DEMO_MEDIA_DIR = demo_media_dir
    return settings


def _counts() -> tuple:
    return (
        Resource.objects.count(),
        Revision.objects.count(),
        KnowledgePoint.objects.count(),
        SensitiveWord.objects.count(),
        NamingRule.objects.count(),
        User.objects.count(),
    )


def test_load_demo_creates_a_library_that_follows_the_rules_and_changes_nothing_the_second_time(capsys):
    # given / when the demo is loaded
    call_command("load_demo")
    first = _counts()
    out = capsys.readouterr().out
    # then there are dozens of published resources, every one through the rules
    major = MajorPage.objects.get(code="460103")
    rule = NamingRule.objects.get(major=major)
    assert rule.pattern == "{专业代码}-{课程}-{知识点}-{素材类型}-{序号}" and rule.enforced
    resources = list(Resource.objects.filter(major=major).select_related("asset", "organisation"))
    assert len(resources) >= 90
    assert all(r.live for r in resources)
    assert "Demo resources: " in out and " 0 skipped" in out
    assert all(title_problems(r) == [] for r in resources)
    assert Resource.objects.filter(title="460103-数控车削加工技术-外圆车削对刀-视频-01").exists()
    assert all(automatic_check_problems(r) == [] for r in resources)
    # every type, core courses with about ten each, foundation courses with a few
    mix = selectors.resource_mix(major)
    assert all(mix.by_type[t.value] > 0 for t in ResourceType)
    assert mix.text_and_image / mix.total <= 0.30
    assert mix.text_and_image == sum(1 for r in resources if r.resource_type in TEXT_AND_IMAGE_TYPES)
    for course in CoursePage.objects.child_of(major):
        count = sum(1 for r in resources if r.course_id == course.pk)
        assert count >= (8 if course.kind == CourseKind.CORE else 3), course.title
    # files were stored, measured and typed from their content; the HTML5 package is a simulation
    for resource in resources:
        if resource.resource_type in (ResourceType.TEXT, ResourceType.LINK):
            assert resource.asset_id is None and (resource.body or resource.url)
            continue
        assert resource.asset.size > 0 and resource.asset.file.storage.exists(resource.asset.file.name)
        assert resource.asset.file.size == resource.asset.size
    simulations = [r for r in resources if r.resource_type == ResourceType.SIMULATION]
    assert simulations and all(r.asset.kind == "simulation" for r in simulations)
    package = Path(simulations[0].asset.file.path)
    entries = inspect_zip(package, archive_name=simulations[0].asset.original_filename, **archive_limits())
    assert find_html5_root(entries) == ""
    videos = [r for r in resources if r.resource_type == ResourceType.VIDEO]
    assert all(3 <= (r.asset.duration_seconds or 0) <= 6 for r in videos)
    pdfs = [r for r in resources if r.asset_id and r.asset.extension == "pdf"]
    # LibreOffice kept the Chinese text: the point each document is about can be found in it
    assert pdfs and all(any(p.name in r.asset.extracted_text for p in r.knowledge_points.all()) for r in pdfs)
    # credits, rights, visibility and counts look like a real library
    assert all(r.authors.exists() and r.organisation.library_role == "host" and not r.rights_holder for r in resources)
    assert {r.source for r in resources} == {"original", "enterprise_case", "adapted", "third_party"}
    visibilities = [r.visibility for r in resources]
    assert visibilities.count(Visibility.PUBLIC) > 0.8 * len(resources)
    assert Visibility.LOGGED_IN in visibilities and Visibility.ORGANISATION in visibilities
    assert all(r.view_count > 0 for r in resources)
    assert all(r.download_count == 0 for r in resources if r.resource_type in (ResourceType.TEXT, ResourceType.LINK))
    assert all(r.knowledge_points.filter(course=r.course).exists() for r in resources)
    assert SensitiveWord.objects.filter(word="刷单返利", action="block").exists()
    assert not User.objects.get(username=LOADER_USERNAME).is_active

    # when it is loaded again, nothing changes
    call_command("load_demo")
    assert _counts() == first
    assert "0 created, " in capsys.readouterr().out


def test_demo_reviews_fill_the_queues_of_the_demo_reviewer_and_course_lead(capsys):
    # given the demo library (its published resources are not needed here) and the demo accounts
    demo_library_load()
    call_command("create_demo_accounts")
    teacher, editor, reviewer = (User.objects.get(username=name) for name in ("teacher", "editor", "reviewer"))
    # when the review examples are loaded
    call_command("load_demo_reviews")
    # then the demo teacher leads a core course
    seat = CourseTeacher.objects.get(user=teacher)
    assert seat.role == "lead" and seat.course.specific.kind == CourseKind.CORE
    # and resources wait at both human levels, and some came back with changes requested
    in_review = Resource.objects.filter(live=False)
    states = {r.title: r.workflow_states.order_by("-pk").first() for r in in_review}
    assert {s.status for s in states.values()} == {WorkflowState.STATUS_IN_PROGRESS, WorkflowState.STATUS_NEEDS_CHANGES}
    waiting = [s.current_task_state.task.name for s in states.values() if s.status == "in_progress"]
    assert 3 <= len(waiting) <= 6 and {"课程负责人审核", "主持单位审核"} <= set(waiting)
    assert 1 <= sum(s.status == "needs_changes" for s in states.values()) <= 2
    assert {r.owner for r in in_review} == {teacher, editor}
    assert all(title_problems(r) == [] for r in in_review)
    lead_queue = list(selectors.review_queue_for(teacher))
    reviewer_queue = list(selectors.review_queue_for(reviewer))
    assert lead_queue and all(int(s.workflow_state.object_id) in {r.pk for r in in_review} for s in lead_queue)
    assert {s.task.name for s in reviewer_queue} == {"课程负责人审核", "主持单位审核"}
    assert all(r.authors.filter(user=r.owner).exists() for r in in_review)

    # when it runs again, nothing more is created
    before = (Resource.objects.count(), WorkflowState.objects.count(), Revision.objects.count())
    call_command("load_demo_reviews")
    assert (Resource.objects.count(), WorkflowState.objects.count(), Revision.objects.count()) == before
    assert "0 resources put in review, 7 already there" in capsys.readouterr().out


def test_media_without_ffmpeg_are_skipped_with_a_warning(tmp_path, monkeypatch):
    # given a machine without ffmpeg (an empty PATH for programs)
    monkeypatch.setenv("PATH", str(tmp_path / "no-programs"))
    media = DemoMedia(tmp_path / "cache")
    video = {"kind": "video", "title": "460103-测试-视频-01", "subtitle": "测试"}
    image = {"kind": "image", "title": "460103-测试-图片-01", "drawing": "lathe"}
    # when the files are prepared
    report = media.prepare([video, image])
    # then the video is skipped with a warning and the image is still made
    assert report.skipped == 1 and any("ffmpeg" in w for w in report.warnings)
    assert media.path(video) is None and media.path(image).stat().st_size > 0


def test_pdf_drawn_without_libreoffice_is_accepted_by_the_pipeline(tmp_path):
    # given a document spec drawn with Pillow (the fallback when soffice is missing)
    spec = {
        "kind": "pdf",
        "title": "460103-数控车削加工技术-外圆车削对刀-文档-01",
        "subtitle": "外圆车削对刀",
        "sections": [{"heading": "一、目的", "paragraphs": ["掌握试切法对刀。" * 30]}],
    }
    target = tmp_path / "demo.pdf"
    write_pdf_with_pillow(spec, target)
    # when the pipeline stores it, then it is a document with pages
    asset = asset_create_from_file(path=target, filename="外圆车削对刀.pdf")
    assert asset.kind == "document" and asset.pages >= 1

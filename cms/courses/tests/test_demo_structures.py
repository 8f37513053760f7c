"""Demo course structures (M5, M6, issue 6): the fixture names resources the demo loads, some items are open
for trial, and the loader publishes version 1 once, through the structure's reference rule."""

import json
from pathlib import Path

import pytest
from django.conf import settings

from cms.courses.demo import STRUCTURES_FILE, demo_course_structures_load
from cms.courses.models import AssemblyEntry, CourseItem, CourseModule, CourseVersion
from cms.courses.selectors import course_outline
from cms.courses.tests.factories import CoursePageFactory, KnowledgePointFactory
from cms.resources.tests.factories import ResourceFactory

DEMO = Path(settings.BASE_DIR) / "fixtures" / "demo"


def _item_specs(module: dict):
    for unit in module["units"]:
        yield from unit["items"]


def test_the_fixture_names_demo_resources_and_opens_some_items_for_trial():
    data = json.loads(STRUCTURES_FILE.read_text(encoding="utf-8"))
    resources = json.loads((DEMO / "resources.json").read_text(encoding="utf-8"))
    library = json.loads((DEMO / "library.json").read_text(encoding="utf-8"))
    outlines = {c["slug"]: {title for title, *_ in c["outline"]} for c in library["courses"]}
    for slug, spec in data["courses"].items():
        loaded = {(r["point"], r["type"]) for r in resources["courses"][slug]["resources"]}
        items = [item for module in spec["modules"] for item in _item_specs(module)]
        for module in spec["modules"]:
            assert module.get("outline") in outlines[slug], (slug, module["title"])
        for item in items:
            for ref in item.get("resources", [item]):
                assert (ref["point"], ref["type"]) in loaded, (slug, ref)
        trial = [item for item in items if item.get("trial")]
        assert 0 < len(trial) < len(items), slug  # some open for trial, some for signed-in learners only


@pytest.mark.django_db
def test_loading_publishes_version_one_once_with_trial_items(tmp_path):
    # given a course with two published resources tagged with a point, and a fixture citing them
    course = CoursePageFactory(slug="cnc-turning")
    point = KnowledgePointFactory(course=course, name="外圆车削对刀")
    video = ResourceFactory(course=course, resource_type="video", live=True, title="对刀-视频-1")
    image = ResourceFactory(course=course, resource_type="image", live=True, title="对刀-图片-1")
    draft = ResourceFactory(course=course, resource_type="audio", live=False, title="对刀-音频-1")
    for resource in (video, image, draft):
        resource.knowledge_points.add(point)
        resource.save()
    fixture = tmp_path / "structures.json"
    fixture.write_text(
        json.dumps(
            {
                "courses": {
                    "cnc-turning": {
                        "modules": [
                            {
                                "title": "项目一",
                                "units": [
                                    {
                                        "title": "任务1",
                                        "items": [
                                            {"point": "外圆车削对刀", "type": "video", "trial": True},
                                            {"point": "外圆车削对刀", "type": "audio"},
                                            {
                                                "assembly": "对刀积件",
                                                "resources": [
                                                    {"point": "外圆车削对刀", "type": "image"},
                                                    {"point": "外圆车削对刀", "type": "video"},
                                                ],
                                            },
                                        ],
                                    }
                                ],
                            }
                        ]
                    },
                    "not-loaded": {"modules": []},
                }
            },
            ensure_ascii=False,
        ),
        encoding="utf-8",
    )
    # when
    first = demo_course_structures_load(fixture)
    second = demo_course_structures_load(fixture)
    # then version 1 holds the video (trial) and the assembly; the unpublished audio is skipped and reported
    assert first.published == [course.title] and second.kept == [course.title]
    assert "not-loaded" in first.missing and any("audio" in m for m in first.missing)
    assert CourseVersion.objects.filter(course=course).count() == 1
    assert CourseModule.objects.filter(course=course).count() == 1
    items = list(CourseItem.objects.filter(unit__module__course=course).order_by("order"))
    assert [(i.resource_id, i.open_for_trial, i.order) for i in items] == [(video.pk, True, 0), (None, False, 1)]
    assert list(AssemblyEntry.objects.filter(assembly=items[1].assembly).values_list("resource_id", flat=True)) == [
        image.pk,
        video.pk,
    ]
    outline = course_outline(course, None)
    entries = outline.modules[0].units[0].items
    assert outline.version == 1 and [e.locked for e in entries] == [False, True]

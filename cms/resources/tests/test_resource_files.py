"""Resources from files (M2, C3, C11): type from the content, refusals that lose nothing, recycle bin, downloads."""

import io
import zipfile

import pytest
from django.contrib.auth.models import AnonymousUser
from django.test import Client

from cms.accounts.roles import Role
from cms.accounts.tests.factories import OrganisationFactory, UserFactory
from cms.analytics.models import UsageEvent
from cms.core.errors import DomainError, ErrorCode
from cms.courses.tests.factories import CoursePageFactory, SkillPointFactory
from cms.resources import selectors, services
from cms.resources.models import NamingRule, Resource, ResourceType
from cms.resources.services import ResourceAttributes
from cms.resources.tests.factories import asset_from, grant
from media_pipeline.errors import MediaError
from media_pipeline.models import MediaAsset
from media_pipeline.tests import samples

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture
def place():
    school = OrganisationFactory(name="示例职业技术学院")
    course = CoursePageFactory(title="数控车削加工技术")
    point = SkillPointFactory(course=course, name="外圆车削")
    teacher = grant(Role.TEACHER, school)
    return {
        "school": school,
        "course": course,
        "point": point,
        "teacher": teacher,
        "major": course.get_parent().specific,
    }


def _attributes(place, **values) -> ResourceAttributes:
    base = {
        "title": "外圆车削示意图",
        "major": place["major"],
        "course": place["course"],
        "organisation": place["school"],
        "authors": [{"name": "王老师", "organisation_name": "示例职业技术学院"}],
        "knowledge_points": [place["point"]],
    }
    base.update(values)
    return ResourceAttributes(**base)


def test_type_comes_from_the_file_and_credit_is_kept(place, tmp_path):
    asset = asset_from(samples.image(tmp_path / "外圆车削.png"))
    resource = services.resource_create(user=place["teacher"], attributes=_attributes(place), asset=asset)
    assert resource.resource_type == ResourceType.IMAGE
    assert resource.rights_holder_name == "示例职业技术学院"
    assert [a.name for a in resource.authors.all()] == ["王老师"]
    assert resource.school_id == place["school"].pk
    # an image cannot be filed as a video, but a video may be declared an animation
    other = asset_from(samples.image(tmp_path / "b.png", color="blue"))
    with pytest.raises(DomainError) as refused:
        services.resource_create(
            user=place["teacher"], attributes=_attributes(place, resource_type="video"), asset=other
        )
    assert refused.value.code == ErrorCode.CONTENT_MISMATCH


def test_pdf_renamed_mp4_is_refused_before_anything_is_stored(place, tmp_path):
    fake = samples.pdf(tmp_path / "车削.pdf", ["CNC turning"]).rename(tmp_path / "车削.mp4")
    with pytest.raises(MediaError) as refused:
        asset_from(fake)
    assert refused.value.code == "CONTENT_MISMATCH"
    assert "车削.mp4" in refused.value.message
    assert MediaAsset.objects.count() == 0 and Resource.objects.count() == 0


def test_duplicate_content_is_offered_as_a_link(place, tmp_path):
    first = services.resource_create(
        user=place["teacher"], attributes=_attributes(place), asset=asset_from(samples.image(tmp_path / "a.png"))
    )
    again = asset_from(samples.image(tmp_path / "copy.png"))
    with pytest.raises(services.DuplicateResourceError) as refused:
        services.resource_create(user=place["teacher"], attributes=_attributes(place, title="副本"), asset=again)
    assert refused.value.code == ErrorCode.DUPLICATE and refused.value.existing == first
    assert Resource.objects.count() == 1


def test_naming_rule_violation_names_the_part(place, tmp_path):
    NamingRule.objects.create(major=place["major"], pattern="{专业代码}-{课程}-{知识点}-{素材类型}-{序号}")
    code = place["major"].code
    asset = asset_from(samples.image(tmp_path / "a.png"))
    with pytest.raises(DomainError) as refused:
        services.resource_create(
            user=place["teacher"],
            attributes=_attributes(place, title=f"{code}-数控车削加工技术-外圆车削-视频-01"),
            asset=asset,
        )
    assert refused.value.code == ErrorCode.NAMING_RULE and refused.value.field == "title"
    assert "图片" in refused.value.message
    # an empty title gets the next one by the rule
    resource = services.resource_create(user=place["teacher"], attributes=_attributes(place, title=""), asset=asset)
    assert resource.title == f"{code}-数控车削加工技术-外圆车削-图片-01"


def test_only_teachers_and_editors_of_the_institution_create(place):
    learner = grant(Role.SCHOOL_STUDENT, place["school"])
    stranger = grant(Role.TEACHER, OrganisationFactory())
    for user in (learner, stranger):
        with pytest.raises(DomainError) as refused:
            services.resource_create(user=user, attributes=_attributes(place, resource_type="text", body="<p>正文</p>"))
        assert refused.value.code == ErrorCode.PERMISSION_DENIED


def test_recycle_bin_restore_and_purge_by_administrators_only(place, tmp_path):
    asset = asset_from(samples.image(tmp_path / "a.png"))
    resource = services.resource_create(user=place["teacher"], attributes=_attributes(place), asset=asset)
    services.resources_delete(user=place["teacher"], resources=[resource])
    assert selectors.resource_get(place["teacher"], resource.pk) is None
    assert [r.pk for r in selectors.recycle_bin(place["teacher"])] == [resource.pk]
    with pytest.raises(DomainError):
        services.resources_purge(user=place["teacher"], resources=[resource])
    services.resources_restore(user=place["teacher"], resources=[resource])
    assert selectors.resource_get(place["teacher"], resource.pk) is not None
    services.resources_delete(user=place["teacher"], resources=[resource])
    admin = grant(Role.ORGANISATION_ADMIN, place["school"])
    resource.refresh_from_db()
    assert services.resources_purge(user=admin, resources=[resource]) == 1
    assert not Resource.objects.filter(pk=resource.pk).exists()
    assert not MediaAsset.objects.filter(pk=asset.pk).exists()


def _published(place, tmp_path, name: str, **values) -> Resource:
    asset = asset_from(samples.image(tmp_path / name, color=values.pop("color", "red")))
    resource = services.resource_create(user=place["teacher"], attributes=_attributes(place, **values), asset=asset)
    resource.get_latest_revision().publish(skip_permission_checks=True)
    resource.refresh_from_db()
    return resource


def test_download_needs_login_when_asked_and_counts(place, tmp_path):
    resource = _published(place, tmp_path, "a.png", title="外圆车削示意图")
    client = Client()
    assert client.get(f"/resources/{resource.pk}/file").status_code == 200
    assert client.get(f"/resources/{resource.pk}/download").status_code == 401
    client.force_login(UserFactory())
    response = client.get(f"/resources/{resource.pk}/download")
    assert response.status_code == 200
    assert "filename*=UTF-8''%E5%A4%96" in response["Content-Disposition"]
    assert response["X-Content-Type-Options"] == "nosniff"
    resource.refresh_from_db()
    assert resource.download_count == 1
    assert UsageEvent.objects.filter(verb="downloaded", object_id=resource.pk).count() == 1


def test_batch_download_is_one_zip_with_chinese_names(place, tmp_path):
    first = _published(place, tmp_path, "a.png", title="外圆车削示意图")
    second = _published(place, tmp_path, "b.png", title="外圆车削示意图", color="blue")
    hidden = _published(place, tmp_path, "c.png", title="本校资料", color="green", visibility="organisation")
    client = Client()
    client.force_login(UserFactory())
    response = client.post("/resources/download.zip", {"ids": f"{first.pk},{second.pk},{hidden.pk}"})
    assert response.status_code == 200
    archive = zipfile.ZipFile(io.BytesIO(b"".join(response.streaming_content)))
    assert sorted(archive.namelist()) == ["外圆车削示意图(2).png", "外圆车削示意图.png"]
    assert archive.read("外圆车削示意图.png") == first.asset.file.open("rb").read()
    assert Client().post("/resources/download.zip", {"ids": str(first.pk)}).status_code == 401


def test_views_are_counted_for_published_resources(place, tmp_path):
    resource = _published(place, tmp_path, "a.png")
    services.resource_record_view(user=AnonymousUser(), resource=resource)
    resource.refresh_from_db()
    assert resource.view_count == 1
    assert UsageEvent.objects.get(verb="viewed").actor is None


def test_files_served_by_django_answer_range_requests(place, tmp_path):
    # given a published file, served by Django itself (the embedded default: no nginx, no S3)
    resource = _published(place, tmp_path, "a.png", title="外圆车削示意图")
    whole = resource.asset.file.open("rb").read()
    client = Client()
    url = f"/resources/{resource.pk}/file"
    # when a player asks for a slice, the start, or the end, it gets exactly those bytes (so it can seek)
    part = client.get(url, HTTP_RANGE="bytes=10-19")
    assert part.status_code == 206 and part["Content-Range"] == f"bytes 10-19/{len(whole)}"
    assert b"".join(part.streaming_content) == whole[10:20]
    assert b"".join(client.get(url, HTTP_RANGE="bytes=-7").streaming_content) == whole[-7:]
    assert b"".join(client.get(url, HTTP_RANGE=f"bytes={len(whole) - 3}-").streaming_content) == whole[-3:]
    # a range past the end is refused as such; no range gets the whole file and says ranges are accepted
    assert client.get(url, HTTP_RANGE=f"bytes={len(whole) + 5}-").status_code == 416
    plain = client.get(url)
    assert plain.status_code == 200 and plain["Accept-Ranges"] == "bytes"
    assert b"".join(plain.streaming_content) == whole

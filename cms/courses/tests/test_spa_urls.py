"""The admin's "View live" opens the SPA route of a page, not a tree path nobody serves."""

import pytest
from wagtail.models import Site

from cms.courses.tests.factories import CoursePageFactory

pytestmark = pytest.mark.django_db


def test_pages_link_to_their_spa_routes():
    course = CoursePageFactory()
    major, home = course.get_parent().specific, course.get_parent().get_parent().specific
    Site.objects.update(root_page=home)
    Site.clear_site_root_paths_cache()  # update() skips the signal; an earlier test may have cached the old root
    assert course.url == f"/courses/{course.pk}"
    assert major.url == f"/majors/{major.code}"
    assert home.url == "/"
    assert course.full_url.endswith(f"/courses/{course.pk}")
    assert course.preview_modes == []

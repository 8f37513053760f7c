"""The SPA shell: known client routes answer 200, unknown ones a real 404 (issue 2 quality bar)."""

import pytest
from django.test import Client, override_settings

pytestmark = pytest.mark.django_db


@pytest.fixture
def built_spa(tmp_path):
    (tmp_path / "index.html").write_text("<!doctype html><div id=root></div>", encoding="utf-8")
    with override_settings(SPA_DIST_DIR=tmp_path):
        yield tmp_path


@pytest.mark.parametrize(
    "path",
    [
        "/",
        "/majors/460103",
        "/courses/42",
        "/courses/42/",
        "/courses",
        "/courses/42/portal",
        "/courses/42/build",
        "/courses/42/questions",
        "/courses/42/questions/new",
        "/courses/42/questions/7",
        "/login",
        "/register",
        "/forgot-password",
        "/two-factor",
        "/me",
        "/me/devices",
        "/manage/audit",
        "/manage/users",
        "/invitations/accept",
        "/resources",
        "/resources/12",
        "/my/resources",
        "/my/resources/upload",
        "/my/resources/recycle-bin",
        "/my/resources/12/edit",
        "/my/resources/batches/3",
        "/review",
        "/courses/42/papers",
        "/self-tests/9",
    ],
)
def test_client_routes_get_the_app(built_spa, path):
    response = Client().get(path)
    assert response.status_code == 200
    assert b"<div id=root>" in response.content


@pytest.mark.parametrize(
    "path",
    [
        "/nope",
        "/courses/abc",
        "/courses/42/other",
        "/courses/42/questions/abc",
        "/majors/460103/extra/deep",
        "/me/nope",
        "/manage/x",
        "/resources/x",
        "/my/resources/x",
        "/self-tests/x",
        "/self-tests",
    ],
)
def test_unknown_routes_get_the_app_with_status_404(built_spa, path):
    response = Client().get(path)
    assert response.status_code == 404
    assert b"<div id=root>" in response.content


def test_missing_build_says_how_to_build(tmp_path):
    with override_settings(SPA_DIST_DIR=tmp_path / "missing"):
        response = Client().get("/", HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 503
    assert b"make run" in response.content


def test_admin_and_api_are_not_swallowed_by_the_spa(built_spa):
    assert Client().get("/admin/").status_code == 302
    assert Client().get("/healthz/").content == b"ok"

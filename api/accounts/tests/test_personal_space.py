"""Personal space: avatar, profile, password and contact changes (O3)."""

import io

import pytest
from PIL import Image

from api.accounts.tests.documents import CONTACT_CONFIRM, CONTACT_START, LOGIN, ME, PASSWORD_CHANGE
from cms.accounts.models import RealNameStatus
from cms.accounts.tests.factories import UserFactory

pytestmark = pytest.mark.django_db
PASSWORD = "correct horse battery staple"
PROFILE_UPDATE = """
mutation($realName: String, $title: String) {
  profileUpdate(realName: $realName, title: $title) { ok errors { code message field } me { realName title } }
}"""


@pytest.fixture
def member(browser, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    user = UserFactory(username="chenxm", phone="13600001111")
    browser.mutate(LOGIN, {"account": "chenxm", "password": PASSWORD})
    return user


def _picture(fmt: str = "JPEG", size=(800, 600)) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, (200, 30, 30)).save(out, format=fmt)
    return out.getvalue()


def _upload(browser, data: bytes, name: str = "me.jpg"):
    from django.core.files.uploadedfile import SimpleUploadedFile

    return browser.client.post("/auth/avatar", {"avatar": SimpleUploadedFile(name, data)})


def test_an_avatar_is_re_encoded_as_a_square_png(browser, member):
    answer = _upload(browser, _picture())
    assert answer.status_code == 200 and answer.json()["ok"] is True
    member.refresh_from_db()
    with Image.open(member.avatar.path) as stored:
        assert stored.format == "PNG" and stored.size == (256, 256)


@pytest.mark.parametrize(
    ("data", "name"),
    [
        (b"<?php system($_GET['c']); ?>", "shell.jpg"),
        (b"GIF89a<script>alert(1)</script>", "x.gif"),
        (b"%PDF-1.4 not a picture", "cv.png"),
    ],
)
def test_things_that_are_not_pictures_are_refused(browser, member, data, name):
    answer = _upload(browser, data, name)
    assert answer.status_code == 400 and answer.json()["errors"][0]["field"] == "avatar"
    member.refresh_from_db()
    assert not member.avatar


def test_a_picture_over_2_mb_is_refused(browser, member):
    big = _picture("PNG", (2000, 2000)) + b"\0" * (2 * 1024 * 1024)
    answer = _upload(browser, big, "big.png")
    assert answer.json()["errors"][0]["code"] == "LIMIT_EXCEEDED"


def test_avatar_upload_needs_login_and_csrf(member):
    from django.test import Client

    anonymous = Client().post("/auth/avatar", {})
    assert anonymous.status_code == 401
    csrf = Client(enforce_csrf_checks=True)
    csrf.force_login(member)
    assert csrf.post("/auth/avatar", {}).status_code == 403


def test_the_real_name_is_fixed_once_verified(browser, member):
    assert browser.mutate(PROFILE_UPDATE, {"realName": "陈小明", "title": "学生"})["me"]["realName"] == "陈小明"
    type(member).objects.filter(pk=member.pk).update(real_name_status=RealNameStatus.VERIFIED)
    refused = browser.mutate(PROFILE_UPDATE, {"realName": "别人"})
    assert refused["errors"][0]["field"] == "realName"
    member.refresh_from_db()
    assert member.real_name == "陈小明"


def test_changing_the_password_ends_other_sessions_but_not_this_one(new_browser, browser, member):
    other = new_browser()
    other.mutate(LOGIN, {"account": "chenxm", "password": PASSWORD})
    wrong = browser.mutate(PASSWORD_CHANGE, {"old": "nope", "new": "Turning#2025"})
    assert wrong["errors"][0]["code"] == "INVALID_CREDENTIALS"
    assert browser.mutate(PASSWORD_CHANGE, {"old": PASSWORD, "new": "Turning#2025"})["ok"] is True
    assert browser.gql(ME)["data"]["me"]["username"] == "chenxm"
    assert other.gql(ME)["data"]["me"] is None


def test_changing_the_phone_needs_the_password_and_a_code_to_the_new_number(browser, member, fake_sms):
    wrong = browser.mutate(CONTACT_START, {"channel": "SMS", "target": "13600002222", "password": "nope"})
    assert wrong["errors"][0]["code"] == "INVALID_CREDENTIALS"
    assert browser.mutate(CONTACT_START, {"channel": "SMS", "target": "13600002222", "password": PASSWORD})["ok"]
    done = browser.mutate(
        CONTACT_CONFIRM, {"channel": "SMS", "target": "13600002222", "code": fake_sms.last_code("13600002222")}
    )
    assert done["me"] == {"phoneMasked": "136****2222", "phoneVerified": True, "email": "", "emailVerified": False}
    member.refresh_from_db()
    assert member.phone == "13600002222"


def test_a_phone_of_another_account_cannot_be_taken(browser, member, fake_sms):
    UserFactory(phone="13600003333")
    answer = browser.mutate(CONTACT_START, {"channel": "SMS", "target": "13600003333", "password": PASSWORD})
    assert answer["errors"][0]["code"] == "CONFLICT"
    assert fake_sms.messages("13600003333") == []


def test_changing_the_email_by_code(browser, member, smtp_sink):
    import re

    browser.mutate(CONTACT_START, {"channel": "EMAIL", "target": "chen@example.cn", "password": PASSWORD})
    code = re.search(r"\b(\d{6})\b", smtp_sink.last_to("chen@example.cn").body).group(1)
    done = browser.mutate(CONTACT_CONFIRM, {"channel": "EMAIL", "target": "chen@example.cn", "code": code})
    assert done["me"]["email"] == "chen@example.cn" and done["me"]["emailVerified"] is True

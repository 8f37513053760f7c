"""O2: the roster template download and the roster upload endpoint (cms.accounts.views)."""

import io

import openpyxl
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from cms.accounts.models import RosterEntry
from cms.accounts.rosters_file import ROSTER_MAX_BYTES
from cms.accounts.services import role_groups_ensure
from cms.accounts.tests.factories import OrganisationFactory, UserFactory
from cms.accounts.tests.support import organisation_admin, roster_xlsx, verified_client

pytestmark = pytest.mark.django_db

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


@pytest.fixture(autouse=True)
def _groups():
    role_groups_ensure()


@pytest.fixture
def school():
    return OrganisationFactory()


def _upload(client: Client, organisation_id: int, data: bytes, name: str = "名单.xlsx"):
    return client.post(
        f"/accounts/rosters/{organisation_id}/import", {"file": SimpleUploadedFile(name, data, content_type=XLSX)}
    )


def test_the_template_is_an_xlsx_for_logged_in_users_only():
    # given
    client = Client()
    client.force_login(UserFactory())
    # when
    response = client.get("/accounts/roster-template.xlsx")
    anonymous = Client().get("/accounts/roster-template.xlsx")
    # then
    assert response.status_code == 200 and response["Content-Type"] == XLSX
    assert "attachment" in response["Content-Disposition"]
    sheet = openpyxl.load_workbook(io.BytesIO(response.content)).active
    assert next(sheet.iter_rows(values_only=True))[:2] == ("姓名", "学号/工号")
    assert anonymous.status_code == 401 and anonymous.json()["errors"][0]["code"] == "UNAUTHENTICATED"


def test_a_school_administrator_uploads_a_roster(school):
    # given
    client = verified_client(organisation_admin(school))
    # when
    response = _upload(
        client, school.pk, roster_xlsx([("张三", "2023001", "", "", ""), ("李四", "2023002", "", "", "")])
    )
    # then
    assert response.status_code == 200
    assert response.json() == {"ok": True, "created": 2, "updated": 0, "problems": [], "errors": []}
    assert RosterEntry.objects.filter(organisation=school).count() == 2


def test_problems_come_back_line_by_line_and_nothing_is_saved(school):
    # given
    client = verified_client(organisation_admin(school))
    # when
    response = _upload(client, school.pk, roster_xlsx([("张三", "2023001", "", "", ""), ("", "2023002", "", "", "")]))
    # then
    body = response.json()
    assert response.status_code == 400 and body["ok"] is False
    assert [p["line"] for p in body["problems"]] == [3]
    assert body["errors"][0]["code"] == "INVALID_INPUT" and body["errors"][0]["field"] == "file"
    assert not RosterEntry.objects.exists()


def test_refusals_have_codes_and_statuses(school):
    # given
    outsider = verified_client(organisation_admin(OrganisationFactory()))
    unverified = Client()
    unverified.force_login(organisation_admin(school))
    data = roster_xlsx([("张三", "1", "", "", "")])
    # when
    responses = {
        "anonymous": _upload(Client(), school.pk, data),
        "outsider": _upload(outsider, school.pk, data),
        "no two-factor": _upload(unverified, school.pk, data),
        "no such organisation": _upload(outsider, 999999, data),
    }
    # then
    assert {label: (r.status_code, r.json()["errors"][0]["code"]) for label, r in responses.items()} == {
        "anonymous": (401, "UNAUTHENTICATED"),
        "outsider": (403, "PERMISSION_DENIED"),
        "no two-factor": (403, "TWO_FACTOR_REQUIRED"),
        "no such organisation": (404, "NOT_FOUND"),
    }
    assert not RosterEntry.objects.exists()


def test_files_over_five_mebibytes_are_refused(school):
    client = verified_client(organisation_admin(school))
    response = _upload(client, school.pk, b"PK\x03\x04" + b"0" * ROSTER_MAX_BYTES)
    assert response.status_code == 413 and response.json()["errors"][0]["code"] == "LIMIT_EXCEEDED"


def test_upload_needs_the_csrf_token_and_post(school):
    # given
    client = verified_client(organisation_admin(school), enforce_csrf_checks=True)
    # when
    without_token = _upload(client, school.pk, roster_xlsx([("张三", "1", "", "", "")]))
    get = client.get(f"/accounts/rosters/{school.pk}/import")
    # then
    assert without_token.status_code == 403
    assert get.status_code == 405
    assert not RosterEntry.objects.exists()

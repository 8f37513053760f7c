"""O1: constructionTaskAssign by a host."""

from datetime import timedelta

import pytest
from django.utils import timezone

from api.organisations.tests.helpers import mutate
from cms.accounts.models import ConstructionTask
from cms.accounts.tests.factories import OrganisationFactory
from cms.accounts.tests.support import host_organisation, organisation_admin, verified_client

pytestmark = pytest.mark.django_db

ASSIGN = """
mutation Assign($organisationId: ID!, $kind: ConstructionTaskKind!, $title: String!, $targetCount: Int!,
                $dueDate: Date!, $description: String) {
  constructionTaskAssign(organisationId: $organisationId, kind: $kind, title: $title, targetCount: $targetCount,
                         dueDate: $dueDate, description: $description) {
    ok errors { code message field }
    task { id kind title targetCount doneCount dueDate progress overdue organisation { id } }
  }
}
"""


def _variables(organisation, **overrides) -> dict:
    due = timezone.localdate() + timedelta(days=90)
    return {
        "organisationId": organisation.pk,
        "kind": "RESOURCES",
        "title": "微课视频 50 个",
        "targetCount": 50,
        "dueDate": due.isoformat(),
        **overrides,
    }


def test_a_host_assigns_a_task_to_a_school_in_its_subtree():
    # given
    host = host_organisation()
    school = OrganisationFactory(parent=host)
    # when
    payload = mutate(verified_client(organisation_admin(host)), ASSIGN, _variables(school))
    # then
    assert payload["ok"] is True, payload
    task = payload["task"]
    assert (task["kind"], task["targetCount"], task["doneCount"], task["progress"], task["overdue"]) == (
        "RESOURCES",
        50,
        0,
        0.0,
        False,
    )
    assert task["organisation"]["id"] == str(school.pk)


def test_bad_targets_name_the_argument_and_schools_cannot_assign():
    # given
    host = host_organisation()
    school = OrganisationFactory(parent=host)
    # when
    zero = mutate(verified_client(organisation_admin(host)), ASSIGN, _variables(school, targetCount=0))
    past = mutate(
        verified_client(organisation_admin(host)),
        ASSIGN,
        _variables(school, dueDate=(timezone.localdate() - timedelta(days=1)).isoformat()),
    )
    refused = mutate(verified_client(organisation_admin(school)), ASSIGN, _variables(school))
    # then
    assert (zero["errors"][0]["code"], zero["errors"][0]["field"]) == ("INVALID_INPUT", "targetCount")
    assert past["errors"][0]["field"] == "dueDate"
    assert refused["errors"][0]["code"] == "PERMISSION_DENIED"
    assert not ConstructionTask.objects.exists()

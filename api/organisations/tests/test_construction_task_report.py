"""O1: constructionTaskReport by the organisation doing the work."""

import pytest

from api.organisations.tests.helpers import mutate
from cms.accounts.tests.factories import ConstructionTaskFactory, OrganisationFactory
from cms.accounts.tests.support import organisation_admin, verified_client

pytestmark = pytest.mark.django_db

REPORT = """
mutation Report($taskId: ID!, $doneCount: Int!) {
  constructionTaskReport(taskId: $taskId, doneCount: $doneCount) {
    ok errors { code message field }
    task { id doneCount progress }
  }
}
"""


def test_the_school_reports_progress():
    # given
    task = ConstructionTaskFactory(target_count=10)
    # when
    payload = mutate(
        verified_client(organisation_admin(task.organisation)), REPORT, {"taskId": task.pk, "doneCount": 4}
    )
    # then
    assert payload["ok"] is True, payload
    assert (payload["task"]["doneCount"], payload["task"]["progress"]) == (4, 0.4)


def test_others_negative_counts_and_unknown_tasks_are_refused():
    # given
    task = ConstructionTaskFactory()
    own = verified_client(organisation_admin(task.organisation))
    # when
    outsider = mutate(
        verified_client(organisation_admin(OrganisationFactory())), REPORT, {"taskId": task.pk, "doneCount": 1}
    )
    negative = mutate(own, REPORT, {"taskId": task.pk, "doneCount": -1})
    missing = mutate(own, REPORT, {"taskId": "abc", "doneCount": 1})
    # then
    assert outsider["errors"][0]["code"] == "PERMISSION_DENIED"
    assert (negative["errors"][0]["code"], negative["errors"][0]["field"]) == ("INVALID_INPUT", "doneCount")
    assert (missing["errors"][0]["code"], missing["errors"][0]["field"]) == ("NOT_FOUND", "taskId")

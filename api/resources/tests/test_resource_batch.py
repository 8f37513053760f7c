"""Batch upload through GraphQL (M3): the batch and item statuses answer right after prepare and commit."""

import pytest

from api.resources.tests.test_resource_mutations import media_root, team, tus_upload  # noqa: F401 (fixtures)
from media_pipeline.tests import samples

pytestmark = pytest.mark.django_db

BATCH = "id status items { id path status errorCode message recognised { title courseId origins } resource { id } }"
PREPARE = f"""
mutation P($uploads: [BatchUploadInput!]!, $defaults: ResourceInput) {{
  resourceBatchPrepare(uploads: $uploads, defaults: $defaults) {{ ok errors {{ code message }} batch {{ {BATCH} }} }}
}}
"""
COMMIT = f"""
mutation C($id: ID!, $items: [BatchItemInput!], $submit: Boolean) {{
  resourceBatchCommit(id: $id, items: $items, submit: $submit) {{ ok errors {{ code message }} batch {{ {BATCH} }} }}
}}
"""


def test_prepare_and_commit_answer_the_batch_status(team, new_browser, tmp_path):  # noqa: F811
    # given a teacher's finished upload in a folder named after the course
    teacher = new_browser()
    teacher.client.force_login(team["teacher"])
    data = samples.image(tmp_path / "a.png", size=(40, 30)).read_bytes()
    upload_id = tus_upload(teacher.client, data, "示意图.png", chunk=10_000)

    # when the batch is prepared and then committed
    prepared = teacher.mutate(
        PREPARE,
        {
            "uploads": [{"uploadId": upload_id, "relativePath": "数控车削加工技术/外圆车削/示意图.png"}],
            "defaults": {"organisationId": team["host"].pk, "authors": [{"name": "王老师"}]},
        },
    )
    committed = teacher.mutate(COMMIT, {"id": prepared["batch"]["id"], "submit": False})

    # then both answer the batch (no enum serialisation error for a status set in this request)
    assert prepared["ok"], prepared
    assert prepared["batch"]["status"] == "PREPARED"
    assert [i["status"] for i in prepared["batch"]["items"]] == ["READY"], prepared
    assert committed["ok"], committed
    assert committed["batch"]["status"] == "COMMITTED"
    assert [i["status"] for i in committed["batch"]["items"]] == ["CREATED"], committed

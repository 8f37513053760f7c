"""The demo FAQ (fixtures/demo/faq.json) and the paraphrase set stay consistent with the demo library (M7).

Plain file checks (no database): every FAQ knowledge point is a point of its course in the demo library, and
every paraphrase names an FAQ entry.
"""

import json
from pathlib import Path

from django.conf import settings

DEMO = Path(settings.BASE_DIR) / "fixtures" / "demo"


def test_faq_points_exist_in_the_demo_library_and_paraphrases_name_entries():
    faq = json.loads((DEMO / "faq.json").read_text(encoding="utf-8"))
    library = json.loads((DEMO / "library.json").read_text(encoding="utf-8"))
    resources = json.loads((DEMO / "resources.json").read_text(encoding="utf-8"))
    points = {c["slug"]: {name for name, *_ in c["skills"]} for c in library["courses"]}
    for slug, rows in resources["knowledge_points"].items():
        points[slug] |= {row["name"] for row in rows}
    for entry in faq["entries"]:
        assert entry["course"] in points, entry["id"]
        assert entry["knowledge_points"], entry["id"]
        assert set(entry["knowledge_points"]) <= points[entry["course"]], entry["id"]
    paraphrases = json.loads(
        (Path(settings.BASE_DIR) / "tests" / "performance" / "qa_paraphrases.json").read_text(encoding="utf-8")
    )
    ids = {entry["id"] for entry in faq["entries"]}
    assert len(paraphrases["paraphrases"]) >= 100 and len(paraphrases["declines"]) >= 20
    assert {row["entry"] for row in paraphrases["paraphrases"]} <= ids

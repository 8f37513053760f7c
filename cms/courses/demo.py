"""Loads the demo knowledge-graph edges (``fixtures/demo/knowledge_edges.json``) for ``make run``; M7, issue 6.

Each course lists ``[source, kind, target]`` between its skill and knowledge point names: ``contains`` from a
skill point to the knowledge points it includes, ``prerequisite`` for the study order. Every edge goes through
``knowledge_edge_check`` — the same rules and cycle refusal as the course team's ``knowledge_edge_add`` — so the
demo can never hold a graph the admin would refuse. Idempotent: an edge already there is left alone. Points are
matched by name within the course; the knowledge points exist once the demo resources are loaded, which is
why ``load_demo`` runs this after them. Never used by tests except its own.
"""

import json
from dataclasses import dataclass, field
from pathlib import Path

from django.conf import settings
from django.db import transaction

from cms.core.errors import DomainError
from cms.courses.models import CoursePage, KnowledgeEdge, KnowledgePoint
from cms.courses.services import knowledge_edge_check

EDGES_FILE = Path(settings.BASE_DIR) / "fixtures" / "demo" / "knowledge_edges.json"


@dataclass
class DemoEdgesReport:
    added: int = 0
    kept: int = 0
    missing: list[str] = field(default_factory=list)  # edges naming a point (or course) not loaded
    refused: list[str] = field(default_factory=list)  # edges the graph's rules refuse (a fixture bug)

    def summary(self) -> str:
        line = f"Demo knowledge graph: {self.added} edges added, {self.kept} already there."
        if self.missing:
            line += f" {len(self.missing)} skipped (points not loaded)."
        if self.refused:
            line += " Refused: " + "; ".join(self.refused)
        return line


@transaction.atomic
def demo_knowledge_edges_load(path: Path = EDGES_FILE) -> DemoEdgesReport:
    """Create the missing demo edges of every demo course that exists; returns what was done."""
    data = json.loads(path.read_text(encoding="utf-8"))
    report = DemoEdgesReport()
    courses = {c.slug: c for c in CoursePage.objects.filter(slug__in=list(data["courses"]))}
    for slug, edges in data["courses"].items():
        course = courses.get(slug)
        if course is None:
            report.missing += [f"{slug}: {' '.join(edge)}" for edge in edges]
            continue
        points = {p.name: p for p in KnowledgePoint.objects.filter(course=course)}
        for source_name, kind, target_name in edges:
            source, target = points.get(source_name), points.get(target_name)
            if source is None or target is None:
                report.missing.append(f"{slug}: {source_name} {kind} {target_name}")
                continue
            if KnowledgeEdge.objects.filter(source=source, target=target, kind=kind).exists():
                report.kept += 1
                continue
            try:
                knowledge_edge_check(source=source, target=target, kind=kind)
            except DomainError as error:
                report.refused.append(f"{slug}: {error.message}")
                continue
            edge = KnowledgeEdge(course=course, source=source, target=target, kind=kind)
            edge.full_clean()
            edge.save()
            report.added += 1
    return report

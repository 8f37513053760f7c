"""Loads the demo knowledge-graph edges (``fixtures/demo/knowledge_edges.json``) and the demo course structures
(``fixtures/demo/course_structures.json``, published with items open for trial) for ``make run``; M6, M7, issue 6.

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
from django.contrib.auth.models import AnonymousUser
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


# ---- course structures (M5, M6): modules → units → items, published, some open for trial (试学) -------------

STRUCTURES_FILE = Path(settings.BASE_DIR) / "fixtures" / "demo" / "course_structures.json"


@dataclass
class DemoStructuresReport:
    published: list[str] = field(default_factory=list)  # courses given a structure and version 1
    kept: list[str] = field(default_factory=list)  # courses that already had a structure (left alone)
    missing: list[str] = field(default_factory=list)  # courses or resources not loaded
    refused: list[str] = field(default_factory=list)  # references the structure's rules refuse (a fixture bug)

    def summary(self) -> str:
        line = f"Demo course structures: {len(self.published)} published, {len(self.kept)} already there."
        if self.missing:
            line += " Skipped (not loaded): " + "; ".join(self.missing)
        if self.refused:
            line += " Refused: " + "; ".join(self.refused)
        return line


def _structure_resource(course: CoursePage, spec: dict):
    """The n-th (by title, i.e. by the naming rule's sequence) published demo resource of the course with
    this type, tagged with this point; None when it is not loaded (e.g. no ffmpeg for a video)."""
    from cms.resources.models import Resource

    rows = Resource.objects.filter(
        course=course,
        resource_type=spec["type"],
        knowledge_points__course=course,
        knowledge_points__name=spec["point"],
        live=True,
        deleted_at__isnull=True,
    ).order_by("title")
    n = int(spec.get("n", 1))
    return rows[n - 1 : n].first()


def _references_allowed(resources, user, report: DemoStructuresReport, slug: str) -> bool:
    from cms.courses.structure import reference_check

    try:
        for resource in resources:
            reference_check(user=user, resource=resource)
    except DomainError as error:
        report.refused.append(f"{slug}: {error.message}")
        return False
    return True


@transaction.atomic
def demo_course_structures_load(path: Path = STRUCTURES_FILE) -> DemoStructuresReport:
    """Give each demo course of ``path`` its structure and publish it as version 1 (load after the resources).

    Every reference passes ``structure.reference_check`` (the rule the course team's services apply); a course
    that already has modules or a published version is left as its team made it. Items whose resource is not
    loaded are skipped and reported, so a machine without ffmpeg still gets the rest.
    """
    from cms.accounts.models import User
    from cms.courses.models import Assembly, AssemblyEntry, CourseItem, CourseModule, CourseUnit, CourseVersion
    from cms.courses.selectors import structure_snapshot
    from cms.resources.demo import LOADER_USERNAME

    data = json.loads(path.read_text(encoding="utf-8"))
    report = DemoStructuresReport()
    builder = User.objects.filter(username=LOADER_USERNAME).first()
    checker = builder or AnonymousUser()
    courses = {c.slug: c for c in CoursePage.objects.filter(slug__in=list(data["courses"]))}
    for slug, spec in data["courses"].items():
        course = courses.get(slug)
        if course is None:
            report.missing.append(slug)
            continue
        if CourseModule.objects.filter(course=course).exists() or CourseVersion.objects.filter(course=course).exists():
            report.kept.append(course.title)
            continue
        chapters = {o.title: o for o in course.outline_items.all()}
        for module_order, module_spec in enumerate(spec["modules"]):
            module = CourseModule(
                course=course,
                title=module_spec["title"],
                order=module_order,
                outline_item=chapters.get(module_spec.get("outline", "")),
            )
            module.full_clean()
            module.save()
            for unit_order, unit_spec in enumerate(module_spec["units"]):
                unit = CourseUnit(module=module, title=unit_spec["title"], order=unit_order)
                unit.full_clean()
                unit.save()
                order = 0
                for item_spec in unit_spec["items"]:
                    resource = assembly = None
                    if "assembly" in item_spec:
                        members = [_structure_resource(course, r) for r in item_spec["resources"]]
                        if any(m is None for m in members):
                            report.missing.append(f"{slug}: {item_spec['assembly']}")
                            continue
                        if not _references_allowed(members, checker, report, slug):
                            continue
                        assembly = Assembly(
                            owner=builder,
                            organisation=members[0].organisation,
                            title=item_spec["assembly"],
                            description=item_spec.get("description", ""),
                        )
                        assembly.full_clean()
                        assembly.save()
                        AssemblyEntry.objects.bulk_create(
                            AssemblyEntry(assembly=assembly, resource=r, order=i) for i, r in enumerate(members)
                        )
                    else:
                        resource = _structure_resource(course, item_spec)
                        if resource is None:
                            report.missing.append(f"{slug}: {item_spec['point']} {item_spec['type']}")
                            continue
                        if not _references_allowed([resource], checker, report, slug):
                            continue
                    item = CourseItem(
                        unit=unit,
                        resource=resource,
                        assembly=assembly,
                        order=order,
                        open_for_trial=bool(item_spec.get("trial")),
                        created_by=builder,
                    )
                    item.full_clean()
                    item.save()
                    order += 1
        CourseVersion.objects.create(
            course=course, number=1, structure=structure_snapshot(course), published_by=builder
        )
        report.published.append(course.title)
    return report

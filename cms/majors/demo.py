"""Loads the demo library (``fixtures/demo/library.json``) for ``make run``; never used by tests.

Idempotent by natural keys (organisation name, job position name, certificate name, major code, course
slug): what already exists is left exactly as editors left it, so a second run changes nothing.
"""

import json
from dataclasses import dataclass, field
from pathlib import Path

from django.conf import settings
from django.db import transaction
from wagtail.models import Locale, Page, Site

from cms.accounts.models import Organisation
from cms.accounts.services import organisation_save
from cms.courses.models import (
    AssessmentItem,
    CourseGoal,
    CourseLevel,
    CoursePage,
    CourseTeacher,
    KnowledgePoint,
    KnowledgePointKind,
    OutlineItem,
    PortalTemplate,
    TeachingMethod,
)
from cms.majors.models import (
    Certificate,
    CourseRelation,
    CourseSetting,
    JobPosition,
    LibraryHomePage,
    MajorPage,
    PracticeComponent,
)

DEMO_FILE = Path(settings.BASE_DIR) / "fixtures" / "demo" / "library.json"
STANDARDS_FILE = Path(settings.BASE_DIR) / "fixtures" / "demo" / "course_standards.json"


@dataclass
class LoadReport:
    created: list[str] = field(default_factory=list)

    def add(self, what: str) -> None:
        self.created.append(what)


def _publish(page: Page) -> None:
    page.save_revision().publish()


def _library_home(data: dict, report: LoadReport) -> LibraryHomePage:
    home = LibraryHomePage.objects.first()
    if home:
        return home
    root = Page.get_first_root_node()
    # Wagtail's install creates a placeholder "Welcome" page; the library home replaces it.
    for placeholder in Page.objects.filter(depth=2, content_type__model="page", content_type__app_label="wagtailcore"):
        placeholder.delete()
    home = LibraryHomePage(title=data["title"], slug=data["slug"], intro=data["intro"])
    root.add_child(instance=home)
    _publish(home)
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        Site.objects.create(
            hostname="localhost", port=80, root_page=home, is_default_site=True, site_name=data["title"]
        )
    else:
        site.root_page, site.site_name = home, data["title"]
        site.save()
    report.add(f"library home “{home.title}”")
    return home


def _course_standards() -> dict:
    """Level, portal template and course standard (goals, methods, assessment) of each demo course, by slug."""
    return json.loads(STANDARDS_FILE.read_text(encoding="utf-8"))


def _course_page(data: dict, jobs: dict[str, JobPosition], standard: dict | None = None) -> CoursePage:
    standard = standard or {}
    course = CoursePage(
        title=data["title"],
        slug=data["slug"],
        kind=data["kind"],
        summary=data["summary"],
        intro=data["intro"],
        hours=data["hours"],
        credits=data["credits"],
        semester=data["semester"],
        level=standard.get("level", CourseLevel.INTERMEDIATE),
        portal_template=standard.get("portal_template", PortalTemplate.CLASSIC),
    )
    course.goals = [CourseGoal(kind=k, text=t, sort_order=i) for i, (k, t) in enumerate(standard.get("goals", []))]
    course.teaching_methods = [
        TeachingMethod(name=n, description=d, sort_order=i) for i, (n, d) in enumerate(standard.get("methods", []))
    ]
    course.assessment_items = [
        AssessmentItem(name=n, weight=w, description=d, sort_order=i)
        for i, (n, w, d) in enumerate(standard.get("assessment", []))
    ]
    course.knowledge_points = [
        KnowledgePoint(kind=KnowledgePointKind.SKILL, name=name, description=description, sort_order=i)
        for i, (name, description, _jobs) in enumerate(data["skills"])
    ]
    for point, (_name, _description, job_names) in zip(course.knowledge_points.all(), data["skills"], strict=True):
        point.job_positions = [jobs[name] for name in job_names]
    course.teachers = [
        CourseTeacher(name=n, title=t, organisation=o, role=r, bio=b, sort_order=i)
        for i, (n, t, o, r, b) in enumerate(data["teachers"])
    ]
    course.outline_items = [
        OutlineItem(title=t, summary=s, hours=h, sort_order=i) for i, (t, s, h) in enumerate(data["outline"])
    ]
    return course


@transaction.atomic
def demo_library_load(path: Path = DEMO_FILE) -> LoadReport:
    data = json.loads(path.read_text(encoding="utf-8"))
    report = LoadReport()
    Locale.objects.get_or_create(language_code="en")

    for i, row in enumerate(data["organisations"]):
        if not Organisation.objects.filter(name=row["name"]).exists():
            organisation_save(organisation=Organisation(sort_order=i, **row))
            report.add(f"organisation {row['name']}")
    jobs = {}
    for i, row in enumerate(data["job_positions"]):
        jobs[row["name"]], created = JobPosition.objects.get_or_create(
            name=row["name"], defaults={"description": row["description"], "sort_order": i}
        )
        if created:
            report.add(f"job position {row['name']}")
    certificates = {}
    for row in data["certificates"]:
        certificates[row["name"]], created = Certificate.objects.get_or_create(name=row["name"], defaults=row)
        if created:
            report.add(f"certificate {row['name']}")

    home = _library_home(data["library"], report)
    m = data["major"]
    if MajorPage.objects.filter(code=m["code"]).exists():
        return report

    major = MajorPage(
        **{k: m[k] for k in ("code", "title", "slug", "category", "subcategory", "level", "duration_years", "intro")},
        training_goal=m["training_goal"],
        abilities=m["abilities"],
        graduation_requirements=m["graduation_requirements"],
    )
    major.course_settings = [CourseSetting(sort_order=i, **row) for i, row in enumerate(m["course_settings"])]
    major.practice_components = [
        PracticeComponent(sort_order=i, **row) for i, row in enumerate(m["practice_components"])
    ]
    major.certificates = [certificates[name] for name in m["certificates"]]
    home.add_child(instance=major)
    _publish(major)

    courses: dict[str, CoursePage] = {}
    standards = _course_standards() if path == DEMO_FILE else {}
    for row in data["courses"]:
        course = _course_page(row, jobs, standards.get(row["slug"]))
        course.certificates = [
            certificates[name] for name, slugs in data["course_certificates"].items() if row["slug"] in slugs
        ]
        major.add_child(instance=course)
        _publish(course)
        courses[row["slug"]] = course

    major = MajorPage.objects.get(pk=major.pk)
    major.course_relations = [
        CourseRelation(source=courses[s], target=courses[t], kind=kind, sort_order=i)
        for i, (s, t, kind) in enumerate(data["course_relations"])
    ]
    _publish(major)
    home.featured_major = major
    _publish(home)
    report.add(f"major {major.code} {major.title} with {len(courses)} courses")
    return report

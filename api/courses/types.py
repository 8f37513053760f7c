"""GraphQL types of courses (C2, M6)."""

import graphene
from wagtail.rich_text import expand_db_html

from api.core.dataloaders import announce, load, loaders
from api.core.pagination import page_bounds
from api.courses import dataloaders as dl
from api.resources.types import ResourceType
from cms.courses import portal
from cms.courses import selectors as graph_selectors
from cms.courses.models import CourseKind as CourseKindChoices
from cms.courses.models import KnowledgeEdgeKind as KnowledgeEdgeKindChoices
from cms.courses.models import KnowledgePointKind as KnowledgePointKindChoices
from cms.courses.models import TeacherRole as TeacherRoleChoices
from cms.courses.permissions import can_edit_graph

MAX_POINT_RESOURCES = 100

CourseKind = graphene.Enum("CourseKind", [(c.name, c.value) for c in CourseKindChoices], description="Kind of course.")
TeacherRole = graphene.Enum(
    "TeacherRole", [(c.name, c.value) for c in TeacherRoleChoices], description="Role in the teacher team."
)


KnowledgePointKind = graphene.Enum(
    "KnowledgePointKind",
    [(c.name, c.value) for c in KnowledgePointKindChoices],
    description="Knowledge point (知识点) or skill point (技能点).",
)
KnowledgeEdgeKind = graphene.Enum(
    "KnowledgeEdgeKind",
    [(c.name, c.value) for c in KnowledgeEdgeKindChoices],
    description="CONTAINS: the source includes the target; PREREQUISITE: study the source before the target.",
)
CoverageGap = graphene.Enum(
    "CoverageGap",
    [
        ("NO_RESOURCE", graph_selectors.Gap.NO_RESOURCE),
        ("NO_VIDEO_OR_ANIMATION", graph_selectors.Gap.NO_VIDEO_OR_ANIMATION),
        ("NO_QUESTION", graph_selectors.Gap.NO_QUESTION),
    ],
    description="What a knowledge point still lacks.",
)


class JobPosition(graphene.ObjectType):
    """A job position a skill point prepares for (职业岗位)."""

    id = graphene.ID(required=True, description="Database id.")
    name = graphene.String(required=True, description="Name, e.g. 数控车工.")
    description = graphene.String(required=True, description="What the job involves.")


class SkillPoint(graphene.ObjectType):
    """A must-master skill point of a course (技能点)."""

    id = graphene.ID(required=True, description="Database id.")
    name = graphene.String(required=True, description="Name of the skill point.")
    description = graphene.String(required=True, description="What the learner can do once mastered.")
    course = graphene.Field(lambda: Course, required=True, description="The course it belongs to.")
    job_positions = graphene.List(
        graphene.NonNull(JobPosition), required=True, description="Job positions this skill point maps to."
    )

    @staticmethod
    def resolve_course(point, info):
        return load(info, dl.CourseByIdLoader, point.course_id)

    @staticmethod
    def resolve_job_positions(point, info):
        return load(info, dl.JobPositionsByKnowledgePointLoader, point.pk)


class CourseTeacher(graphene.ObjectType):
    """A member of a course's teacher team."""

    id = graphene.ID(required=True, description="Database id.")
    name = graphene.String(required=True, description="Name.")
    title = graphene.String(required=True, description="Professional title, e.g. 教授.")
    organisation = graphene.String(required=True, description="School or enterprise.")
    role = graphene.Field(TeacherRole, required=True, description="Lead or member.")
    bio = graphene.String(required=True, description="Short biography.")
    photo_url = graphene.String(description="Square photo, 160 px; null without one.")

    @staticmethod
    def resolve_photo_url(teacher, info):
        return load(info, dl.TeacherPhotoUrlLoader, teacher.photo_id) if teacher.photo_id else None


class OutlineItem(graphene.ObjectType):
    """One chapter of a course outline."""

    id = graphene.ID(required=True, description="Database id.")
    title = graphene.String(required=True, description="Chapter title.")
    summary = graphene.String(required=True, description="What the chapter covers.")
    hours = graphene.Int(required=True, description="Teaching hours.")


class Course(graphene.ObjectType):
    """A published course of a major."""

    id = graphene.ID(required=True, description="Page id; the SPA route is /courses/<id>.")
    slug = graphene.String(required=True, description="URL slug.")
    name = graphene.String(required=True, description="Course name.")
    kind = graphene.Field(CourseKind, required=True, description="Foundation or core course.")
    level = graphene.Field(
        "api.courses.portal_types.CourseLevel", required=True, description="Introductory, intermediate or advanced."
    )
    portal_template = graphene.Field(
        "api.courses.portal_types.PortalTemplate", required=True, description="Display template of the portal."
    )
    cover_url = graphene.String(description="Cover picture 1200×500; null without one.")
    summary = graphene.String(required=True, description="One or two sentences, plain text.")
    intro = graphene.String(required=True, description="Introduction as safe HTML.")
    hours = graphene.Int(required=True, description="Teaching hours.")
    credits = graphene.Float(required=True, description="Credits.")
    semester = graphene.Int(description="Semester it is usually taught in (1..).")
    major = graphene.Field("api.majors.types.Major", required=True, description="The major it belongs to.")
    skill_points = graphene.List(graphene.NonNull(SkillPoint), required=True, description="Must-master skill points.")
    teachers = graphene.List(graphene.NonNull(CourseTeacher), required=True, description="Teacher team.")
    outline = graphene.List(graphene.NonNull(OutlineItem), required=True, description="Course outline.")
    prerequisites = graphene.List(
        graphene.NonNull(lambda: Course), required=True, description="Courses to learn before this one."
    )
    graph = graphene.Field(
        lambda: KnowledgeGraph,
        required=True,
        description="Knowledge graph: points with resource counts and study order, and their edges. "
        "Ask for it on one course at a time (it is computed per course).",
    )
    coverage = graphene.Field(
        lambda: CourseCoverage,
        description="Coverage report for the course team and editors; null for everyone else.",
    )
    structure = graphene.Field(
        lambda: CourseStructure,
        version=graphene.Int(description="A published version number; default: latest (team: working copy)."),
        description="Modules → units → items built from the library (M5); null when the version does not exist.",
    )
    affected_items = graphene.List(
        graphene.NonNull(lambda: AffectedItem),
        description="For the team: items whose resources were withdrawn; null for everyone else.",
    )
    portal = graphene.Field(
        "api.courses.portal_types.CoursePortal",
        required=True,
        description="The live portal: template, standard and team. Ask for it on one course at a time.",
    )
    portal_draft = graphene.Field(
        "api.courses.portal_types.CoursePortalDraft",
        description="For the course team and editors: the newest change and its review; null for everyone else.",
    )
    structure_versions = graphene.List(
        graphene.NonNull(lambda: CourseStructureVersion),
        limit=graphene.Int(default_value=50, description="At most this many, newest first (1..100)."),
        offset=graphene.Int(default_value=0, description="Versions to skip."),
        description="For the course team and editors: published structure versions, newest first (the newest "
        "number is how many there are); null for everyone else. Ask for it on one course at a time.",
    )

    @staticmethod
    def resolve_name(course, info):
        return course.title

    @staticmethod
    def resolve_intro(course, info):
        return expand_db_html(course.intro)

    @staticmethod
    def resolve_major(course, info):
        return load(info, dl.MajorByPathLoader, dl.parent_path(course))

    @staticmethod
    def resolve_skill_points(course, info):
        return load(info, dl.SkillPointsByCourseLoader, course.pk)

    @staticmethod
    def resolve_teachers(course, info):
        return announce(info, "teacher_photo", load(info, dl.TeachersByCourseLoader, course.pk), attr="photo_id")

    @staticmethod
    def resolve_portal_template(course, info):
        return course.portal_template

    @staticmethod
    def resolve_cover_url(course, info):
        return load(info, dl.CoverUrlLoader, course.cover_id) if course.cover_id else None

    @staticmethod
    def resolve_portal(course, info):
        return course

    @staticmethod
    def resolve_portal_draft(course, info):
        return portal.course_portal_draft(course, info.context.user)

    @staticmethod
    def resolve_outline(course, info):
        return load(info, dl.OutlineByCourseLoader, course.pk)

    @staticmethod
    def resolve_prerequisites(course, info):
        return load(info, dl.PrerequisitesByCourseLoader, course.pk)

    @staticmethod
    def resolve_graph(course, info):
        return graph_selectors.course_graph(course, info.context.user)

    @staticmethod
    def resolve_structure(course, info, version=None):
        return _structure(course, info, version)

    @staticmethod
    def resolve_affected_items(course, info):
        return _affected(course, info)

    @staticmethod
    def resolve_structure_versions(course, info, limit=50, offset=0):
        limit, offset = page_bounds(limit, offset)
        return graph_selectors.course_version_list(course, info.context.user, limit=limit, offset=offset)

    @staticmethod
    def resolve_coverage(course, info):
        if not can_edit_graph(info.context.user, course):
            return None
        return graph_selectors.course_coverage(course)


def _team_of(info, course_id: int) -> bool:
    """Whether the viewer edits the course, asked once per course and request."""
    cache = info.context.__dict__.setdefault("_zyk_course_team", {})
    if course_id not in cache:
        course = load(info, dl.CourseByIdLoader, course_id)
        cache[course_id] = course is not None and can_edit_graph(info.context.user, course)
    return cache[course_id]


class KnowledgePoint(graphene.ObjectType):
    """A knowledge or skill point of a course (M7), with the resources tagged with it."""

    id = graphene.ID(required=True, description="Database id.")
    name = graphene.String(required=True, description="Name of the point.")
    kind = graphene.Field(KnowledgePointKind, required=True, description="Knowledge or skill point.")
    description = graphene.String(required=True, description="What it covers.")
    course = graphene.Field(lambda: Course, required=True, description="The course it belongs to.")
    job_positions = graphene.List(
        graphene.NonNull(JobPosition), required=True, description="Job positions this point maps to."
    )
    resources = graphene.List(
        graphene.NonNull("api.resources.types.Resource"),
        required=True,
        limit=graphene.Int(default_value=50, description="At most this many (capped at 100)."),
        description="Published resources tagged with this point that the viewer may open, newest first.",
    )

    questions = graphene.List(
        graphene.NonNull("api.questions.types.Question"),
        required=True,
        limit=graphene.Int(default_value=50, description="At most this many (capped at 100)."),
        description="For the course team: bank items testing this point (drafts too), last changed first; "
        "empty for everyone else.",
    )

    @staticmethod
    def resolve_course(point, info):
        return load(info, dl.CourseByIdLoader, point.course_id)

    @staticmethod
    def resolve_job_positions(point, info):
        return load(info, dl.JobPositionsByKnowledgePointLoader, point.pk)

    @staticmethod
    def resolve_questions(point, info, limit=50):
        from api.questions.dataloaders import BankItemsByPointLoader

        if not _team_of(info, point.course_id):
            return []
        return load(info, BankItemsByPointLoader, point.pk)[: max(0, min(limit, MAX_POINT_RESOURCES))]

    @staticmethod
    def resolve_resources(point, info, limit=50):
        limit = max(0, min(limit, MAX_POINT_RESOURCES))
        rows = list(graph_selectors.knowledge_point_resources(point, info.context.user)[:limit])
        return announce(info, "resource", rows)


class ResourceCount(graphene.ObjectType):
    type = graphene.Field(ResourceType, required=True, description="Resource type.")
    count = graphene.Int(required=True, description="Published resources of this type the viewer may open.")


class KnowledgeGraphNode(graphene.ObjectType):
    """A point in the course's knowledge graph, with what to study first and how much there is to study."""

    id = graphene.ID(required=True, description="The knowledge point's id.")
    point = graphene.Field(KnowledgePoint, required=True, description="The knowledge point.")
    resource_counts = graphene.List(
        graphene.NonNull(ResourceCount), required=True, description="Resources tagged with the point, by type."
    )
    resource_total = graphene.Int(required=True, description="All resources tagged with the point.")
    study_order = graphene.Int(
        required=True, description="1-based position in a study order that respects every prerequisite."
    )
    step = graphene.Int(
        required=True, description="1 when the point has no prerequisite, else 1 + the largest step among them."
    )
    x = graphene.Float(description="Where the course team placed the point (graph units); null if never arranged.")
    y = graphene.Float(description="Where the course team placed the point (graph units); null if never arranged.")

    @staticmethod
    def resolve_id(node, info):
        return node.point.pk

    @staticmethod
    def resolve_resource_counts(node, info):
        return [ResourceCount(type=t, count=n) for t, n in sorted(node.resource_counts.items())]


class KnowledgeGraphEdge(graphene.ObjectType):
    """A contains or prerequisite edge between two points of the course."""

    id = graphene.ID(required=True, description="Database id.")
    source_id = graphene.ID(required=True, description="Id of the source point.")
    target_id = graphene.ID(required=True, description="Id of the target point.")
    kind = graphene.Field(KnowledgeEdgeKind, required=True, description="Contains or prerequisite.")


class KnowledgeGraph(graphene.ObjectType):
    """The knowledge graph of a course (M7, C2); nodes come in study order."""

    nodes = graphene.List(graphene.NonNull(KnowledgeGraphNode), required=True, description="Points, in study order.")
    edges = graphene.List(graphene.NonNull(KnowledgeGraphEdge), required=True, description="Edges between them.")
    can_edit = graphene.Boolean(required=True, description="Whether the viewer may change the graph.")
    job_position_options = graphene.List(
        graphene.NonNull(JobPosition),
        required=True,
        description="Job positions a point may map to, for the graph editor; empty for viewers who may not edit.",
    )

    @staticmethod
    def resolve_nodes(graph, info):
        jobs = loaders(info).get(dl.JobPositionsByKnowledgePointLoader)
        for node in graph.nodes:
            jobs.prime(node.point.pk, node.job_positions)  # the selector read them already
        return graph.nodes

    @staticmethod
    def resolve_can_edit(graph, info):
        return can_edit_graph(info.context.user, graph.course)

    @staticmethod
    def resolve_job_position_options(graph, info):
        return graph_selectors.job_position_options(graph.course, info.context.user)


class PointCoverage(graphene.ObjectType):
    """How well one point is covered: the gaps a course team must fill."""

    point = graphene.Field(KnowledgePoint, required=True, description="The knowledge point.")
    resources = graphene.Int(required=True, description="Published resources tagged with it (any visibility).")
    videos_and_animations = graphene.Int(required=True, description="Of those, videos and animations.")
    questions = graphene.Int(required=True, description="Questions tagged with it (0 until the question bank).")
    gaps = graphene.List(graphene.NonNull(CoverageGap), required=True, description="What it still lacks.")


class CourseCoverage(graphene.ObjectType):
    """Coverage report of a course (M7): per point, and the points with each gap."""

    points = graphene.List(graphene.NonNull(PointCoverage), required=True, description="Every point, in course order.")
    points_with_gaps = graphene.Int(required=True, description="How many points have at least one gap.")

    @staticmethod
    def resolve_points(report, info):
        announce(info, "knowledge_point", [row.point for row in report])
        return report

    @staticmethod
    def resolve_points_with_gaps(report, info):
        return sum(1 for row in report if row.gaps)


class Assembly(graphene.ObjectType):
    """积件: a reusable, named combination of library resources (M5, C3)."""

    id = graphene.ID(required=True, description="Database id.")
    title = graphene.String(required=True, description="Name, e.g. 外圆车削对刀.")
    description = graphene.String(required=True, description="What it teaches.")
    resources = graphene.List(
        graphene.NonNull("api.resources.types.Resource"),
        required=True,
        description="Its published resources the viewer may open, in order (at their current approved version).",
    )
    withdrawn_count = graphene.Int(
        required=True,
        description="Resources no longer published (withdrawn or in the recycle bin): leave them out when "
        "changing the assembly.",
    )
    course_item_count = graphene.Int(
        required=True, description="Course items using it (working copies); it can be deleted only at 0."
    )
    can_edit = graphene.Boolean(required=True, description="Whether the viewer (its owner) may change or delete it.")
    created_at = graphene.DateTime(required=True, description="When it was built.")
    updated_at = graphene.DateTime(required=True, description="Last change.")

    @staticmethod
    def resolve_resources(assembly, info):
        return announce(info, "resource", load(info, dl.AssemblyContentsByIdLoader, assembly.pk).resources)

    @staticmethod
    def resolve_withdrawn_count(assembly, info):
        return load(info, dl.AssemblyContentsByIdLoader, assembly.pk).withdrawn

    @staticmethod
    def resolve_course_item_count(assembly, info):
        return load(info, dl.CourseItemCountByAssemblyLoader, assembly.pk)

    @staticmethod
    def resolve_can_edit(assembly, info):
        user = info.context.user
        return bool(user.is_authenticated and (assembly.owner_id == user.pk or user.is_superuser))


class AssemblyList(graphene.ObjectType):
    """One page of assemblies."""

    total = graphene.Int(required=True, description="Rows in all pages.")
    items = graphene.List(graphene.NonNull(Assembly), required=True, description="This page.")


class CourseStructureVersion(graphene.ObjectType):
    """A published version of a course's structure (M5, T1): what learners and running classes see."""

    number = graphene.Int(required=True, description="Version number, 1 for the first publish.")
    published_at = graphene.DateTime(required=True, description="When it was published.")
    published_by = graphene.String(description="Who published it; null when the account is gone.")
    item_count = graphene.Int(required=True, description="Items in the version (over all modules and units).")

    @staticmethod
    def resolve_published_by(version, info):
        return version.published_by.display_name if version.published_by_id else None


class CourseStructureItem(graphene.ObjectType):
    """An item of a unit: a reference to a library resource or an assembly."""

    id = graphene.ID(required=True, description="Database id (of the working copy when the version was made).")
    order = graphene.Int(required=True, description="0-based position in the unit.")
    open_for_trial = graphene.Boolean(required=True, description="Anonymous visitors may open it (试学).")
    locked = graphene.Boolean(required=True, description="True for anonymous visitors when not open for trial.")
    withdrawn = graphene.Boolean(
        required=True, description="Its resource (or one of the assembly's) is no longer published."
    )
    title = graphene.String(
        required=True,
        description="What the item is, also when locked: the assembly's title, or the resource's title when the "
        "viewer could open the resource outside the course; empty otherwise (e.g. withdrawn).",
    )
    type = graphene.Field(
        ResourceType,
        description="The resource's type when its title is given; null for assemblies and hidden resources.",
    )
    resource = graphene.Field(
        "api.resources.types.Resource", description="The resource at its current approved version, if viewable."
    )
    assembly = graphene.Field(Assembly, description="The assembly, if the item references one.")
    assembly_resources = graphene.List(
        graphene.NonNull("api.resources.types.Resource"),
        required=True,
        description="The assembly's resources the viewer may open, in order.",
    )

    @staticmethod
    def resolve_type(entry, info):
        return entry.resource_type


class CourseStructureUnit(graphene.ObjectType):
    id = graphene.ID(required=True, description="Database id.")
    title = graphene.String(required=True, description="Unit title.")
    items = graphene.List(graphene.NonNull(CourseStructureItem), required=True, description="Items, in order.")


class CourseStructureModule(graphene.ObjectType):
    id = graphene.ID(required=True, description="Database id.")
    title = graphene.String(required=True, description="Module title.")
    parent_id = graphene.ID(description="The module it is nested in, if any.")
    depth = graphene.Int(required=True, description="0 for top-level modules.")
    units = graphene.List(graphene.NonNull(CourseStructureUnit), required=True, description="Units, in order.")


class CourseStructure(graphene.ObjectType):
    """Modules → units → items of a course (M5, T1): a published version, or the team's working copy."""

    version = graphene.Int(description="Published version number; null for the working copy.")
    modules = graphene.List(
        graphene.NonNull(CourseStructureModule),
        required=True,
        description="Modules depth-first (each followed by its nested modules).",
    )

    @staticmethod
    def resolve_modules(outline, info):
        items = [i for m in outline.modules for u in m.units for i in u.items]
        announce(info, "assembly", [i.assembly for i in items if i.assembly is not None])
        announce(info, "resource", [i.resource for i in items if i.resource is not None])
        announce(info, "resource", [r for i in items for r in i.assembly_resources])
        return outline.modules


class AffectedItem(graphene.ObjectType):
    """A working-copy item whose resource was withdrawn, deleted or purged."""

    item_id = graphene.ID(required=True, description="The item.")
    unit_id = graphene.ID(required=True, description="Its unit.")
    unit_title = graphene.String(required=True, description="Its unit's title.")
    module_id = graphene.ID(required=True, description="Its module.")
    module_title = graphene.String(required=True, description="Its module's title.")
    resource_titles = graphene.List(
        graphene.NonNull(graphene.String), required=True, description="Withdrawn resources (empty when purged)."
    )


def _structure(course, info, version=None):
    return graph_selectors.course_outline(course, info.context.user, version=version)


def _affected(course, info):
    if not can_edit_graph(info.context.user, course):
        return None
    return [
        AffectedItem(
            item_id=a.item.pk,
            unit_id=a.unit.pk,
            unit_title=a.unit.title,
            module_id=a.module.pk,
            module_title=a.module.title,
            resource_titles=[r.title for r in a.resources],
        )
        for a in graph_selectors.course_affected_items(course)
    ]

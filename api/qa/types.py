"""GraphQL types of the knowledge Q&A (M7, issue 6): FAQ entries and a cited answer or an offer to post."""

import graphene

from api.core.dataloaders import announce, load
from api.courses.types import Course, KnowledgePoint
from api.qa import dataloaders as dl
from cms.qa import selectors as qa_selectors
from cms.qa.models import CourseQuestionStatus as CourseQuestionStatusChoices

CourseQuestionStatus = graphene.Enum(
    "CourseQuestionStatus",
    [(c.name, c.value) for c in CourseQuestionStatusChoices],
    description="Open until the course team answers or closes it.",
)
AnswerSourceKind = graphene.Enum(
    "AnswerSourceKind",
    [
        ("FAQ_ENTRY", "faq_entry"),
        ("KNOWLEDGE_POINT", "knowledge_point"),
        ("PREREQUISITE", "prerequisite"),
        ("RESOURCE", "resource"),
    ],
    description="What part of the course an answer cites.",
)


class FaqEntry(graphene.ObjectType):
    """One question of a course's FAQ, with its answer and the knowledge points it is about."""

    id = graphene.ID(required=True, description="Database id.")
    question = graphene.String(required=True, description="The question as the course team wrote it.")
    answer = graphene.String(required=True, description="The answer, plain text.")
    points = graphene.List(
        graphene.NonNull(KnowledgePoint), required=True, description="Knowledge points the entry is about."
    )

    @staticmethod
    def resolve_points(entry, info):
        return load(info, dl.KnowledgePointsByFaqEntryLoader, entry.pk)


class CourseFaq(graphene.ObjectType):
    """A course's FAQ for the course page: the first entries and how many there are."""

    entries = graphene.List(graphene.NonNull(FaqEntry), required=True, description="Entries in course order.")
    total = graphene.Int(required=True, description="All entries of the course.")

    @staticmethod
    def resolve_entries(faq, info):
        return announce(info, "faq_entry", faq.entries)


class AnswerResource(graphene.ObjectType):
    """A resource recommended with an answer, and the point it was chosen for."""

    point_id = graphene.ID(required=True, description="The knowledge point (or prerequisite) it was chosen for.")
    resource = graphene.Field(
        "api.resources.types.Resource", required=True, description="A published resource the viewer may open."
    )


class AnswerSource(graphene.ObjectType):
    """What one part of an answer cites, and why."""

    kind = graphene.Field(AnswerSourceKind, required=True, description="FAQ entry, point, prerequisite or resource.")
    id = graphene.ID(required=True, description="Id of the cited entry, point or resource.")
    title = graphene.String(required=True, description="Its question, name or title.")
    reason = graphene.String(required=True, description="What it is cited for, e.g. the point a resource serves.")


class CourseAnswer(graphene.ObjectType):
    """The course's answer to a learner's question: an FAQ entry expanded through the knowledge graph, each part
    cited — or, when the FAQ does not cover the question, a decline with an offer to post it."""

    answered = graphene.Boolean(required=True, description="False: the FAQ has no good answer; see suggestion.")
    confidence = graphene.Float(
        required=True, description="Share (0..1) of the question's weighted words the best FAQ entry covers."
    )
    entry = graphene.Field(FaqEntry, description="The FAQ entry that answers; null when declined.")
    points = graphene.List(graphene.NonNull(KnowledgePoint), required=True, description="The entry's knowledge points.")
    prerequisites = graphene.List(
        graphene.NonNull(KnowledgePoint), required=True, description="Points to study before them."
    )
    resources = graphene.List(
        graphene.NonNull(AnswerResource),
        required=True,
        description="The most viewed resources the viewer may open, per point and prerequisite.",
    )
    sources = graphene.List(graphene.NonNull(AnswerSource), required=True, description="Everything the answer cites.")
    suggestion = graphene.String(required=True, description="What to do when declined; empty when answered.")
    can_post = graphene.Boolean(required=True, description="Whether the viewer may post the question (logged in).")

    @staticmethod
    def resolve_confidence(answer, info):
        return round(answer.coverage, 3)

    @staticmethod
    def resolve_entry(answer, info):
        if answer.entry is not None:
            announce(info, "faq_entry", [answer.entry])
        return answer.entry

    @staticmethod
    def resolve_resources(answer, info):
        rows = [
            AnswerResource(point_id=group.point.pk, resource=r) for group in answer.resources for r in group.resources
        ]
        announce(info, "resource", [row.resource for row in rows])
        return rows

    @staticmethod
    def resolve_sources(answer, info):
        return [AnswerSource(kind=s.kind, id=s.id, title=s.title, reason=s.cited_for) for s in answer.sources]


class CourseQuestion(graphene.ObjectType):
    """A question a learner posted to the course Q&A."""

    id = graphene.ID(required=True, description="Database id.")
    text = graphene.String(required=True, description="The question.")
    status = graphene.Field(CourseQuestionStatus, required=True, description="Open, answered or closed.")
    created_at = graphene.DateTime(required=True, description="When it was posted.")

    @staticmethod
    def resolve_status(question, info):
        return str(question.status)  # a fresh row holds the TextChoices member, a fetched one the plain value


def _resolve_course_faq(course, info, limit=50, offset=0):
    return qa_selectors.course_faq(course, limit=limit, offset=offset)


# ``Course.faq`` is declared here, with the rest of the Q&A, so api.courses needs no Q&A import: graphene reads a
# type's fields when the schema is built (api.schema, after every domain's types are imported).
Course._meta.fields["faq"] = graphene.Field(
    graphene.NonNull(CourseFaq),
    limit=graphene.Int(default_value=50, description="At most this many entries (capped at 100)."),
    offset=graphene.Int(default_value=0, description="Entries to skip."),
    description="The course FAQ (knowledge Q&A, M7), in course order.",
    resolver=_resolve_course_faq,
)

"""GraphQL types of the knowledge Q&A (M7, issue 6): FAQ entries and a cited answer or an offer to post."""

import graphene

from api.core.dataloaders import announce, load
from api.courses.types import Course, KnowledgePoint
from api.qa import dataloaders as dl
from cms.qa import selectors as qa_selectors
from cms.qa.models import CourseQuestionStatus as CourseQuestionStatusChoices
from cms.qa.models import DismissReason as DismissReasonChoices

CourseQuestionStatus = graphene.Enum(
    "CourseQuestionStatus",
    [(c.name, c.value) for c in CourseQuestionStatusChoices],
    description="Open until the course team answers or closes it.",
)
DismissReason = graphene.Enum(
    "CourseQuestionDismissReason",
    [(c.name, c.value) for c in DismissReasonChoices],
    description="Why the course team closed a question without answering it.",
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
    """A question a learner posted to the course Q&A, and what the course team did with it."""

    id = graphene.ID(required=True, description="Database id.")
    text = graphene.String(required=True, description="The question.")
    status = graphene.Field(CourseQuestionStatus, required=True, description="Open, answered or closed.")
    created_at = graphene.DateTime(required=True, description="When it was posted.")
    asked_by = graphene.String(
        description="The asker's name, for the course team and the asker; nothing else of the account is shown."
    )
    answer = graphene.String(required=True, description="The course team's answer, plain text; empty until answered.")
    answered_by = graphene.String(description="Name of who answered; null until answered.")
    answered_at = graphene.DateTime(description="When it was answered; null until answered.")
    faq_entry_id = graphene.ID(description="The FAQ entry made from the answer, when it was added to the FAQ.")
    dismiss_reason = graphene.Field(DismissReason, description="Why it was dismissed; null unless closed.")
    dismiss_note = graphene.String(required=True, description="The team's note on dismissing; may be empty.")
    dismissed_at = graphene.DateTime(description="When it was dismissed; null unless closed.")

    @staticmethod
    def resolve_status(question, info):
        return str(question.status)  # a fresh row holds the TextChoices member, a fetched one the plain value

    @staticmethod
    def resolve_asked_by(question, info):
        # Rows reach the API through the team's list, the team's answer/dismiss, or the asker's own list and post;
        # the team's paths mark the row (``team_view``): no per-row permission query.
        viewer = info.context.user
        if getattr(question, "team_view", False) or (viewer.is_authenticated and question.user_id == viewer.pk):
            return question.user.display_name
        return None

    @staticmethod
    def resolve_answered_by(question, info):
        return question.answered_by.display_name if question.answered_by_id else None

    @staticmethod
    def resolve_dismiss_reason(question, info):
        return str(question.dismiss_reason) if question.dismiss_reason else None


class CourseQuestionPage(graphene.ObjectType):
    """A page of posted questions, newest first, and how many there are."""

    questions = graphene.List(graphene.NonNull(CourseQuestion), required=True, description="Newest first.")
    total = graphene.Int(required=True, description="All questions of the list.")


def _resolve_course_faq(course, info, limit=50, offset=0):
    return qa_selectors.course_faq(course, limit=limit, offset=offset)


def _team_view(page):
    for question in page.questions:
        question.team_view = True
    return page


def _resolve_open_questions(course, info, limit=20, offset=0):
    page = qa_selectors.course_open_questions(course, info.context.user, limit=limit, offset=offset)
    return _team_view(page) if page is not None else None


def _resolve_my_questions(course, info, limit=20, offset=0):
    return qa_selectors.my_course_questions(course, info.context.user, limit=limit, offset=offset)


# ``Course.faq`` is declared here, with the rest of the Q&A, so api.courses needs no Q&A import: graphene reads a
# type's fields when the schema is built (api.schema, after every domain's types are imported).
Course._meta.fields["faq"] = graphene.Field(
    graphene.NonNull(CourseFaq),
    limit=graphene.Int(default_value=50, description="At most this many entries (capped at 100)."),
    offset=graphene.Int(default_value=0, description="Entries to skip."),
    description="The course FAQ (knowledge Q&A, M7), in course order.",
    resolver=_resolve_course_faq,
)
Course._meta.fields["open_questions"] = graphene.Field(
    CourseQuestionPage,
    limit=graphene.Int(default_value=20, description="At most this many questions (capped at 50)."),
    offset=graphene.Int(default_value=0, description="Questions to skip."),
    description="For the course team and editors: questions learners posted that wait for an answer, newest "
    "first; null for everyone else. Ask by POST: it names the askers.",
    resolver=_resolve_open_questions,
)
Course._meta.fields["my_questions"] = graphene.Field(
    CourseQuestionPage,
    limit=graphene.Int(default_value=20, description="At most this many questions (capped at 50)."),
    offset=graphene.Int(default_value=0, description="Questions to skip."),
    description="The questions the viewer posted to the course, newest first, with status and answers; null when "
    "logged out. Ask by POST: it is personal.",
    resolver=_resolve_my_questions,
)

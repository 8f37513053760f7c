"""The course team answers a posted question, optionally adding it to the course FAQ (M7, issue 6)."""

import graphene
from django.utils.translation import gettext as _

from api.accounts.mutations.login import require_login
from api.core.mutations import DomainMutation
from api.qa.common import posted_question_for
from api.qa.types import CourseQuestion, FaqEntry
from cms.core.errors import DomainError, ErrorCode
from cms.courses.models import KnowledgePoint
from cms.qa import services


def points_for(raw_ids, *, course_id: int) -> list[KnowledgePoint]:
    """The knowledge points of ``course_id`` named by ``raw_ids``; an unknown id or another course's point is
    refused by name (or id), so nothing is linked silently wrong."""
    if len(raw_ids) > services.MAX_POINTS:
        raise DomainError(
            _("Choose at most %(limit)d knowledge points.") % {"limit": services.MAX_POINTS},
            code=ErrorCode.LIMIT_EXCEEDED,
            field="point_ids",
        )
    try:
        ids = list(dict.fromkeys(int(raw) for raw in raw_ids))
    except (TypeError, ValueError) as error:
        raise DomainError(_("Invalid id."), code=ErrorCode.INVALID_INPUT, field="point_ids") from error
    found = {p.pk: p for p in KnowledgePoint.objects.filter(pk__in=ids)}
    missing = [str(i) for i in ids if i not in found]
    if missing:
        raise DomainError(
            _("Nothing was found with this id: %(ids)s") % {"ids": ", ".join(missing)},
            code=ErrorCode.NOT_FOUND,
            field="point_ids",
        )
    foreign = [found[i].name for i in ids if found[i].course_id != course_id]
    if foreign:
        raise DomainError(_("Not points of this course: %(names)s") % {"names": "、".join(foreign)}, field="point_ids")
    return [found[i] for i in ids]


class CourseQuestionAnswer(DomainMutation):
    """Answer a question posted to the course (or correct the answer): stored with who and when, shown to the
    asker under 我的提问 and emailed to them when their account has an email. With addToFaq it also becomes an
    FAQ entry about the given knowledge points, so the same question is answered from the FAQ next time.
    For the course team and editors."""

    class Arguments:
        question_id = graphene.ID(required=True, description="The posted question.")
        answer = graphene.String(
            required=True, description=f"The answer, plain text (at most {services.MAX_ANSWER_CHARS} characters)."
        )
        add_to_faq = graphene.Boolean(
            default_value=False, description="Also add the question and answer to the course FAQ."
        )
        point_ids = graphene.List(
            graphene.NonNull(graphene.ID),
            default_value=(),
            description=f"With addToFaq: the FAQ entry's knowledge points, of this course (at most "
            f"{services.MAX_POINTS}).",
        )

    question = graphene.Field(CourseQuestion, description="The answered question.")
    faq_entry = graphene.Field(FaqEntry, description="The FAQ entry made or updated from it, if any.")

    @classmethod
    def perform(cls, root, info, question_id, answer, add_to_faq=False, point_ids=()):
        user = require_login(info)
        question = posted_question_for(info, question_id)
        points = points_for(list(point_ids or ()), course_id=question.course_id)
        answered = services.course_question_answer(
            user=user, question=question, answer=answer, add_to_faq=add_to_faq, knowledge_points=points
        )
        answered.team_view = True
        return {"question": answered, "faq_entry": answered.faq_entry}

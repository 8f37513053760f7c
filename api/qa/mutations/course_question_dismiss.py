"""The course team closes a posted question without answering it, with a reason (M7, issue 6)."""

import graphene

from api.accounts.mutations.login import require_login
from api.core.mutations import DomainMutation
from api.qa.common import posted_question_for
from api.qa.types import CourseQuestion, DismissReason
from cms.qa import services


class CourseQuestionDismiss(DomainMutation):
    """Dismiss a posted question: a duplicate, not about the course, or another reason given in the note. The
    asker sees the reason under 我的提问. An answered question is not dismissed. For the course team and editors."""

    class Arguments:
        question_id = graphene.ID(required=True, description="The posted question.")
        reason = DismissReason(required=True, description="Why it is dismissed.")
        note = graphene.String(
            default_value="",
            description=f"A note for the asker (at most {services.DISMISS_NOTE_CHARS} characters); required "
            "with OTHER.",
        )

    question = graphene.Field(CourseQuestion, description="The dismissed question.")

    @classmethod
    def perform(cls, root, info, question_id, reason, note=""):
        user = require_login(info)
        question = posted_question_for(info, question_id)
        reason = getattr(reason, "value", reason)
        dismissed = services.course_question_dismiss(user=user, question=question, reason=reason, note=note or "")
        dismissed.team_view = True
        return {"question": dismissed}

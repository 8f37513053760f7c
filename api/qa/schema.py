"""Queries and mutations of the knowledge Q&A (M7, issue 6)."""

import graphene

from api.qa.common import course_for, question_text
from api.qa.mutations.course_question_answer import CourseQuestionAnswer
from api.qa.mutations.course_question_dismiss import CourseQuestionDismiss
from api.qa.mutations.course_question_post import CourseQuestionPost
from api.qa.types import CourseAnswer
from cms.qa import services

MAX_QUESTION_CHARS = 300  # a question, not an essay: also bounds the retrieval work per request


class QaQueries(graphene.ObjectType):
    course_answer = graphene.Field(
        graphene.NonNull(CourseAnswer),
        course_id=graphene.ID(required=True, description="Course page id."),
        question=graphene.String(required=True, description=f"The question (at most {MAX_QUESTION_CHARS} characters)."),
        description="Answer a question from the course FAQ, with the points, prerequisites and resources it "
        "leads to, each cited; or decline and offer to post it. Anonymous viewers get public resources only.",
    )

    @staticmethod
    def resolve_course_answer(root, info, course_id, question):
        course = course_for(info, course_id)
        question = question_text(question, limit=MAX_QUESTION_CHARS, field="question")
        return services.faq_answer(course=course, question=question, user=info.context.user)


class QaMutations(graphene.ObjectType):
    course_question_post = CourseQuestionPost.Field(description="Post a question to the course Q&A.")
    course_question_answer = CourseQuestionAnswer.Field(
        description="Answer a posted question, optionally adding it to the course FAQ (course team and editors)."
    )
    course_question_dismiss = CourseQuestionDismiss.Field(
        description="Dismiss a posted question with a reason (course team and editors)."
    )

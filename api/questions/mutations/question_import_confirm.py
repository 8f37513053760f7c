"""questionImportConfirm (C4, M5): import every item of a previewed file as drafts — or nothing."""

import graphene

from api.core.mutations import DomainMutation
from api.questions.mutations.question_import_preview import import_for
from cms.questions import imports


class QuestionImportConfirm(DomainMutation):
    """Read the uploaded file again and create all its items as drafts of the course's bank in one
    transaction; while the file has any error nothing is imported and the errors say why."""

    class Arguments:
        import_id = graphene.ID(required=True, description="The previewed upload.")

    imported_count = graphene.Int(required=True, description="Items created (0 when refused).")
    question_ids = graphene.List(graphene.NonNull(graphene.ID), required=True, description="The new items.")

    @classmethod
    def perform(cls, root, info, import_id):
        user, record = import_for(info, import_id)
        questions = imports.question_import_confirm(user=user, question_import=record)
        return {"imported_count": len(questions), "question_ids": [q.pk for q in questions]}

    @classmethod
    def error_fields(cls, error):
        return {"imported_count": 0, "question_ids": []}

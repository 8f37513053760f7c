"""questionImportConfirm (C4, M5, issue 7): start importing every item of a previewed file as drafts — or nothing."""

import graphene

from api.core.mutations import DomainMutation
from api.questions.import_types import QuestionImportRecord
from api.questions.mutations.question_import_preview import import_for
from cms.questions import imports


class QuestionImportConfirm(DomainMutation):
    """Start the import of a previewed file: refused at once when it is imported, not previewed, being imported
    or expired; otherwise it becomes IMPORTING and the worker reads the file again and creates all its items as
    drafts in one transaction, or none while the file has any error (FAILED with the errors). Poll
    ``questionImport(id)`` for the outcome."""

    class Arguments:
        import_id = graphene.ID(required=True, description="The previewed upload.")

    question_import = graphene.Field(QuestionImportRecord, description="The import, IMPORTING once accepted.")

    @classmethod
    def perform(cls, root, info, import_id):
        user, record = import_for(info, import_id)
        return {"question_import": imports.question_import_confirm(user=user, question_import=record)}

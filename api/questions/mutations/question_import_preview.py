"""questionImportPreview (C4, M5): read an uploaded file and show every item and error before importing."""

import graphene
from django.utils.translation import gettext as _

from api.accounts.mutations.login import require_login
from api.core.mutations import DomainMutation
from api.questions.import_types import QuestionImportFormat, QuestionImportPreview, preview_payload
from cms.core.errors import DomainError, ErrorCode
from cms.questions import imports


def import_for(info, raw_id):
    """An upload into a bank the signed-in person edits; anything else is simply not found."""
    user = require_login(info)
    try:
        pk = int(raw_id)
    except (TypeError, ValueError) as error:
        raise DomainError(_("Invalid id."), code=ErrorCode.INVALID_INPUT, field="import_id") from error
    record = imports.question_import_get(user, pk)
    if record is None:
        raise DomainError(_("Nothing was found with this id."), code=ErrorCode.NOT_FOUND, field="import_id")
    return user, record


class QuestionImportPreviewMutation(DomainMutation):
    """Parse a file uploaded to ``/questions/courses/<id>/import``: each item as it will be stored, each error
    and warning with its location (row, paragraph, question number). Nothing is stored in the bank."""

    class Meta:
        name = "QuestionImportPreviewPayload"

    class Arguments:
        import_id = graphene.ID(required=True, description="The id the upload answered.")
        format = QuestionImportFormat(description="Read it as this format; detected from name and content if unset.")

    preview = graphene.Field(QuestionImportPreview, description="What the file holds.")

    @classmethod
    def perform(cls, root, info, import_id, format=None):
        user, record = import_for(info, import_id)
        kind = getattr(format, "value", format)
        preview = imports.question_import_preview(user=user, question_import=record, kind=kind)
        return {"preview": preview_payload(preview)}

"""Shared rules of the course structure (M5, T1, C3): which library resources a course may reference.

Used by the structure services (writes) and selectors (reads) alike, so the rule is declared once.
"""

from django.db.models import BooleanField, ExpressionWrapper, Q
from django.utils.translation import gettext as _

from cms.core.errors import DomainError, ErrorCode


def usable_q() -> Q:
    """Resources a course can show at all: approved and not in the recycle bin (not withdrawn)."""
    return Q(live=True, deleted_at__isnull=True)


def viewer_may_open(user) -> ExpressionWrapper:
    """An annotation: whether ``user`` may open the resource (its visibility, for learners and visitors)."""
    from cms.resources.permissions import published_q

    return ExpressionWrapper(published_q(user), output_field=BooleanField())


def reference_check(*, user, resource, field: str = "resource_id") -> None:
    """Refuse referencing ``resource`` from a course or assembly built by ``user``, with a clear message.

    A reference must point at an approved resource that is not in the recycle bin, and an "own school"
    resource only from inside that school: a course must not expose another school's private resource.
    """
    from cms.resources.models import Visibility
    from cms.resources.permissions import user_school_ids

    if resource.deleted_at is not None:
        raise DomainError(
            _("“%(title)s” is in the recycle bin and cannot be used in a course.") % {"title": resource.title},
            code=ErrorCode.CONFLICT,
            field=field,
        )
    if not resource.live:
        raise DomainError(
            _("“%(title)s” is not published (withdrawn or not yet approved) and cannot be used in a course.")
            % {"title": resource.title},
            code=ErrorCode.CONFLICT,
            field=field,
        )
    if resource.visibility == Visibility.ORGANISATION and resource.school_id not in user_school_ids(user):
        raise DomainError(
            _("This resource is private to another school and cannot be used in your courses."),
            code=ErrorCode.PERMISSION_DENIED,
            field=field,
        )

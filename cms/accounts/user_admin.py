"""The system administrator's user management, and audited views of unmasked personal data (O2, S).

Lists show masked phone numbers and names. Unmasking one person's data is a separate, audited act,
allowed to the administrator of an organisation that person belongs to (``Action.PERSONAL_DATA_VIEW``).
Roles are not edited here: that is the security administrator's duty (``organisation_admin.role_assign``).
"""

from dataclasses import dataclass

from django.db.models import Q, QuerySet
from django.utils.translation import gettext as _

from cms.accounts import sessions
from cms.accounts.backends import login_failures_reset
from cms.accounts.models import EndReason, Organisation, User
from cms.accounts.permissions import Action, can, require
from cms.audit.services import audit_record
from cms.core.crypto import lookup_digest
from cms.core.errors import DomainError, ErrorCode


def users_search(*, request, search: str = "") -> QuerySet[User]:
    """Accounts for the system administrator; a full phone number or real name matches through its digest."""
    from django.db.models import Exists, OuterRef
    from django_otp.plugins.otp_totp.models import TOTPDevice

    require(request, Action.USER_MANAGE)
    enrolled = TOTPDevice.objects.filter(user=OuterRef("pk"), confirmed=True)
    rows = User.objects.annotate(two_factor_enrolled=Exists(enrolled))
    search = (search or "").strip()
    if search:
        match = Q(username__icontains=search) | Q(email__icontains=search)
        match |= Q(phone_digest=lookup_digest(search, purpose="phone"))
        match |= Q(real_name_digest=lookup_digest(search, purpose="real_name"))
        rows = rows.filter(match)
    return rows.order_by("-date_joined", "-id")


def _target(user_id) -> User:
    user = User.objects.filter(pk=user_id).first() if str(user_id).isdigit() else None
    if user is None:
        raise DomainError(_("No such user."), code=ErrorCode.NOT_FOUND)
    return user


def user_set_active(*, request, user_id, active: bool) -> User:
    require(request, Action.USER_MANAGE)
    user = _target(user_id)
    if user.pk == request.user.pk and not active:
        raise DomainError(_("You cannot disable your own account."), code=ErrorCode.CONFLICT)
    user.is_active = active
    user.save(update_fields=["is_active"])
    if not active:
        sessions.sessions_end_all(user, reason=EndReason.ACCOUNT_DISABLED, request=request)
    audit_record(action="user.enable" if active else "user.disable", request=request, obj=user)
    return user


def user_unlock(*, request, user_id) -> User:
    require(request, Action.USER_MANAGE)
    user = _target(user_id)
    login_failures_reset(user)
    audit_record(action="user.unlock", request=request, obj=user)
    return user


@dataclass(frozen=True)
class PersonalData:
    user: User
    phone: str
    real_name: str
    id_number_last4: str


def personal_data_view(*, request, user_id) -> PersonalData:
    """Unmasked phone and real name of one person, for the administrator of one of their organisations."""
    user = _target(user_id)
    organisations = Organisation.objects.filter(role_assignments__user=user).distinct()
    allowed = next((o for o in organisations if can(request.user, Action.PERSONAL_DATA_VIEW, o)), None)
    require(request, Action.PERSONAL_DATA_VIEW, allowed or (organisations.first() if organisations else None))
    audit_record(action="personal_data.view", request=request, obj=user, detail={"fields": ["phone", "real_name"]})
    return PersonalData(user=user, phone=user.phone, real_name=user.real_name, id_number_last4=user.id_number_last4)

"""Reads for organisation administration and real-name registration (O1, O2, S).

Every function takes the requesting user and returns only what that user may see: the organisations of
their subtrees (all of them for a platform administrator). Names of people are masked unless the user may
view personal data in that organisation. The query count of each function does not grow with the number
of rows (house rule 4).
"""

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime

from django.conf import settings
from django.db.models import CharField, Exists, ExpressionWrapper, F, OuterRef, Q, QuerySet
from django.db.models.functions import Upper
from django.utils import timezone
from django.utils.translation import gettext as _

from cms.accounts.models import (
    ClaimStatus,
    ConstructionTask,
    Organisation,
    OrganisationKind,
    RealNameClaim,
    RosterEntry,
)
from cms.accounts.permissions import Action, administered_organisations, can, permission_codename, subtree_q
from cms.accounts.realname import name_key
from cms.core.crypto import lookup_digest
from cms.core.errors import DomainError, ErrorCode
from cms.core.masking import mask_name


def _platform_wide(user) -> bool:
    """Platform administrators who act on any organisation (organisations, roles) see all of them."""
    return can(user, Action.ORGANISATION_MANAGE) or can(user, Action.ROLE_ASSIGN)


def _two_factor_required(user) -> None:
    """Personal data goes to administrators only after two-factor login, as their actions do."""
    if not (hasattr(user, "is_verified") and user.is_verified()):
        raise DomainError(
            _("Administrators must confirm their two-factor code before doing this."),
            code=ErrorCode.TWO_FACTOR_REQUIRED,
        )


def organisations_administered(user) -> QuerySet[Organisation]:
    """Every organisation ``user`` administers: their subtrees, in tree order; all for platform administrators."""
    if user is None or not user.is_authenticated:
        return Organisation.objects.none()
    organisations = Organisation.objects.all()
    if not _platform_wide(user):
        organisations = organisations.filter(Exists(_subtree_roots(user)))
    return organisations.order_by("path")


def _subtree_roots(user) -> QuerySet[Organisation]:
    """Roots (``permissions.administered_organisations``) above the outer organisation: one query, not two."""
    outer_path = ExpressionWrapper(OuterRef("path"), output_field=CharField())
    roots = administered_organisations(user).annotate(outer_path=outer_path)
    return roots.filter(outer_path__startswith=F("path"))


def organisations_for_real_name() -> QuerySet[Organisation]:
    """Schools and enterprises of the library, where learners and teachers verify their real name (public)."""
    return Organisation.objects.filter(kind__in=[OrganisationKind.SCHOOL, OrganisationKind.ENTERPRISE]).annotate(
        has_roster=Exists(RosterEntry.objects.filter(organisation=OuterRef("pk")))
    )


# ---- construction board -----------------------------------------------------------------------------


@dataclass
class BoardRow:
    """One organisation on the construction board with its tasks and their totals."""

    organisation: Organisation
    tasks: list[ConstructionTask] = field(default_factory=list)
    target_total: int = 0
    done_total: int = 0
    progress: float = 0.0  # 0..1; work beyond one task's target does not make up for another task
    overdue_count: int = 0


def task_overdue(task: ConstructionTask, today: date) -> bool:
    return task.due_date < today and task.done_count < task.target_count


def construction_board(user) -> list[BoardRow]:
    """Progress of every organisation in the user's subtrees (all for platform administrators), in tree order."""
    organisations = list(organisations_administered(user))
    tasks = defaultdict(list)
    for task in ConstructionTask.objects.filter(organisation__in=organisations_administered(user).values("pk")):
        tasks[task.organisation_id].append(task)
    today = timezone.localdate()
    rows = []
    for organisation in organisations:
        own = tasks.get(organisation.pk, [])
        target = sum(t.target_count for t in own)
        capped = sum(min(t.done_count, t.target_count) for t in own)
        rows.append(
            BoardRow(
                organisation=organisation,
                tasks=own,
                target_total=target,
                done_total=sum(t.done_count for t in own),
                progress=capped / target if target else 0.0,
                overdue_count=sum(task_overdue(t, today) for t in own),
            )
        )
    return rows


# ---- rosters ----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class RosterEntryRow:
    id: int
    organisation_id: int
    number: str
    name: str  # masked unless the viewer may view personal data here
    kind: str
    department: str
    class_name: str
    claimed: bool
    claimed_at: datetime | None


@dataclass(frozen=True)
class RosterPage:
    total: int
    page: int
    page_size: int
    items: list[RosterEntryRow]


def roster_entries(user, organisation: Organisation, *, search: str = "", page: int = 1, page_size: int = 20):
    """One page of an organisation's roster, by number; ``search`` is a number fragment or a full name."""
    if not (can(user, Action.ROSTER_IMPORT, organisation) or can(user, Action.REALNAME_DECIDE, organisation)):
        raise DomainError(_("You do not have permission to do this."), code=ErrorCode.PERMISSION_DENIED)
    _two_factor_required(user)
    cap = settings.GRAPHQL_LIST_LIMIT_MAX
    if not 1 <= page_size <= cap:
        message = _("The page size must be between 1 and %(cap)d.") % {"cap": cap}
        raise DomainError(message, code=ErrorCode.INVALID_INPUT, field="page_size")
    if page < 1:
        raise DomainError(_("Pages are numbered from 1."), code=ErrorCode.INVALID_INPUT, field="page")
    entries = RosterEntry.objects.filter(organisation=organisation)
    search = (search or "").strip()
    if search:
        # Names are encrypted: a full name matches through its digest, numbers by fragment.
        entries = entries.annotate(number_key=Upper("number")).filter(_number_or_name_q(search))
    total = entries.count()
    start = (page - 1) * page_size
    unmasked = can(user, Action.PERSONAL_DATA_VIEW, organisation)
    items = [
        RosterEntryRow(
            id=entry.pk,
            organisation_id=entry.organisation_id,
            number=entry.number,
            name=entry.name if unmasked else mask_name(entry.name),
            kind=entry.kind,
            department=entry.department,
            class_name=entry.class_name,
            claimed=entry.claimed_by_id is not None,
            claimed_at=entry.claimed_at,
        )
        for entry in entries.order_by("number", "id")[start : start + page_size]
    ]
    if unmasked and items:
        _personal_data_viewed(user, organisation, "roster_entries", [item.id for item in items])
    return RosterPage(total=total, page=page, page_size=page_size, items=items)


def _personal_data_viewed(user, organisation: Organisation, what: str, ids: list[int]) -> None:
    """Every view of unmasked names is audited (S): one event per page shown, with the rows' ids."""
    from cms.audit.services import audit_record

    audit_record(
        action="personal_data.view",
        actor=user,
        obj=organisation,
        detail={"list": what, "ids": ids, "fields": ["name"]},
    )


def _number_or_name_q(search: str) -> Q:
    digests = {lookup_digest(search, purpose="real_name"), lookup_digest(name_key(search), purpose="real_name")}
    return Q(number_key__contains=search.upper()) | Q(name_digest__in=digests)


# ---- real-name claims -------------------------------------------------------------------------------


@dataclass(frozen=True)
class ClaimView:
    """A claim as its decider sees it: who claims which row, and who holds the row now."""

    id: int
    status: str
    created_at: datetime
    decided_at: datetime | None
    decision_note: str
    organisation: Organisation
    number: str
    entry_name: str
    kind: str
    claimant_id: int
    claimant_username: str
    claimant_name: str
    holder_id: int | None
    holder_username: str
    holder_name: str


def _claim_view(claim: RealNameClaim, *, unmasked: bool) -> ClaimView:
    entry = claim.entry
    holder = entry.claimed_by

    def shown(name: str) -> str:
        return name if unmasked else mask_name(name)

    return ClaimView(
        id=claim.pk,
        status=str(claim.status),
        created_at=claim.created_at,
        decided_at=claim.decided_at,
        decision_note=claim.decision_note,
        organisation=entry.organisation,
        number=entry.number,
        entry_name=shown(entry.name),
        kind=str(entry.kind),
        claimant_id=claim.user_id,
        claimant_username=claim.user.username,
        claimant_name=shown(claim.user.real_name),
        holder_id=holder.pk if holder else None,
        holder_username=holder.username if holder else "",
        holder_name=shown(holder.real_name) if holder else "",
    )


def _claims_readable_by(user) -> QuerySet[RealNameClaim]:
    claims = RealNameClaim.objects.select_related("user", "entry__organisation", "entry__claimed_by")
    if user is None or not user.is_authenticated or not user.is_active:
        return claims.none()
    if user.is_superuser:
        return claims
    if not user.has_perm(f"accounts.{permission_codename(Action.REALNAME_DECIDE)}"):
        return claims.none()
    return claims.filter(subtree_q(user, "entry__organisation__"))


def realname_claims_pending(user) -> list[ClaimView]:
    """Claims waiting for ``user``'s decision, oldest first; names masked where they may not see them."""
    claims = list(_claims_readable_by(user).filter(status=ClaimStatus.PENDING).order_by("created_at", "id"))
    if not claims:
        return []
    _two_factor_required(user)
    unmasked: dict[int, bool] = {}
    views = []
    for claim in claims:
        organisation = claim.entry.organisation
        if organisation.pk not in unmasked:
            unmasked[organisation.pk] = can(user, Action.PERSONAL_DATA_VIEW, organisation)
        views.append(_claim_view(claim, unmasked=unmasked[organisation.pk]))
    shown: dict[int, list[int]] = {}
    for claim in claims:
        if unmasked[claim.entry.organisation.pk]:
            shown.setdefault(claim.entry.organisation.pk, []).append(claim.pk)
    for claim in claims:
        ids = shown.pop(claim.entry.organisation.pk, None)
        if ids:
            _personal_data_viewed(user, claim.entry.organisation, "real_name_claims", ids)
    return views


def realname_claim_view(user, claim: RealNameClaim) -> ClaimView:
    """One claim as ``user`` sees it (the claimant sees their own; deciders the ones they may decide)."""
    claim = RealNameClaim.objects.select_related("user", "entry__organisation", "entry__claimed_by").get(pk=claim.pk)
    if claim.user_id == getattr(user, "pk", None):
        # The claimant learns nothing about whoever holds the row.
        view = _claim_view(claim, unmasked=False)
        hidden = {"holder_id": None, "holder_username": "", "holder_name": "", "claimant_name": claim.user.real_name}
        return ClaimView(**{**view.__dict__, **hidden})
    if not can(user, Action.REALNAME_DECIDE, claim.entry.organisation):
        raise DomainError(_("You do not have permission to do this."), code=ErrorCode.PERMISSION_DENIED)
    unmasked = can(user, Action.PERSONAL_DATA_VIEW, claim.entry.organisation)
    if unmasked:
        _personal_data_viewed(user, claim.entry.organisation, "real_name_claims", [claim.pk])
    return _claim_view(claim, unmasked=unmasked)


@dataclass(frozen=True)
class MemberRow:
    assignment_id: int
    user_id: int
    username: str
    name: str  # masked unless the reader may view personal data here
    phone: str  # always masked; unmasking is the audited personalDataView
    role: str
    role_label: str
    real_name_verified: bool


def organisation_members(user, organisation: Organisation, *, search: str = "", limit: int, offset: int):
    """Who holds which role in ``organisation`` (roles page, O2): for its administrators and the security
    administrator. Two queries whatever the number of members."""
    from cms.accounts.models import RealNameStatus, RoleAssignment
    from cms.core.masking import mask_phone

    if not (can(user, Action.ROLE_ASSIGN, organisation) or can(user, Action.PERSONAL_DATA_VIEW, organisation)):
        raise DomainError(_("You do not have permission to do this."), code=ErrorCode.PERMISSION_DENIED)
    _two_factor_required(user)
    rows = RoleAssignment.objects.filter(organisation=organisation).select_related("user").order_by("role", "id")
    search = (search or "").strip()
    if search:
        rows = rows.filter(
            Q(user__username__icontains=search)
            | Q(user__phone_digest=lookup_digest(search, purpose="phone"))
            | Q(user__real_name_digest=lookup_digest(search, purpose="real_name"))
        )
    total = rows.count()
    items = [
        MemberRow(
            assignment_id=row.pk,
            user_id=row.user_id,
            username=row.user.username,
            name=mask_name(row.user.real_name),
            phone=mask_phone(row.user.phone),
            role=row.role,
            role_label=str(row.get_role_display()),
            real_name_verified=row.user.real_name_status == RealNameStatus.VERIFIED,
        )
        for row in rows[offset : offset + limit]
    ]
    return total, items

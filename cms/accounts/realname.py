"""Real-name registration against school rosters (O2 实名制, S).

A school administrator imports the roster (an Excel file, read by ``rosters_file``). A learner or teacher
then claims a row with their real name and student or staff number: a match verifies them at once and
gives them their school role; a row that someone else already holds becomes a claim the school
administrator decides, because either person may be the impostor.

Names never reach the audit log: events carry counts, ids and reasons only. Failed claims are counted
from the audit log itself (at most ``REALNAME_CLAIM_DAILY_FAILURES`` a day), so guessing a classmate's
number and name stays slow without a second counter that could drift from the evidence.
"""

import unicodedata
from dataclasses import dataclass
from datetime import timedelta

from django.db import IntegrityError, transaction
from django.db.models.functions import Upper
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from cms.accounts.models import (
    ClaimStatus,
    Organisation,
    OrganisationKind,
    RealNameClaim,
    RealNameStatus,
    RosterEntry,
    RosterImport,
    RosterKind,
    User,
)
from cms.accounts.organisation_admin import role_withdraw
from cms.accounts.permissions import Action, require
from cms.accounts.roles import Role
from cms.accounts.rosters_file import RosterProblem, RosterRow, roster_parse
from cms.accounts.services import role_grant
from cms.audit.models import AuditEvent, Result
from cms.audit.services import audit_record
from cms.core.crypto import lookup_digest
from cms.core.errors import DomainError, ErrorCode

REALNAME_CLAIM_DAILY_FAILURES = 10
CLAIM_ACTION = "realname.claim"


class RosterInvalid(DomainError):
    """The roster cannot be imported as it is; ``problems`` says what to fix, line by line."""

    def __init__(self, problems: list[RosterProblem]) -> None:
        count = len(problems)
        message = ngettext(
            "The roster has %(count)d problem; nothing was imported. Fix it and upload the file again.",
            "The roster has %(count)d problems; nothing was imported. Fix them and upload the file again.",
            count,
        ) % {"count": count}
        super().__init__(message, code=ErrorCode.INVALID_INPUT, field="file")
        self.problems = problems


@dataclass(frozen=True)
class RealNameClaimResult:
    status: str  # "verified" | "pending" (plain strings, as stored)
    entry: RosterEntry
    claim: RealNameClaim | None = None


def name_key(name: str) -> str:
    """A name as compared: full-width forms folded, spaces dropped, the dots of 阿依古丽·买买提 unified."""
    folded = unicodedata.normalize("NFKC", name or "")
    for dot in ("•", "‧", "∙", "・", "．", "."):
        folded = folded.replace(dot, "·")
    return "".join(folded.split())


def _name_digest(name: str) -> str:
    return lookup_digest(name_key(name), purpose="real_name")


def _number_key(number: str) -> str:
    return unicodedata.normalize("NFKC", number or "").strip().upper()


# ---- import ---------------------------------------------------------------------------------------------


def roster_import(*, request, organisation: Organisation, file_name: str, data: bytes) -> RosterImport:
    """Create or update the roster rows of ``organisation`` from an .xlsx file, all or nothing.

    Rows are matched by number (case-insensitively, as the parser compares them). Existing rows take the
    file's department, class and identity; a corrected name is taken too unless someone already claimed
    the row under the old name, which only the school administrator may untangle, so the file is refused.
    """
    require(request, Action.ROSTER_IMPORT, organisation)
    file_name = (file_name or "roster.xlsx")[:255]
    rows, problems = roster_parse(data)
    try:
        if problems:
            raise RosterInvalid(problems)
        return _roster_save(request=request, organisation=organisation, file_name=file_name, rows=rows)
    except RosterInvalid as error:
        audit_record(
            action="roster.import",
            request=request,
            result=Result.FAILURE,
            obj=organisation,
            detail={"file_name": file_name, "problems": len(error.problems)},
        )
        raise


@transaction.atomic
def _roster_save(*, request, organisation: Organisation, file_name: str, rows: list[RosterRow]) -> RosterImport:
    existing = {
        entry.number_key: entry
        for entry in RosterEntry.objects.select_for_update()
        .annotate(number_key=Upper("number"))
        .filter(organisation=organisation, number_key__in=[_number_key(row.number) for row in rows])
    }
    problems = []
    created: list[RosterEntry] = []
    changed: list[RosterEntry] = []
    for row in rows:
        entry = existing.get(_number_key(row.number))
        digest = _name_digest(row.name)
        if entry is None:
            created.append(
                RosterEntry(
                    organisation=organisation,
                    kind=row.kind,
                    name=row.name,
                    name_digest=lookup_digest(row.name, purpose="real_name"),
                    number=row.number,
                    department=row.department,
                    class_name=row.class_name,
                )
            )
            continue
        renamed = digest != _name_digest(entry.name)
        if renamed and entry.claimed_by_id:
            message = _(
                "The name for number %(number)s differs from the roster, and someone has already claimed this "
                "number under the old name. Correct the name in the file, or decide the person in the claims list "
                "first."
            )
            problems.append(RosterProblem(row.line, message % {"number": row.number}))
            continue
        before = (entry.kind, entry.department, entry.class_name)
        if renamed or before != (row.kind, row.department, row.class_name):
            entry.kind, entry.department, entry.class_name = row.kind, row.department, row.class_name
            if renamed:
                entry.name = row.name
                entry.name_digest = lookup_digest(row.name, purpose="real_name")
            changed.append(entry)
    if problems:
        raise RosterInvalid(problems)

    roster = RosterImport(
        organisation=organisation,
        uploaded_by=request.user,
        file_name=file_name,
        created_count=len(created),
        updated_count=len(changed),
    )
    roster.full_clean()
    roster.save()
    for entry in created + changed:
        entry.source = roster
        entry.full_clean(exclude=["source", "organisation"], validate_unique=False, validate_constraints=False)
    RosterEntry.objects.bulk_create(created, batch_size=1000)
    RosterEntry.objects.bulk_update(
        changed, ["kind", "name", "name_digest", "department", "class_name", "source"], batch_size=1000
    )
    audit_record(
        action="roster.import",
        request=request,
        obj=organisation,
        detail={
            "file_name": file_name,
            "import_id": roster.pk,
            "rows": len(rows),
            "created": len(created),
            "updated": len(changed),
            "unchanged": len(rows) - len(created) - len(changed),
        },
    )
    return roster


# ---- claims ---------------------------------------------------------------------------------------------


def _role_for(entry: RosterEntry) -> Role:
    if entry.kind == RosterKind.TEACHER:
        return Role.TEACHER
    if entry.organisation.kind == OrganisationKind.ENTERPRISE:
        return Role.ENTERPRISE_EMPLOYEE
    return Role.SCHOOL_STUDENT


def _verify(user: User, entry: RosterEntry) -> None:
    """Make ``user`` the verified person of ``entry`` (the row must already name them as claimant)."""
    user.real_name = entry.name
    user.student_or_staff_number = entry.number
    user.department = entry.department
    user.class_name = entry.class_name
    user.real_name_status = RealNameStatus.VERIFIED
    user.real_name_verified_at = timezone.now()
    user.save(
        update_fields=[
            "real_name",
            "real_name_digest",
            "student_or_staff_number",
            "department",
            "class_name",
            "real_name_status",
            "real_name_verified_at",
        ]
    )
    role_grant(user=user, role=str(_role_for(entry)), organisation=entry.organisation)


def _unverify(user: User, entry: RosterEntry) -> None:
    """``user`` no longer holds ``entry``: not verified, number cleared, school role there withdrawn."""
    user.real_name_status = RealNameStatus.UNVERIFIED
    user.real_name_verified_at = None
    user.student_or_staff_number = ""
    user.save(update_fields=["real_name_status", "real_name_verified_at", "student_or_staff_number"])
    role_withdraw(user=user, role=_role_for(entry), organisation=entry.organisation)


def _claim_failed(request, organisation: Organisation, reason: str, *, result: str = Result.FAILURE) -> None:
    audit_record(action=CLAIM_ACTION, request=request, result=result, obj=organisation, detail={"reason": reason})


def realname_claim(*, request, organisation: Organisation, name: str, number: str) -> RealNameClaimResult:
    """Claim the roster row of ``number`` at ``organisation`` under ``name`` for the request's user."""
    user = request.user
    if not user.is_authenticated:
        raise DomainError(_("Log in to verify your real name."), code=ErrorCode.UNAUTHENTICATED)
    held = RosterEntry.objects.filter(claimed_by=user).select_related("organisation").first()
    if held is not None and not (
        held.organisation_id == organisation.pk and _number_key(held.number) == _number_key(number)
    ):
        _claim_failed(request, organisation, "already_verified", result=Result.DENIED)
        message = _("You are already verified as number %(number)s at %(organisation)s.")
        raise DomainError(message % {"number": held.number, "organisation": held.organisation}, code=ErrorCode.CONFLICT)
    since = timezone.now() - timedelta(hours=24)
    failures = AuditEvent.objects.filter(
        actor=user, action=CLAIM_ACTION, result=Result.FAILURE, occurred_at__gte=since
    ).count()
    if failures >= REALNAME_CLAIM_DAILY_FAILURES:
        _claim_failed(request, organisation, "rate_limited", result=Result.DENIED)
        message = _("Too many failed attempts today. Try again tomorrow or ask your school's administrator.")
        raise DomainError(message, code=ErrorCode.RATE_LIMITED)

    number = _number_key(number)
    entry = (
        RosterEntry.objects.annotate(number_key=Upper("number"))
        .filter(organisation=organisation, number_key=number)
        .first()
    )
    if entry is None:
        _claim_failed(request, organisation, "unknown_number")
        message = _("%(organisation)s has no student or staff number %(number)s on its roster. Check the number.")
        raise DomainError(
            message % {"organisation": organisation, "number": number[:32]}, code=ErrorCode.NOT_FOUND, field="number"
        )
    if _name_digest(name) != _name_digest(entry.name):
        _claim_failed(request, organisation, "name_mismatch")
        message = _("The name does not match the roster entry of this number. Enter your name as the school has it.")
        raise DomainError(message, code=ErrorCode.INVALID_INPUT, field="name")
    return _claim_entry(request=request, user=user, entry_id=entry.pk)


@transaction.atomic
def _claim_entry(*, request, user: User, entry_id: int) -> RealNameClaimResult:
    entry = RosterEntry.objects.select_for_update(of=("self",)).select_related("organisation").get(pk=entry_id)
    if entry.claimed_by_id == user.pk:
        return RealNameClaimResult(status=str(RealNameStatus.VERIFIED), entry=entry)
    if entry.claimed_by_id is not None:
        claim = RealNameClaim.objects.filter(user=user, entry=entry, status=ClaimStatus.PENDING).first()
        if claim is None:
            claim = RealNameClaim(user=user, entry=entry)
            claim.full_clean()
            claim.save()
        user.real_name_status = RealNameStatus.PENDING
        user.save(update_fields=["real_name_status"])
        audit_record(
            action=CLAIM_ACTION,
            request=request,
            obj=entry,
            detail={"outcome": "pending", "claim_id": claim.pk, "organisation_id": entry.organisation_id},
        )
        return RealNameClaimResult(status=str(RealNameStatus.PENDING), entry=entry, claim=claim)
    entry.claimed_by = user
    entry.claimed_at = timezone.now()
    try:
        with transaction.atomic():
            entry.save(update_fields=["claimed_by", "claimed_at"])
    except IntegrityError:  # the same user claimed another free row at the same instant (two tabs)
        raise DomainError(_("You are already verified with another roster entry."), code=ErrorCode.CONFLICT) from None
    _verify(user, entry)
    audit_record(
        action="realname.verified",
        request=request,
        obj=entry,
        detail={"organisation_id": entry.organisation_id, "kind": entry.kind},
    )
    return RealNameClaimResult(status=str(RealNameStatus.VERIFIED), entry=entry)


def realname_claim_decide(*, request, claim: RealNameClaim, approve: bool, note: str = "") -> RealNameClaim:
    """The school administrator gives a disputed row to the claimant, or refuses the claim.

    Approving takes the row, the verification and the school role from whoever held it.
    """
    require(request, Action.REALNAME_DECIDE, claim.entry.organisation)
    return _claim_decide(request=request, claim_id=claim.pk, approve=approve, note=note)


@transaction.atomic
def _claim_decide(*, request, claim_id: int, approve: bool, note: str) -> RealNameClaim:
    claim = RealNameClaim.objects.select_for_update(of=("self",)).select_related("user").get(pk=claim_id)
    if claim.status != ClaimStatus.PENDING:
        raise DomainError(_("This claim has already been decided."), code=ErrorCode.CONFLICT)
    entry = (
        RosterEntry.objects.select_for_update(of=("self",))
        .select_related("organisation", "claimed_by")
        .get(pk=claim.entry_id)
    )
    claimant = claim.user
    previous = entry.claimed_by
    if approve:
        if RosterEntry.objects.filter(claimed_by=claimant).exclude(pk=entry.pk).exists():
            message = _("This person is already verified with another roster entry; reject this claim instead.")
            raise DomainError(message, code=ErrorCode.CONFLICT)
        if previous is not None and previous.pk != claimant.pk:
            _unverify(previous, entry)
        entry.claimed_by = claimant
        entry.claimed_at = timezone.now()
        entry.save(update_fields=["claimed_by", "claimed_at"])
        _verify(claimant, entry)
    elif claimant.real_name_status != RealNameStatus.VERIFIED:
        claimant.real_name_status = RealNameStatus.REJECTED
        claimant.save(update_fields=["real_name_status"])
    claim.status = ClaimStatus.APPROVED if approve else ClaimStatus.REJECTED
    claim.decided_by = request.user
    claim.decided_at = timezone.now()
    claim.decision_note = (note or "").strip()[:255]
    claim.full_clean()
    claim.save()
    audit_record(
        action="realname.claim_decide",
        request=request,
        obj=entry,
        detail={
            "claim_id": claim.pk,
            "approve": bool(approve),
            "claimant_id": claimant.pk,
            "previous_holder_id": previous.pk if previous is not None else None,
        },
    )
    return claim

"""People, organisations, verification, sessions and real-name rosters (O1, O2, O3, S)."""

from cms.accounts.models.organisations import (
    ConstructionTask,
    ConstructionTaskKind,
    LibraryRole,
    Organisation,
    OrganisationInvitation,
    OrganisationKind,
    RoleAssignment,
)
from cms.accounts.models.rosters import ClaimStatus, RealNameClaim, RosterEntry, RosterImport, RosterKind
from cms.accounts.models.sessions import EndReason, LoginSession, SessionKind
from cms.accounts.models.users import RealNameStatus, User, account_lookup_q, phone_validator
from cms.accounts.models.verification import Channel, Purpose, VerificationCode

__all__ = [
    "Channel",
    "ClaimStatus",
    "ConstructionTask",
    "ConstructionTaskKind",
    "EndReason",
    "LibraryRole",
    "LoginSession",
    "Organisation",
    "OrganisationInvitation",
    "OrganisationKind",
    "Purpose",
    "RealNameClaim",
    "RealNameStatus",
    "RoleAssignment",
    "RosterEntry",
    "RosterImport",
    "RosterKind",
    "SessionKind",
    "User",
    "VerificationCode",
    "account_lookup_q",
    "phone_validator",
]

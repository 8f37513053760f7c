"""GraphQL types of organisation administration and real-name registration (O1, O2)."""

import graphene
from django.utils import timezone

from api.accounts.types import RoleCode
from api.core.dataloaders import load
from api.majors.types import Organisation, OrganisationKind, OrganisationRole
from api.organisations import dataloaders as dl
from cms.accounts.models import ClaimStatus as ClaimStatusChoices
from cms.accounts.models import ConstructionTaskKind as ConstructionTaskKindChoices
from cms.accounts.models import RosterKind as RosterKindChoices
from cms.accounts.selectors import task_overdue


def _enum(name: str, choices, description: str) -> type[graphene.Enum]:
    return graphene.Enum(name, [(c.name, c.value) for c in choices], description=description)


ConstructionTaskKind = _enum(
    "ConstructionTaskKind", ConstructionTaskKindChoices, "A course to build or a resource quota."
)
RosterKind = _enum("RosterKind", RosterKindChoices, "Student or teacher on a school roster.")
RealNameClaimStatus = _enum(
    "RealNameClaimStatus", ClaimStatusChoices, "Decision on a claim to a roster row someone else holds."
)


class ManagedOrganisation(graphene.ObjectType):
    """An organisation as its administrators see it."""

    id = graphene.ID(required=True, description="Database id.")
    name = graphene.String(required=True, description="Full name.")
    short_name = graphene.String(required=True, description="Short name.")
    kind = graphene.Field(OrganisationKind, required=True, description="School, enterprise, department …")
    role = graphene.Field(OrganisationRole, required=True, description="Host or participating institution.")
    region = graphene.String(required=True, description="Region, e.g. 江苏省.")
    website = graphene.String(required=True, description="Website URL, may be empty.")
    credit_code = graphene.String(required=True, description="Unified social credit code, may be empty.")
    description = graphene.String(required=True, description="Description.")
    depth = graphene.Int(required=True, description="Level in the tree: 1 for a top-level organisation.")
    parent_id = graphene.ID(description="Id of the organisation above; null at the top.")
    parent = graphene.Field(Organisation, description="The organisation above; null at the top.")

    # Django choices members are Python enums, which graphene will not serialise: hand it the stored string.
    @staticmethod
    def resolve_kind(organisation, info) -> str:
        return str(organisation.kind)

    @staticmethod
    def resolve_role(organisation, info) -> str:
        return str(organisation.library_role)

    @staticmethod
    def resolve_depth(organisation, info) -> int:
        return organisation.path.count("/") - 1

    @staticmethod
    def resolve_parent(organisation, info):
        if organisation.parent_id is None:
            return None
        return load(info, dl.OrganisationByIdLoader, organisation.parent_id)


class RealNameOrganisation(graphene.ObjectType):
    """A school or enterprise where learners and teachers verify their real name."""

    id = graphene.ID(required=True, description="Database id.")
    name = graphene.String(required=True, description="Full name.")
    short_name = graphene.String(required=True, description="Short name.")
    kind = graphene.Field(OrganisationKind, required=True, description="School or enterprise.")
    has_roster = graphene.Boolean(required=True, description="Its roster has been imported, so claims can match.")


class ConstructionTask(graphene.ObjectType):
    """Work a host assigned to an organisation: a course to build or a number of resources (O1)."""

    id = graphene.ID(required=True, description="Database id.")
    kind = graphene.Field(ConstructionTaskKind, required=True, description="Course or resource quota.")
    title = graphene.String(required=True, description="Title.")
    description = graphene.String(required=True, description="What is expected.")
    target_count = graphene.Int(required=True, description="How many (1 for a course).")
    done_count = graphene.Int(required=True, description="How many are done, as last reported.")
    due_date = graphene.Date(required=True, description="Due date.")
    progress = graphene.Float(required=True, description="Done over target, 0..1.")
    overdue = graphene.Boolean(required=True, description="Past its due date and not done.")
    organisation = graphene.Field(Organisation, required=True, description="The organisation doing it.")
    updated_at = graphene.DateTime(required=True, description="Last change (assignment or report).")

    @staticmethod
    def resolve_kind(task, info) -> str:
        return str(task.kind)

    @staticmethod
    def resolve_overdue(task, info) -> bool:
        return task_overdue(task, timezone.localdate())

    @staticmethod
    def resolve_organisation(task, info):
        return load(info, dl.OrganisationByIdLoader, task.organisation_id)


class ConstructionBoardRow(graphene.ObjectType):
    """One organisation on the construction board with its tasks and totals."""

    organisation = graphene.Field(ManagedOrganisation, required=True, description="The organisation.")
    tasks = graphene.List(graphene.NonNull(ConstructionTask), required=True, description="Its tasks by due date.")
    target_total = graphene.Int(required=True, description="Sum of the tasks' targets.")
    done_total = graphene.Int(required=True, description="Sum of what is done.")
    progress = graphene.Float(
        required=True, description="0..1; work beyond one task's target does not make up for another task."
    )
    overdue_count = graphene.Int(required=True, description="Tasks past their due date and not done.")


class RosterEntry(graphene.ObjectType):
    """A row of a school's roster. The name is masked (张*丰) unless the viewer may see personal data."""

    id = graphene.ID(required=True, description="Database id.")
    number = graphene.String(required=True, description="Student or staff number.")
    name = graphene.String(required=True, description="Name, masked unless personal data may be viewed.")
    kind = graphene.Field(RosterKind, required=True, description="Student or teacher.")
    department = graphene.String(required=True, description="Department.")
    class_name = graphene.String(required=True, description="Class.")
    claimed = graphene.Boolean(required=True, description="Someone has verified their real name with this row.")
    claimed_at = graphene.DateTime(description="When it was claimed.")


class RosterEntryList(graphene.ObjectType):
    total_count = graphene.Int(required=True, description="Rows matching the search.")
    page = graphene.Int(required=True, description="This page, from 1.")
    page_size = graphene.Int(required=True, description="Rows per page.")
    items = graphene.List(graphene.NonNull(RosterEntry), required=True, description="Rows of this page.")


class RealNameClaim(graphene.ObjectType):
    """A claim to a roster row that someone else already holds; the school administrator decides.

    Names are masked unless the viewer may see personal data; the claimant never sees who holds the row.
    """

    id = graphene.ID(required=True, description="Database id.")
    status = graphene.Field(RealNameClaimStatus, required=True, description="Pending, approved or rejected.")
    created_at = graphene.DateTime(required=True, description="When the claim was made.")
    decided_at = graphene.DateTime(description="When it was decided.")
    decision_note = graphene.String(required=True, description="The administrator's note.")
    organisation = graphene.Field(Organisation, required=True, description="The school of the roster.")
    number = graphene.String(required=True, description="Student or staff number of the row.")
    entry_name = graphene.String(required=True, description="Name on the roster row.")
    kind = graphene.Field(RosterKind, required=True, description="Student or teacher.")
    claimant_username = graphene.String(required=True, description="Account name of the claimant.")
    claimant_name = graphene.String(required=True, description="Real name the claimant gave.")
    holder_username = graphene.String(required=True, description="Account name of the current holder; may be empty.")
    holder_name = graphene.String(required=True, description="Real name of the current holder; may be empty.")


class OrganisationInvitation(graphene.ObjectType):
    """An emailed invitation to administer an organisation (the link's token is never shown again)."""

    id = graphene.ID(required=True, description="Database id.")
    organisation = graphene.Field(Organisation, required=True, description="The organisation invited.")
    email = graphene.String(required=True, description="Where the link was sent.")
    expires_at = graphene.DateTime(required=True, description="The link stops working then.")
    accepted_at = graphene.DateTime(description="When it was accepted.")

    @staticmethod
    def resolve_organisation(invitation, info):
        return load(info, dl.OrganisationByIdLoader, invitation.organisation_id)


class OrganisationMember(graphene.ObjectType):
    """A role holder of an organisation; name and phone masked (personalDataView unmasks, audited)."""

    assignment_id = graphene.ID(required=True, description="Role assignment id.")
    user_id = graphene.ID(required=True, description="User id (for personalDataView, roleRevoke).")
    username = graphene.String(required=True, description="Account name.")
    name = graphene.String(required=True, description="Real name, masked like 张*丰.")
    phone = graphene.String(required=True, description="Phone, masked like 138****1234.")
    role = graphene.Field(RoleCode, required=True, description="Role code, as roleAssign/roleRevoke take it.")
    role_label = graphene.String(required=True, description="Role name in the request's language.")
    real_name_verified = graphene.Boolean(required=True, description="Verified against a roster.")


class OrganisationMemberList(graphene.ObjectType):
    total_count = graphene.Int(required=True, description="All matching members.")
    items = graphene.List(graphene.NonNull(OrganisationMember), required=True, description="This page.")

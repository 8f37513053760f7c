"""Batch loaders of the organisations domain (house rule 4)."""

from api.core.dataloaders import DataLoader
from cms.accounts.models import Organisation


class OrganisationByIdLoader(DataLoader[int, Organisation]):
    """Organisations by id: parents of listed organisations, organisations of tasks and invitations.

    Lists prime it with the organisations they already hold and announce the parents they will ask for.
    """

    key_kind = "organisation_id"

    def batch_load(self, keys):
        return {o.pk: o for o in Organisation.objects.filter(pk__in=[k for k in keys if k is not None])}

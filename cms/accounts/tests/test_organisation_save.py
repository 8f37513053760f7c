"""O1: a library has at most three host institutions, enforced by the service and the database."""

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import translation

from cms.accounts.models import LibraryRole, Organisation
from cms.accounts.services import organisation_save
from cms.accounts.tests.factories import OrganisationFactory

pytestmark = pytest.mark.django_db


def _host(name: str) -> Organisation:
    return organisation_save(organisation=Organisation(name=name, library_role=LibraryRole.HOST))


def test_three_hosts_get_distinct_slots():
    # given / when
    hosts = [_host(f"主持单位{i}") for i in range(3)]
    # then
    assert sorted(h.host_slot for h in hosts) == [1, 2, 3]


def test_a_fourth_host_is_refused_with_a_translated_message_and_nothing_saved():
    # given
    for i in range(3):
        _host(f"主持单位{i}")
    # when
    with translation.override("zh-hans"), pytest.raises(ValidationError) as zh_error:
        _host("第四个主持单位")
    with translation.override("en"), pytest.raises(ValidationError) as en_error:
        _host("Fourth host")
    # then
    assert "最多" in zh_error.value.message_dict["library_role"][0]
    assert "at most 3 host institutions" in en_error.value.message_dict["library_role"][0]
    assert Organisation.objects.count() == 3


def test_demoting_a_host_frees_its_slot():
    # given
    hosts = [_host(f"主持单位{i}") for i in range(3)]
    hosts[1].library_role = LibraryRole.PARTICIPATING
    organisation_save(organisation=hosts[1])
    # when
    newcomer = _host("新主持单位")
    # then
    hosts[1].refresh_from_db()
    assert hosts[1].host_slot is None
    assert newcomer.host_slot == 2


def test_participating_institutions_are_unlimited():
    OrganisationFactory.create_batch(5)
    for i in range(3):
        _host(f"主持单位{i}")
    assert Organisation.objects.filter(library_role=LibraryRole.PARTICIPATING).count() == 5


def test_database_refuses_a_duplicate_slot_even_past_the_service():
    _host("主持单位")
    with pytest.raises(IntegrityError), transaction.atomic():
        Organisation.objects.create(name="绕过服务的单位", library_role=LibraryRole.HOST, host_slot=1)


def test_database_refuses_a_host_without_slot():
    with pytest.raises(IntegrityError), transaction.atomic():
        Organisation.objects.create(name="无席位主持单位", library_role=LibraryRole.HOST, host_slot=None)

"""Personal data is encrypted at rest and searchable only through keyed digests (O2, S)."""

import pytest
from django.db import connection

from cms.accounts.models import User
from cms.accounts.tests.factories import RosterEntryFactory, UserFactory
from cms.core import crypto

pytestmark = pytest.mark.django_db


def _raw(sql: str, params: list) -> tuple:
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return cursor.fetchone()


def test_phone_real_name_and_id_number_are_unreadable_in_raw_sql():
    # given
    user = UserFactory(phone="13812341234", real_name="张三丰")
    user.id_number = "11010519491231002X"
    user.save()
    # when
    phone, real_name, id_number, last4 = _raw(
        "SELECT phone, real_name, id_number, id_number_last4 FROM accounts_user WHERE id = %s", [user.pk]
    )
    row = " ".join([phone, real_name, id_number])
    # then
    assert "13812341234" not in row and "1234" not in phone
    assert "张三丰" not in row
    assert "11010519491231002X" not in row and "1949" not in row
    assert last4 == "002X"
    assert phone.startswith("g1:") and real_name.startswith("g1:")
    reloaded = User.objects.get(pk=user.pk)
    assert (reloaded.phone, reloaded.real_name, reloaded.id_number) == ("13812341234", "张三丰", "11010519491231002X")


def test_roster_names_are_encrypted_too():
    entry = RosterEntryFactory(name="李小龙")
    (name,) = _raw("SELECT name FROM accounts_rosterentry WHERE id = %s", [entry.pk])
    assert "李小龙" not in name


def test_the_same_phone_encrypts_differently_but_is_found_by_its_digest():
    # given
    first = UserFactory(phone="13900001111")
    # when
    ciphertexts = {_raw("SELECT phone FROM accounts_user WHERE id = %s", [first.pk])[0], crypto.encrypt("13900001111")}
    found = User.objects.get_by_natural_key("13900001111")
    # then
    assert len(ciphertexts) == 2
    assert found == first


def test_a_phone_number_is_unique_across_accounts():
    from django.db import IntegrityError, transaction

    UserFactory(phone="13900002222")
    with pytest.raises(IntegrityError), transaction.atomic():
        UserFactory(phone="13900002222")


def test_rotated_keys_still_decrypt_older_values(settings):
    # given a value encrypted under the old key
    old_key = "A" * 43
    settings.ZYK_PERSONAL_DATA_KEYS = [old_key]
    crypto.keys_reset()
    token = crypto.encrypt("13812340000")
    # when a new key is put first
    settings.ZYK_PERSONAL_DATA_KEYS = ["B" * 43, old_key]
    crypto.keys_reset()
    try:
        # then old values still open and new ones use the new key
        assert crypto.decrypt(token) == "13812340000"
        settings.ZYK_PERSONAL_DATA_KEYS = [old_key]
        crypto.keys_reset()
        with pytest.raises(ValueError):
            settings.ZYK_PERSONAL_DATA_KEYS = ["B" * 43]
            crypto.keys_reset()
            crypto.decrypt(token)
    finally:
        crypto.keys_reset()

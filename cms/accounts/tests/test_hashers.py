"""S: passwords are stored with argon2id at the OWASP minimum (m=19 MiB, t=2, p=1)."""

from django.contrib.auth.hashers import Argon2PasswordHasher, check_password, identify_hasher, make_password

from cms.accounts.hashers import OwaspArgon2PasswordHasher

OWASP_ONLY = ["cms.accounts.hashers.OwaspArgon2PasswordHasher"]


def test_hash_round_trip_with_owasp_parameters(settings):
    # given the OWASP hasher as the only hasher
    settings.PASSWORD_HASHERS = OWASP_ONLY
    # when a password is hashed
    encoded = make_password("Kx7#mqPz")
    # then it is argon2id with m=19456, t=2, p=1, and verifies only the right password
    assert encoded.startswith("argon2$argon2id$v=19$m=19456,t=2,p=1$")
    assert isinstance(identify_hasher(encoded), OwaspArgon2PasswordHasher)
    assert check_password("Kx7#mqPz", encoded)
    assert not check_password("kx7#mqpz", encoded)


def test_own_hash_needs_no_update():
    # given a hash made by the OWASP hasher
    hasher = OwaspArgon2PasswordHasher()
    encoded = hasher.encode("Kx7#mqPz", hasher.salt())
    # when / then it is current
    assert hasher.verify("Kx7#mqPz", encoded)
    assert not hasher.must_update(encoded)


def test_hash_with_other_parameters_is_upgraded_at_sign_in(settings):
    # given a hash made with Django's own argon2 parameters (m=102400, p=8)
    settings.PASSWORD_HASHERS = OWASP_ONLY
    django_hasher = Argon2PasswordHasher()
    old = django_hasher.encode("Kx7#mqPz", django_hasher.salt())
    assert "m=102400,t=2,p=8" in old
    upgraded = []
    # when it is checked
    ok = check_password("Kx7#mqPz", old, setter=lambda raw: upgraded.append(make_password(raw)))
    # then it still verifies, must be updated, and is re-hashed with the OWASP parameters
    assert ok
    assert OwaspArgon2PasswordHasher().must_update(old)
    assert len(upgraded) == 1
    assert "$m=19456,t=2,p=1$" in upgraded[0]

"""Personal data at rest (O2, S 等保三级): AES-256-GCM encryption and keyed lookup digests.

Phone numbers, real names and ID numbers are stored encrypted, so a copy of the database (a backup, a
replica, a stray SQL console) shows no personal data. Equality search goes through a keyed HMAC digest
stored beside the ciphertext: the digest reveals nothing without the key and cannot be brute-forced
offline the way a plain hash of an 11-digit phone number can.

Keys come from the environment: ``ZYK_PERSONAL_DATA_KEYS`` (comma-separated urlsafe-base64 32-byte keys;
the first encrypts, all decrypt, so keys rotate without a flag day) and ``ZYK_LOOKUP_KEY``. Development
and tests derive both from ``SECRET_KEY``; production refuses to start without them.
"""

import base64
import hashlib
import hmac
import os
from functools import cache

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.hashes import SHA256
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.db import models

_PREFIX = "g1:"  # scheme tag: AES-GCM, key id byte, 12-byte nonce, ciphertext+tag, urlsafe base64


def _derive(label: bytes) -> bytes:
    return HKDF(algorithm=SHA256(), length=32, salt=b"zyk-personal-data", info=label).derive(
        settings.SECRET_KEY.encode()
    )


@cache
def _keys() -> tuple[bytes, ...]:
    configured = [k for k in getattr(settings, "ZYK_PERSONAL_DATA_KEYS", []) if k]
    if not configured:
        return (_derive(b"encryption"),)
    keys = tuple(base64.urlsafe_b64decode(k + "=" * (-len(k) % 4)) for k in configured)
    if any(len(k) != 32 for k in keys):
        raise ImproperlyConfigured("ZYK_PERSONAL_DATA_KEYS must hold urlsafe-base64 keys of 32 bytes")
    return keys


@cache
def _lookup_key() -> bytes:
    configured = getattr(settings, "ZYK_LOOKUP_KEY", "")
    return configured.encode() if configured else _derive(b"lookup")


def keys_reset() -> None:
    """Forget cached keys (tests that change the key settings)."""
    _keys.cache_clear()
    _lookup_key.cache_clear()


def encrypt(plaintext: str) -> str:
    if not plaintext:
        return ""
    nonce = os.urandom(12)
    sealed = AESGCM(_keys()[0]).encrypt(nonce, plaintext.encode(), b"zyk")
    return _PREFIX + base64.urlsafe_b64encode(b"\x00" + nonce + sealed).decode()


def decrypt(token: str) -> str:
    if not token:
        return ""
    if not token.startswith(_PREFIX):
        raise ValueError("not an encrypted value")
    raw = base64.urlsafe_b64decode(token[len(_PREFIX) :])
    nonce, sealed = raw[1:13], raw[13:]
    for key in _keys():
        try:
            return AESGCM(key).decrypt(nonce, sealed, b"zyk").decode()
        except InvalidTag:  # an older key may open it
            continue
    raise ValueError("no configured key decrypts this value")


def lookup_digest(value: str, *, purpose: str) -> str:
    """Keyed digest for equality search; ``purpose`` keeps digests of different fields unrelated."""
    if not value:
        return ""
    normalized = value.strip().lower()
    return hmac.new(_lookup_key(), f"{purpose}:{normalized}".encode(), hashlib.sha256).hexdigest()


class EncryptedTextField(models.TextField):
    """Text encrypted before it reaches the database; Python code sees plain text.

    Filtering on it cannot work (every encryption differs); filter on the companion digest field.
    """

    def from_db_value(self, value, expression, connection):
        if value is None or value == "":
            return value
        return decrypt(value)

    def get_prep_value(self, value):
        value = super().get_prep_value(value)
        if value is None or value == "":
            return value
        return encrypt(value)

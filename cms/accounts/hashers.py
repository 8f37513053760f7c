"""Password storage (S): Argon2id at the OWASP minimum.

Django's ``Argon2PasswordHasher`` asks for 100 MiB and 8 lanes per hash, which lets a burst of sign-ins
exhaust a small server's memory. OWASP's Password Storage Cheat Sheet gives m=19 MiB, t=2, p=1 as the
minimum for argon2id; this hasher uses exactly that. It keeps the algorithm name ``argon2``, so hashes made
by Django's hasher still verify and are re-hashed with these parameters at the next sign-in
(``must_update``). List it in ``PASSWORD_HASHERS`` *instead of* Django's Argon2 hasher, not beside it.
"""

from django.contrib.auth.hashers import Argon2PasswordHasher


class OwaspArgon2PasswordHasher(Argon2PasswordHasher):
    time_cost = 2
    memory_cost = 19456  # KiB (19 MiB)
    parallelism = 1

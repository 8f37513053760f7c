"""Authentication: backends, password policy and hashing, lockout, sessions, two-factor, codes (O2, S)."""

from cms.settings.env import env_int, env_list, env_str

AUTHENTICATION_BACKENDS = ["cms.accounts.backends.AccountBackend"]

# Argon2id at OWASP's minimum (19 MiB, t=2, p=1): ~19 ms a hash on the 2-core machine; PBKDF2 stays to
# read older hashes, which are upgraded on the next login. docs/benchmarks.md has the measured trade-off.
PASSWORD_HASHERS = [
    "cms.accounts.hashers.OwaspArgon2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
]

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 8}},
    {"NAME": "cms.accounts.password_validation.CharacterClassesValidator", "OPTIONS": {"min_classes": 3}},
    {"NAME": "cms.accounts.password_validation.NotAccountNameValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

ZYK_LOGIN_MAX_FAILURES = env_int("ZYK_LOGIN_MAX_FAILURES", 5)
ZYK_LOCKOUT_MINUTES = env_int("ZYK_LOCKOUT_MINUTES", 30)

# Idle timeouts, enforced server-side on every request (cms.accounts.middleware). The cookie itself lives
# at most 12 hours.
ZYK_IDLE_MINUTES_USER = env_int("ZYK_IDLE_MINUTES_USER", 30)
ZYK_IDLE_MINUTES_ADMIN = env_int("ZYK_IDLE_MINUTES_ADMIN", 15)
ZYK_TOKEN_IDLE_DAYS = env_int("ZYK_TOKEN_IDLE_DAYS", 30)
SESSION_COOKIE_AGE = 12 * 3600
SESSION_EXPIRE_AT_BROWSER_CLOSE = True

# Verification codes: per phone/email and per client IP. A school behind one NAT address may need a higher
# per-IP allowance (ZYK_CODE_PER_IP_DAY) during enrolment week.
ZYK_CODE_PER_MINUTE = env_int("ZYK_CODE_PER_MINUTE", 1)
ZYK_CODE_PER_DAY = env_int("ZYK_CODE_PER_DAY", 10)
ZYK_CODE_PER_IP_MINUTE = env_int("ZYK_CODE_PER_IP_MINUTE", 1)
ZYK_CODE_PER_IP_DAY = env_int("ZYK_CODE_PER_IP_DAY", 10)

# How many reverse proxies (nginx, CDN) sit in front of Django; their X-Forwarded-For entries are trusted.
ZYK_TRUSTED_PROXY_COUNT = env_int("ZYK_TRUSTED_PROXY_COUNT", 0)

# Personal data at rest (cms.core.crypto). Production requires both; development derives them from SECRET_KEY.
ZYK_PERSONAL_DATA_KEYS = env_list("ZYK_PERSONAL_DATA_KEYS", [])
ZYK_LOOKUP_KEY = env_str("ZYK_LOOKUP_KEY", "")

# Public address of the SPA, for links in emails (invitations, email verification).
ZYK_PUBLIC_URL = env_str("ZYK_PUBLIC_URL", "http://127.0.0.1:8000")

OTP_TOTP_ISSUER = env_str("ZYK_TOTP_ISSUER", "ZYK")

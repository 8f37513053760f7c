"""Password rules of the library (O2, S) as Django password validators.

等保三级 asks for passwords that mix character classes and are not the account name. Django ships length,
common-password and all-digits checks; these two validators add the rest. The policy, wired in
``AUTH_PASSWORD_VALIDATORS``: ``MinimumLengthValidator(8)``, ``CharacterClassesValidator``,
``NotAccountNameValidator``, ``CommonPasswordValidator``, ``NumericPasswordValidator``.
"""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext


def _character_classes(password: str) -> int:
    """Count the classes present. Letters and digits are ASCII ones; anything else (punctuation, spaces,
    Chinese characters) is a symbol, since it widens the alphabet a guesser must try just as well."""
    classes = set()
    for char in password:
        if "a" <= char <= "z":
            classes.add("lower")
        elif "A" <= char <= "Z":
            classes.add("upper")
        elif "0" <= char <= "9":
            classes.add("digit")
        else:
            classes.add("symbol")
    return len(classes)


class CharacterClassesValidator:
    """At least ``min_classes`` of four classes: lowercase, uppercase, digit, symbol (default three)."""

    def __init__(self, min_classes: int = 3) -> None:
        self.min_classes = min_classes

    def validate(self, password: str, user=None) -> None:
        if _character_classes(password) < self.min_classes:
            raise ValidationError(
                gettext(
                    "This password must contain at least %(min)d of these: lowercase letters, uppercase letters, "
                    "digits, symbols."
                ),
                code="password_too_simple",
                params={"min": self.min_classes},
            )

    def get_help_text(self) -> str:
        return gettext(
            "Your password must contain at least %(min)d of these: lowercase letters, uppercase letters, digits, "
            "symbols."
        ) % {"min": self.min_classes}


def _normalised(value) -> str:
    return str(value or "").strip().casefold()


class NotAccountNameValidator:
    """The password may not be the username, phone number, email address or the email's local part.

    Django's ``UserAttributeSimilarityValidator`` knows nothing of ``phone`` and works by similarity; this
    is the exact rule the security assessment checks. ``user`` may be ``None`` (nothing to compare) or an
    unsaved user, as during sign-up.
    """

    def validate(self, password: str, user=None) -> None:
        if user is None:
            return
        email = _normalised(getattr(user, "email", ""))
        names = {
            _normalised(getattr(user, "username", "")),
            _normalised(getattr(user, "phone", "")),
            email,
            email.rpartition("@")[0] if "@" in email else "",
        } - {""}
        if _normalised(password) in names:
            raise ValidationError(
                gettext("This password is the same as your username, phone number or email address."),
                code="password_is_account_name",
            )

    def get_help_text(self) -> str:
        return gettext("Your password can't be your username, phone number or email address.")

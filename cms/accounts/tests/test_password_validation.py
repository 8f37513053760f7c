"""O2 / S: the password policy (length 8, three character classes, not the account name, not common)."""

from types import SimpleNamespace

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.password_validation import get_password_validators, validate_password
from django.core.exceptions import ValidationError
from django.utils import translation

from cms.accounts.password_validation import CharacterClassesValidator, NotAccountNameValidator

POLICY = get_password_validators(
    [
        {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 8}},
        {"NAME": "cms.accounts.password_validation.CharacterClassesValidator"},
        {"NAME": "cms.accounts.password_validation.NotAccountNameValidator"},
        {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
        {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
    ]
)


def error_codes(password, user=None) -> list[str]:
    try:
        validate_password(password, user, password_validators=POLICY)
    except ValidationError as error:
        return [e.code for e in error.error_list]
    return []


def a_user(**fields):
    return get_user_model()(
        **{"username": "zhangsan2023", "phone": "13812341234", "email": "Zhang.San@Example.com"} | fields
    )


@pytest.mark.parametrize("password", ["Kx7#mqPz", "kx7#mqpz2", "KX7MQPZ2!", "Kxmqpz!?wq", "数控Kx7mqpz"])
def test_three_of_four_classes_pass(password):
    # given a password with at least three classes (a Chinese character counts as a symbol)
    # when / then the whole policy accepts it
    assert error_codes(password, a_user()) == []


@pytest.mark.parametrize("password", ["kxqmpzwa", "kx7mqpzw", "KX7MQPZW", "kx#mqpz!", "Kxqmpzwa"])
def test_fewer_than_three_classes_are_too_simple(password):
    # given a long, uncommon password with only two classes
    # when validated
    codes = error_codes(password)
    # then it is refused as too simple
    assert codes == ["password_too_simple"]


def test_too_simple_message_names_the_classes():
    # given the default validator
    validator = CharacterClassesValidator()
    # when a two-class password is validated
    with pytest.raises(ValidationError) as error, translation.override("en"):
        validator.validate("abcdefgh1")
    # then the message says what is missing
    with translation.override("en"):
        assert error.value.messages == [
            "This password must contain at least 3 of these: lowercase letters, uppercase letters, digits, symbols."
        ]
        assert "3 of these" in validator.get_help_text()


def test_min_classes_is_configurable():
    # given a validator wanting all four classes
    validator = CharacterClassesValidator(min_classes=4)
    # when / then three classes are not enough, four are
    with pytest.raises(ValidationError):
        validator.validate("Kx7mqpzw")
    validator.validate("Kx7mqpz!")


@pytest.mark.parametrize(
    "password",
    ["zhangsan2023", "ZhangSan2023", "  zhangsan2023 ", "13812341234", "zhang.san@example.com", "ZHANG.SAN"],
)
def test_account_names_are_refused(password):
    # given a user with a username, phone and email
    user = a_user()
    # when the password is one of them, ignoring case and surrounding spaces
    with pytest.raises(ValidationError) as error:
        NotAccountNameValidator().validate(password, user)
    # then it is refused with its own code
    assert [e.code for e in error.value.error_list] == ["password_is_account_name"]


def test_account_name_refused_in_the_whole_policy():
    # given a username that would otherwise be a fine password
    user = a_user(username="Kx7#mqPz")
    # when / then the policy refuses only for being the account name
    assert error_codes("kx7#mqpz", user) == ["password_is_account_name"]


def test_password_containing_the_name_is_not_the_name():
    # given a user
    user = a_user()
    # when / then a password that merely contains the username passes this validator
    NotAccountNameValidator().validate("zhangsan2023!Xy", user)


def test_without_user_or_with_missing_attributes_nothing_is_compared():
    # given no user, and an object with only a username
    validator = NotAccountNameValidator()
    partial = SimpleNamespace(username="", email=None)
    # when / then nothing is refused, even the empty string
    validator.validate("anything", None)
    validator.validate("anything", partial)
    validator.validate("", partial)


def test_help_texts_are_translatable_strings():
    # given the two validators
    # when their help texts are read in English
    with translation.override("en"):
        texts = [CharacterClassesValidator().get_help_text(), NotAccountNameValidator().get_help_text()]
    # then they read as sentences
    assert texts == [
        "Your password must contain at least 3 of these: lowercase letters, uppercase letters, digits, symbols.",
        "Your password can't be your username, phone number or email address.",
    ]

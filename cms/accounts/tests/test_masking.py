"""S: personal data shown masked (cms.core.masking)."""

import pytest

from cms.core.masking import mask_email, mask_id_number, mask_name, mask_phone


@pytest.mark.parametrize(
    ("mask", "value", "shown"),
    [
        (mask_phone, "13812341234", "138****1234"),
        (mask_name, "张三", "张*"),
        (mask_name, "张三丰", "张*丰"),
        (mask_name, "欧阳娜娜", "欧**娜"),
        (mask_email, "zhangsan@example.com", "z***n@example.com"),
        (mask_email, "a@x.cn", "*@x.cn"),
        (mask_email, "ab@x.cn", "a*@x.cn"),
        (mask_id_number, "11010519491231002X", "1101**********002X"),
        (mask_id_number, "110105491231002", "1101*******1002"),
    ],
)
def test_values_are_masked(mask, value, shown):
    # given a stored value
    # when it is masked
    # then only the agreed parts remain
    assert mask(value) == shown


@pytest.mark.parametrize("mask", [mask_phone, mask_name, mask_email, mask_id_number])
def test_empty_stays_empty(mask):
    # given nothing stored
    # when / then nothing is shown
    assert mask("") == ""


@pytest.mark.parametrize(
    ("mask", "value", "shown"),
    [(mask_phone, "1234567", "*******"), (mask_name, "张", "*"), (mask_id_number, "1234", "****")],
)
def test_values_too_short_to_mask_are_masked_whole(mask, value, shown):
    # given a value no longer than the parts we would keep
    # when / then nothing of it is shown
    assert mask(value) == shown


def test_email_with_many_characters_hides_the_length():
    # given two local parts of different length
    # when / then both get the same three stars
    assert mask_email("ab1@x.cn") == "a***1@x.cn"
    assert mask_email("abcdefghij1@x.cn") == "a***1@x.cn"

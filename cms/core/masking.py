"""Masking personal data for display (S, 个人信息保护法).

Lists, logs and administrators' screens show enough to recognise a person ("138****1234", "张*丰") but not
enough to copy the data out. Every function takes what is stored, tolerates "" and returns "" for it;
values too short to mask meaningfully are masked whole.
"""


def _keep_ends(value: str, head: int, tail: int) -> str:
    value = (value or "").strip()
    if len(value) <= head + tail:
        return "*" * len(value)
    return value[:head] + "*" * (len(value) - head - tail) + value[len(value) - tail :]


def mask_phone(phone: str) -> str:
    """First three and last four digits, as Chinese apps show them: 138****1234."""
    return _keep_ends(phone, 3, 4)


def mask_name(name: str) -> str:
    """Surname and, from three characters, the last character: 张*, 张*丰, 欧**娜."""
    name = (name or "").strip()
    if len(name) <= 1:
        return "*" * len(name)
    if len(name) == 2:
        return name[0] + "*"
    return _keep_ends(name, 1, 1)


def mask_email(email: str) -> str:
    """First and last character of the local part, a fixed "***" so its length stays hidden; the domain shown.

    Local parts of one or two characters keep none or one: a@x.cn → *@x.cn, ab@x.cn → a*@x.cn.
    """
    email = (email or "").strip()
    local, at, domain = email.rpartition("@")
    if not at:
        local, domain = email, ""
    if len(local) <= 1:
        masked = "*" * len(local)
    elif len(local) == 2:
        masked = local[0] + "*"
    else:
        masked = local[0] + "***" + local[-1]
    return masked + at + domain


def mask_id_number(id_number: str) -> str:
    """Resident identity number: region prefix and last four: 1101**********002X."""
    return _keep_ends(id_number, 4, 4)

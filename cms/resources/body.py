"""The text of a text resource (文本资源) as stored: an allowlist, whatever sent it (security by default).

The studio's editor (tiptap), Wagtail's admin (Draftail, stored in its database format) and anyone
calling the API directly all write ``Resource.body``; it is shown as HTML to every reader, so it is
cleaned on write (services) and again on read (the GraphQL field), which also covers rows and
revisions stored before the cleaning existed.
"""

import re

from bs4 import Tag

from cms.core.html import clean_html, safe_href

_BLOCK_KEY = "data-block-key"  # Wagtail keys each block of its rich text

#: What the two editors produce: headings 2–3, emphasis, code, quotes, lists, rules, links and — in
#: Wagtail's database format — page links (``<a linktype="page" id>``) and images (``<embed embedtype>``).
BODY_ALLOWED: dict[str, frozenset[str]] = {
    **{
        name: frozenset({_BLOCK_KEY})
        for name in ("p", "h2", "h3", "h4", "blockquote", "pre", "ul", "li", "hr", "br", "code")
    },
    **{name: frozenset() for name in ("strong", "b", "em", "i", "u", "s", "sub", "sup")},
    "ol": frozenset({_BLOCK_KEY, "start"}),
    "a": frozenset({"href", "target", "rel", "linktype", "id"}),
    "embed": frozenset({"embedtype", "id", "format", "alt"}),
}

_DIGITS = re.compile(r"^\d{1,12}$")
_WORD = re.compile(r"^[\w-]{1,40}$")


def _attribute_ok(tag: str, name: str, value: str) -> bool:
    value = value.strip()
    if name == "href":
        return safe_href(value)
    if name == "target":
        return value == "_blank"
    if name == "rel":
        return all(part in {"noopener", "noreferrer", "nofollow"} for part in value.split())
    if name == "linktype":
        return value == "page"
    if name == "embedtype":
        return value == "image"
    if name in ("id", "start"):
        return bool(_DIGITS.match(value))
    if name in ("format", _BLOCK_KEY):
        return bool(_WORD.match(value))
    return len(value) <= 500  # alt text


def _fix(tag: Tag) -> None:
    """A Wagtail page link needs both its type and the page's id; one without the other is a plain link."""
    if tag.name == "a" and ("linktype" in tag.attrs) != ("id" in tag.attrs):
        tag.attrs.pop("linktype", None)
        tag.attrs.pop("id", None)


def body_clean(html: str) -> str:
    """``html`` reduced to BODY_ALLOWED: formatting and text kept, scripts, styles and handlers gone."""
    if not html:
        return ""
    return clean_html(
        html,
        BODY_ALLOWED,
        attribute_ok=_attribute_ok,
        required={"embed": ("embedtype", "id")},
        keep=frozenset({"embed"}),
        fix=_fix,
    )

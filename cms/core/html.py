"""Allowlist cleaning of rich text people send (security by default, 等保三级: no stored XSS).

Rich text reaches us from our own editors, from files and from anyone who calls the API directly, so it is
reduced to an allowlist of tags and attributes on the server, whatever produced it: scripts, styles,
event handlers, frames and ``javascript:`` URLs are dropped and the text is kept. Each kind of content
names its own allowlist (question items in cms/questions/html.py, text resources in cms/resources).
"""

from collections.abc import Callable, Mapping

from bs4 import BeautifulSoup, Comment, Tag

#: Dropped together with what they hold (their content is code or an embedded document, not text).
DROPPED_WITH_CONTENT = ("script", "style", "iframe", "object", "embed", "template", "noscript")

AttributeCheck = Callable[[str, str, str], bool]
"""``(tag, attribute, value) -> bool``: whether an allowlisted attribute's value may stay."""


def safe_href(value: str) -> bool:
    """A link to the web, a mail address, this site (a path) or a place on the page; never a script."""
    value = value.strip()
    if value.startswith("//"):
        return False
    return value.startswith(("https://", "http://", "mailto:", "/", "#"))


def clean_html(
    html: str,
    allowed: Mapping[str, frozenset[str] | set[str]],
    *,
    attribute_ok: AttributeCheck | None = None,
    required: Mapping[str, tuple[str, ...]] | None = None,
    keep: frozenset[str] = frozenset(),
    fix: Callable[[Tag], None] | None = None,
) -> str:
    """``html`` reduced to ``allowed`` (tag → attributes it may carry); text is kept, unsafe markup is not.

    ``attribute_ok`` vets the value of an allowlisted attribute; a tag in ``required`` that lost the named
    attributes goes entirely (an image without a source). ``keep`` lifts tags out of DROPPED_WITH_CONTENT
    (Wagtail stores images as ``<embed embedtype="image">``); ``fix`` gets each kept tag last, to settle
    attributes that only make sense together.
    """
    soup = BeautifulSoup(html or "", "html.parser")
    for node in soup.find_all(string=lambda s: isinstance(s, Comment)):
        node.extract()
    for tag in soup.find_all([name for name in DROPPED_WITH_CONTENT if name not in keep]):
        tag.decompose()
    for tag in soup.find_all(True):
        names = allowed.get(tag.name)
        if names is None:
            tag.unwrap()
            continue
        for name in list(tag.attrs):
            value = tag.attrs[name]
            value = " ".join(value) if isinstance(value, list) else str(value)
            if name not in names or (attribute_ok is not None and not attribute_ok(tag.name, name, value)):
                del tag.attrs[name]
        if any(name not in tag.attrs for name in (required or {}).get(tag.name, ())):
            tag.decompose()
        elif fix is not None:
            fix(tag)
    return str(soup).strip()

"""Rich text of items (stems, options, answers, explanations): an allowlist, whatever editor or file it came from.

Formulas stay as LaTeX in ``<span data-latex="…">`` (inline) or ``<div data-latex="…">`` (display) and are
rendered by KaTeX in the browser; images must be the library's own (a path on this site). Everything else —
scripts, styles, event handlers, foreign URLs — is dropped, keeping the text.
"""

from bs4 import BeautifulSoup, Comment

ALLOWED = {
    "p": set(),
    "br": set(),
    "strong": set(),
    "b": set(),
    "em": set(),
    "i": set(),
    "u": set(),
    "sub": set(),
    "sup": set(),
    "ul": set(),
    "ol": set(),
    "li": set(),
    "table": set(),
    "thead": set(),
    "tbody": set(),
    "tr": set(),
    "th": {"colspan", "rowspan"},
    "td": {"colspan", "rowspan"},
    "span": {"data-latex"},
    "div": {"data-latex"},
    "img": {"src", "alt", "width", "height"},
    "a": {"href"},
    "code": set(),
    "pre": set(),
}
DROPPED_WITH_CONTENT = {"script", "style", "iframe", "object", "embed", "template", "noscript"}
MAX_LATEX = 2000


def _safe_url(value: str, *, image: bool) -> bool:
    value = value.strip()
    if image:
        return value.startswith("/") and not value.startswith("//")
    return value.startswith(("https://", "http://", "/")) and not value.startswith("//")


def _attribute_ok(name: str, value: str, allowed: set[str]) -> bool:
    if name not in allowed:
        return False
    if name in ("src", "href"):
        return _safe_url(value, image=name == "src")
    return not (name == "data-latex" and len(value) > MAX_LATEX)


def html_clean(html: str) -> str:
    """``html`` reduced to the allowlist; text is kept, unsafe markup is not."""
    soup = BeautifulSoup(html or "", "html.parser")
    for node in soup.find_all(string=lambda s: isinstance(s, Comment)):
        node.extract()
    for tag in soup.find_all(DROPPED_WITH_CONTENT):
        tag.decompose()
    for tag in soup.find_all(True):
        allowed = ALLOWED.get(tag.name)
        if allowed is None:
            tag.unwrap()
            continue
        for name in list(tag.attrs):
            if not _attribute_ok(name, str(tag.attrs[name]), allowed):
                del tag.attrs[name]
        if tag.name == "img" and "src" not in tag.attrs:
            tag.decompose()
    return str(soup).strip()


def latex_of(html: str) -> list[str]:
    """Every formula of ``html`` in order (for checking they parse and for exports)."""
    soup = BeautifulSoup(html or "", "html.parser")
    return [str(tag["data-latex"]) for tag in soup.find_all(attrs={"data-latex": True})]

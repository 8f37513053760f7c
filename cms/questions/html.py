"""Rich text of items (stems, options, answers, explanations): an allowlist, whatever editor or file it came from.

Formulas stay as LaTeX in ``<span data-latex="…">`` (inline) or ``<div data-latex="…">`` (display) and are
rendered by KaTeX in the browser; images must be the library's own (a path on this site). Everything else —
scripts, styles, event handlers, foreign URLs — is dropped, keeping the text.
"""

from bs4 import BeautifulSoup

from cms.core.html import clean_html, safe_href

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
MAX_LATEX = 2000


def _attribute_ok(tag: str, name: str, value: str) -> bool:
    if name == "src":  # images must be the library's own
        value = value.strip()
        return value.startswith("/") and not value.startswith("//")
    if name == "href":
        return safe_href(value) and not value.strip().startswith(("mailto:", "#"))
    return not (name == "data-latex" and len(value) > MAX_LATEX)


def html_clean(html: str) -> str:
    """``html`` reduced to the allowlist; text is kept, unsafe markup is not."""
    return clean_html(html, ALLOWED, attribute_ok=_attribute_ok, required={"img": ("src",)})


def latex_of(html: str) -> list[str]:
    """Every formula of ``html`` in order (for checking they parse and for exports)."""
    soup = BeautifulSoup(html or "", "html.parser")
    return [str(tag["data-latex"]) for tag in soup.find_all(attrs={"data-latex": True})]

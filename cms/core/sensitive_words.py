"""The sensitive-word filter (敏感词过滤, C12) used by content review and user-generated content.

Words are matched as substrings after normalising width and case (ＡＢＣ → abc), with whitespace and
common filler punctuation removed so "敏 感*词" still matches. The compiled matcher is cached and rebuilt
when the word list changes (a version counter in the cache, bumped on save/delete).
"""

import re
import unicodedata
from dataclasses import dataclass

from django.core.cache import cache

_VERSION_KEY = "zyk:sensitive-words:version"
_FILLER = re.compile(r"[\s\*\-_·.。,，、|/\\~`'\"“”‘’!！?？#@$%^&()（）\[\]{}<>《》]+")
_compiled: tuple[int, re.Pattern | None, dict[str, str]] | None = None


@dataclass(frozen=True)
class Hit:
    word: str
    action: str


def normalise(text: str) -> str:
    return _FILLER.sub("", unicodedata.normalize("NFKC", text).lower())


def _matcher() -> tuple[re.Pattern | None, dict[str, str]]:
    global _compiled
    from cms.core.models import SensitiveWord

    version = cache.get(_VERSION_KEY, 0)
    if _compiled is None or _compiled[0] != version:
        words = {normalise(w): a for w, a in SensitiveWord.objects.values_list("word", "action") if normalise(w)}
        pattern = re.compile("|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))) if words else None
        _compiled = (version, pattern, words)
    return _compiled[1], _compiled[2]


def words_changed() -> None:
    try:
        cache.incr(_VERSION_KEY)
    except ValueError:
        cache.set(_VERSION_KEY, 1, None)


def find(*texts: str) -> list[Hit]:
    """Every distinct sensitive word in ``texts``, in order of first appearance."""
    pattern, words = _matcher()
    if pattern is None:
        return []
    hits: dict[str, Hit] = {}
    for text in texts:
        if not text:
            continue
        for match in pattern.finditer(normalise(text)):
            hits.setdefault(match.group(0), Hit(match.group(0), words[match.group(0)]))
    return list(hits.values())

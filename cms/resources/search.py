"""Chinese full-text search over resources (M3, M8; ARCHITECTURE: search).

PostgreSQL cannot tokenise Chinese, so both sides are segmented with jieba (search mode, which also emits
the short words inside long ones: 数控加工技术 → 数控 加工 技术 数控加工 …) and PostgreSQL indexes the
space-separated words with the 'simple' configuration in a GIN-indexed ``search_vector``, weighted
title (A) > keywords, points, course (B) > description, text (C) > extracted document text (D).
A query matches when every one of its words is in the document. SQLite (the embedded default) matches
the same segmented words in ``search_text`` with LIKE.
"""

import html
import logging
import re
import threading
import unicodedata
from pathlib import Path

import jieba
from django.contrib.postgres.search import SearchQuery, SearchRank, SearchVector
from django.db import connection
from django.db.models import F, QuerySet, Value

jieba.setLogLevel(logging.WARNING)
_DICTIONARY = Path(__file__).with_name("jieba_words.txt")
_ready = threading.Lock()
_loaded = False
_WORD = re.compile(r"\w", re.UNICODE)
# Function words that would only make a query stricter.
STOP_WORDS = frozenset(["的", "了", "和", "与", "及", "或", "在", "是", "之", "等", "中", "对", "把", "被"])
_TAGS = re.compile(r"<[^>]+>")
EXTRACTED_TEXT_LIMIT = 100_000
MAX_QUERY_WORDS = 12


def _tokenizer():
    global _loaded
    if not _loaded:
        with _ready:
            if not _loaded:
                jieba.initialize()
                # Text is lower-cased before segmenting, so the dictionary is too (G代码 → g代码).
                for line in _DICTIONARY.read_text(encoding="utf-8").splitlines():
                    word, *rest = line.split()
                    if word:
                        jieba.add_word(word.lower(), int(rest[0]) if rest else None)
                _loaded = True
    return jieba


def add_words(words) -> None:
    """Teach the segmenter names of the library (courses, points) so they stay whole words too."""
    tokenizer = _tokenizer()
    for word in words:
        word = (word or "").strip()
        if 1 < len(word) <= 20 and " " not in word:
            tokenizer.add_word(word)


def normalise(text: str) -> str:
    return unicodedata.normalize("NFKC", text or "").lower()


def segment(text: str) -> list[str]:
    """Words of ``text`` in search mode, punctuation and spaces dropped."""
    if not text:
        return []
    return [
        w.strip()
        for w in _tokenizer().cut_for_search(normalise(text))
        if _WORD.search(w) and w.strip() and w.strip() not in STOP_WORDS
    ]


def query_words(query: str) -> list[str]:
    """Distinct words of a query, in order, capped."""
    seen: dict[str, None] = {}
    for word in segment(query):
        seen.setdefault(word, None)
    return list(seen)[:MAX_QUERY_WORDS]


def _plain(html_text: str) -> str:
    return html.unescape(_TAGS.sub(" ", html_text or ""))


def document_parts(resource) -> tuple[str, str, str, str]:
    """Text of ``resource`` by weight: A title, B keywords/points/course/major, C description/text, D extracted."""
    keywords = " ".join(tag.name for tag in resource.keywords.all())
    points = " ".join(kp.name for kp in resource.knowledge_points.all())
    context = " ".join(
        filter(
            None,
            [
                resource.course.title if resource.course_id else "",
                resource.module.title if resource.module_id else "",
                resource.major.title if resource.major_id else "",
            ],
        )
    )
    extracted = resource.asset.extracted_text[:EXTRACTED_TEXT_LIMIT] if resource.asset_id else ""
    return (
        " ".join(segment(resource.title)),
        " ".join(segment(f"{keywords} {points} {context}")),
        " ".join(segment(f"{resource.description} {_plain(resource.body)}")),
        " ".join(segment(extracted)),
    )


def search_document_update(resource) -> None:
    """Re-index ``resource`` from its row (the live version once published)."""
    from cms.resources.models import Resource

    a, b, c, d = document_parts(resource)
    values = {"search_text": " ".join(filter(None, (a, b, c, d)))}
    if connection.vendor == "postgresql":
        values["search_vector"] = (
            SearchVector(Value(a), weight="A", config="simple")
            + SearchVector(Value(b), weight="B", config="simple")
            + SearchVector(Value(c), weight="C", config="simple")
            + SearchVector(Value(d), weight="D", config="simple")
        )
    Resource.objects.filter(pk=resource.pk).update(**values)


def _tsquery(words: list[str], *, prefix_last: bool = False, weights: str = "") -> SearchQuery:
    quoted = ["'" + w.replace("'", "''").replace("\\", "") + "'" for w in words]
    if weights:
        quoted = [q + ":" + weights for q in quoted]
    if prefix_last and quoted:
        quoted[-1] += "*" if weights else ":*"
    return SearchQuery(" & ".join(quoted), search_type="raw", config="simple")


def search_filter(qs: QuerySet, query: str, *, rank: bool = True) -> QuerySet:
    """Resources of ``qs`` matching every word of ``query``; annotated with ``rank`` on PostgreSQL."""
    words = query_words(query)
    if not words:
        return qs.none()
    if connection.vendor == "postgresql":
        tsquery = _tsquery(words)
        qs = qs.filter(search_vector=tsquery)
        return qs.annotate(rank=SearchRank(F("search_vector"), tsquery)) if rank else qs
    for word in words:
        qs = qs.filter(search_text__contains=word)
    return qs.annotate(rank=Value(1.0)) if rank else qs


def prefix_filter(qs: QuerySet, prefix: str) -> QuerySet:
    """Resources whose title starts with, or whose words complete, ``prefix`` (autocomplete)."""
    words = query_words(prefix)
    if not words:
        return qs.none()
    if connection.vendor == "postgresql":
        # Title words only (weight A): a suggestion is a title, so "数控车" must not complete through 车间 in a body.
        return qs.filter(search_vector=_tsquery(words, prefix_last=True, weights="A"))
    for word in words:
        qs = qs.filter(search_text__contains=word)
    return qs

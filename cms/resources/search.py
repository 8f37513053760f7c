"""Chinese full-text search over resources (M3, M8; ARCHITECTURE: search).

PostgreSQL cannot tokenise Chinese, so both sides are segmented with jieba (search mode, which also emits
the short words inside long ones: 数控加工技术 → 数控 加工 技术 数控加工 …) and PostgreSQL indexes the
space-separated words with the 'simple' configuration in a GIN-indexed ``search_vector``, weighted
title (A) > keywords, points, course (B) > description, text (C) > extracted document text (D).
A query matches when every one of its words is in the document. SQLite (the embedded default) matches
the same segmented words in ``search_text`` with LIKE.
"""

import functools
import html
import logging
import operator
import re
import threading
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

import jieba
from django.contrib.postgres.fields import ArrayField
from django.contrib.postgres.search import SearchQuery, SearchVector
from django.db import connection, transaction
from django.db.models import Func, IntegerField, QuerySet, Value

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
MAX_QUERY_CHARS = 100
# Relevance ranks at most this many of the best matches by ts_rank (see search_page).
RANK_CANDIDATES = 500
# The knowledge point facet lists the points with the most matches, at most this many.
FACET_POINT_BUCKETS = 50
# work_mem of the search statement: the CTE of a broad query's matches fits in memory.
SEARCH_WORK_MEM = "16MB"


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


def query_cap(query: str, limit: int = MAX_QUERY_CHARS) -> str:
    """``query`` cut to ``limit`` characters, at the last space or punctuation when it has one.

    Bounds the segmenting and the SQL of pasted walls of text; cutting at a separator keeps a half word
    ("数控 加工 数控 加" → "数控 加工 数控") from turning a matching query into one that matches nothing.
    """
    query = (query or "").strip()
    if len(query) <= limit:
        return query
    head = query[:limit]
    if _WORD.match(query[limit]) and _WORD.match(head[-1]):  # the cut splits a word: drop its first part
        cut = max((i for i, ch in enumerate(head) if not _WORD.match(ch)), default=0)
        head = head[:cut] or head
    return head.strip()


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
    """Re-index ``resource`` from its row (the live version once published).

    On PostgreSQL the trigger carries the new vector's words to the resource's search row.
    """
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


class WordHashes(Func):
    """``ARRAY[resources_search_word('w1'), …]``: the hashes ``ResourceSearchEntry.words`` holds (PostgreSQL).

    The function is IMMUTABLE, so the planner folds the array to a constant and estimates the GIN scan well.
    """

    template = "ARRAY[%(expressions)s]::integer[]"
    arg_joiner = ", "

    def __init__(self, words: list[str]):
        hashes = [Func(Value(w), function="resources_search_word", output_field=IntegerField()) for w in words]
        super().__init__(*hashes, output_field=ArrayField(IntegerField()))


def _tsquery_text(words: list[str], *, prefix_last: bool = False, weights: str = "") -> str:
    """``'w1' & 'w2'``: every word quoted, so nothing in a query is tsquery syntax."""
    quoted = ["'" + w.replace("'", "''").replace("\\", "") + "'" for w in words]
    if weights:
        quoted = [q + ":" + weights for q in quoted]
    if prefix_last and quoted:
        quoted[-1] += "*" if weights else ":*"
    return " & ".join(quoted)


def _tsquery(words: list[str], *, prefix_last: bool = False, weights: str = "") -> SearchQuery:
    text = _tsquery_text(words, prefix_last=prefix_last, weights=weights)
    return SearchQuery(text, search_type="raw", config="simple")


@dataclass
class SearchResult:
    """What one search statement returns: the total, the ids of the page in order, the facet counts."""

    total: int
    ids: list[int]
    facets: dict[str, list[tuple[str, int]]] = field(default_factory=dict)


# The facet columns, grouped together in SQL and summed per column here.
_FACET_COLUMNS = {"major": "major_id", "course": "course_id", "resource_type": "resource_type", "source": "source"}
SORT_COLUMNS = frozenset({"first_published_at", "view_count", "download_count"})


def search_page(
    qs: QuerySet,
    *,
    words: list[str],
    sort_column: str | None,
    limit: int,
    offset: int,
    facets: bool,
    point_buckets: int = FACET_POINT_BUCKETS,
) -> SearchResult:
    """One statement over one pass of the matches of ``qs``: total, facets and the page's ids (PostgreSQL).

    ``qs`` is a queryset of ``ResourceSearchEntry`` (narrow rows: why, see that model). Why one statement: a
    broad query ("数控" in a CNC library) matches most rows, and each pass over the matches reads their heap
    pages; counting, faceting and paging separately read them three or four times. The matches are read once
    into a CTE holding only the small columns. The facets group it once by all four facet columns together
    (a few hundred groups, which Python sums per column and in all for the total: cheaper than PostgreSQL's
    GROUPING SETS, which hashes every match once per set); the knowledge point facet unnests
    ``knowledge_point_ids``.

    ``sort_column`` orders descending (newest, most viewed, most downloaded). ``None`` with ``words`` is
    relevance: ``ts_rank`` reads every ranked row's search_vector, so it ranks only the best
    ``RANK_CANDIDATES`` matches (more when paging deeper), chosen by how many query words the title holds,
    then by views. With at most that many matches (every narrow query) the order is plain ``ts_rank``. A word
    without letter case (Chinese) is looked for in the title as it is: ``lower()`` of every match's title
    would cost a broad query as much as reading its rows.
    """
    from django.db.models.functions import Cast, Lower, StrIndex
    from django.db.models.lookups import GreaterThan

    from cms.resources.models import Resource

    def in_title(word: str):
        title = "title" if word.lower() == word.upper() else Lower("title")
        return Cast(GreaterThan(StrIndex(title, Value(word)), 0), IntegerField())

    matches = qs.order_by()
    columns = ["id", "major_id", "course_id", "resource_type", "source"]
    if facets:
        columns.append("knowledge_point_ids")
    if words:
        matches = matches.filter(words__contains=WordHashes(words))
    relevance = bool(words) and sort_column is None
    if relevance:
        hits = functools.reduce(operator.add, (in_title(w) for w in words))
        matches = matches.annotate(hits=hits)
        columns += ["hits", "view_count"]
    else:
        sort_column = sort_column or "first_published_at"
        if sort_column not in SORT_COLUMNS:  # it becomes SQL text
            raise ValueError(f"cannot sort resources by {sort_column!r}")
        columns.append(sort_column)
    inner, params = matches.values(*columns).query.sql_with_params()
    params = list(params)

    if facets:
        groups = (
            "SELECT 0, 0, major_id::text, course_id::text, resource_type::text, source::text, count(*)::float8"
            " FROM m GROUP BY major_id, course_id, resource_type, source"
        )
        points = (
            "(SELECT 1, 0, point::text, NULL, NULL, NULL, count(*)::float8"
            " FROM (SELECT unnest(knowledge_point_ids) AS point FROM m) p"
            " GROUP BY point ORDER BY count(*) DESC, point LIMIT %s)"
        )
        parts, part_params = [groups, points], [point_buckets]
    else:
        parts, part_params = ["SELECT 0, 0, NULL, NULL, NULL, NULL, count(*)::float8 FROM m"], []
    if relevance:
        parts.append(
            "(SELECT 2, (row_number() OVER (ORDER BY rank DESC, id DESC))::int, id::text, NULL, NULL, NULL, rank"  # noqa: S608
            " FROM ("
            " SELECT r.id, ts_rank(r.search_vector, to_tsquery('simple'::regconfig, %s))::float8 AS rank"
            " FROM (SELECT id FROM m ORDER BY hits DESC, view_count DESC, id DESC LIMIT %s) c"
            f" JOIN {Resource._meta.db_table} r ON r.id = c.id"
            " WHERE r.search_vector @@ to_tsquery('simple'::regconfig, %s)"  # drops a word-hash collision
            ") ranked ORDER BY rank DESC, id DESC LIMIT %s OFFSET %s)"
        )
        tsquery = _tsquery_text(words)
        part_params += [tsquery, max(RANK_CANDIDATES, offset + limit), tsquery, limit, offset]
    else:
        parts.append(
            f"(SELECT 2, (row_number() OVER (ORDER BY {sort_column} DESC, id DESC))::int, id::text,"  # noqa: S608
            f" NULL, NULL, NULL, NULL::float8 FROM m ORDER BY {sort_column} DESC, id DESC LIMIT %s OFFSET %s)"
        )
        part_params += [limit, offset]
    sql = f"WITH m AS MATERIALIZED ({inner}) " + " UNION ALL ".join(parts)

    result = SearchResult(total=0, ids=[])
    counts: dict[str, dict[str, int]] = {name: {} for name in _FACET_COLUMNS}
    points_found: list[tuple[str, int]] = []
    page: list[tuple[int, int]] = []
    with transaction.atomic(), connection.cursor() as cursor:
        if words:
            # For this statement only (restored below, also inside an outer transaction): for a broad query
            # PostgreSQL's planner prefers a sequential scan evaluating `@>` on every row; the GIN index answers
            # it exactly, so with it only the matches' rows are read. More work_mem keeps the CTE of a broad
            # query in memory.
            cursor.execute(
                "SELECT current_setting('enable_seqscan'), current_setting('work_mem'),"
                " set_config('enable_seqscan', 'off', true), set_config('work_mem', %s, true)",
                [SEARCH_WORK_MEM],
            )
            previous = cursor.fetchone()[:2]
        cursor.execute(sql, params + part_params)
        rows = cursor.fetchall()
        if words:
            cursor.execute("SELECT set_config('enable_seqscan', %s, true), set_config('work_mem', %s, true)", previous)
        for part, position, *keys, value in rows:
            if part == 0:
                result.total += int(value)
                for name, key in zip(_FACET_COLUMNS, keys, strict=True):
                    if key is not None:
                        counts[name][key] = counts[name].get(key, 0) + int(value)
            elif part == 1:
                points_found.append((keys[0], int(value)))
            elif part == 2:
                page.append((position, int(keys[0])))
    result.ids = [pk for _position, pk in sorted(page)]
    if facets and result.total:
        result.facets = {name: list(found.items()) for name, found in counts.items()}
        result.facets["knowledge_point"] = points_found
    return result


def search_filter(qs: QuerySet, query: str) -> QuerySet:
    """Resources of ``qs`` whose ``search_text`` holds every word of ``query`` (SQLite, the embedded default)."""
    words = query_words(query)
    if not words:  # only punctuation or stop words: nothing matches
        return qs.none()
    for word in words:
        qs = qs.filter(search_text__contains=word)
    return qs


def prefix_filter(qs: QuerySet, prefix: str) -> QuerySet:
    """Resources whose title starts with, or whose words complete, ``prefix`` (autocomplete)."""
    words = query_words(prefix)
    if not words:
        return qs.none()
    if connection.vendor == "postgresql":
        # Title words only (weight A): a suggestion is a title, so "数控车" must not complete through 车间 in a body.
        return qs.filter(search_vector=_tsquery(words, prefix_last=True, weights="A"))
    for word in words:  # SQLite: the words inside the (unsegmented) title
        qs = qs.filter(title__icontains=word)
    return qs

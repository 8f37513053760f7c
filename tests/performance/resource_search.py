"""Resource search benchmark (issue 4; M3, M8), called by scripts/bench.sh; writes its section of docs/benchmarks.md.

1. Creates a PostgreSQL database of its own (``zyk_bench_search`` on the server of ``DATABASE_URL``, or
   ``BENCH_SEARCH_DATABASE_URL``), migrates it and loads the demo library (``load_demo``) plus two more majors.
2. Generates ``--resources`` (100,000) realistic published resources fast: titles, descriptions, keywords,
   text bodies and document text assembled from a vocabulary of CNC terms across the majors' courses and
   knowledge points; rows go in with ``bulk_create``, ``search_text`` is the real ``segment()`` (in a process
   pool), and ``search_vector`` is filled by one SQL UPDATE with the same setweight(to_tsvector('simple', …))
   expression ``search_document_update`` stores (checked on a sample against the real function).
3. Times ``resource_search`` as an anonymous visitor — the whole call: count, facets and the page of 20 —
   for two-word and one-word Chinese queries, ``--iterations`` each after a warm-up, plus autocomplete.
4. Times batch upload (``resource_batch_prepare`` + ``resource_batch_commit``) of ``--batch-files`` small
   generated images and PDFs.
5. Replaces the "Resource search (issue 4)" section of ``--out`` (inserted before "How to reproduce") and drops
   its database (``--keep`` leaves it, ``--reuse`` measures an existing one again without regenerating).
"""

import argparse
import datetime
import importlib
import io
import json
import logging
import math
import multiprocessing
import os
import random
import re
import statistics
import sys
import tempfile
import time
import urllib.parse
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import psycopg  # noqa: E402
from report import git_commit, machine  # noqa: E402
from sections import section_replace  # noqa: E402

SECTION = "## Resource search (issue 4)"
# Indexes a bulk load builds once at the end: autocomplete's on the vectors, matching's on the word hashes.
GIN_INDEXES = {
    "resources_search_vector": "resources_resource USING gin (search_vector)",
    "resources_search_entry_words": "resources_search_entry USING gin (words)",
}
TARGET_MS = 100.0
TWO_WORD_QUERIES = ["数控 加工", "车削 螺纹", "刀具 补偿", "宏程序 编程", "加工中心 对刀"]
ONE_WORD_QUERIES = "数控 螺纹 对刀 宏程序 故障诊断".split()  # noqa: SIM905
AUTOCOMPLETE_PREFIXES = "数控车 宏程 加工中".split()  # noqa: SIM905

# ---- vocabulary ------------------------------------------------------------------------------------------
OPERATIONS = (  # noqa: SIM905
    "数控车削 数控铣削 车削 铣削 钻削 镗削 磨削 手工编程 自动编程 宏程序编程 对刀 刀具补偿 "
    "刀具半径补偿 刀具长度补偿 装夹 找正 测量 检测 调试 维护保养 故障诊断 故障排除 参数设置 "
    "程序校验 仿真加工 试切 工艺分析 精度检验"
).split()
OBJECTS = (  # noqa: SIM905
    "外圆 端面 螺纹 内孔 沟槽 圆弧 台阶轴 套类零件 箱体 型腔 平面轮廓 凸台 孔系 曲面 叶轮 "
    "配合件 薄壁件 盘类零件 异形件 综合件"
).split()
EQUIPMENT = (  # noqa: SIM905
    "数控车床 数控铣床 加工中心 五轴加工中心 车铣复合机床 刀具 夹具 量具 游标卡尺 千分尺 "
    "三坐标测量机 主轴 伺服系统 进给系统 刀库 换刀机构 PLC FANUC系统 西门子系统 "
    "华中数控系统 对刀仪 卡盘 尾座 冷却系统"
).split()
CONCEPTS = (  # noqa: SIM905
    "G代码 M代码 G71循环 G76螺纹循环 子程序 宏程序 公差 形位公差 表面粗糙度 切削用量 "
    "切削参数 加工工艺 工艺路线 工序 基准 定位 零件图 装配图 坐标系 工件坐标系 机床坐标系 "
    "安全操作规程 多轴加工 刀路规划 后置处理 精度 误差分析"
).split()
KINDS = {  # resource type → words a title of that type ends with
    "video": ["教学视频", "操作演示", "微课", "实操视频"],
    "animation": ["动画", "原理动画", "三维动画"],
    "image": ["图片", "结构图", "示意图"],
    "document": ["实训指导书", "教案", "习题", "学习任务单", "案例"],
    "presentation": ["课件", "教学课件"],
    "audio": ["讲解音频"],
    "simulation": ["虚拟仿真", "仿真实训"],
    "text": ["知识讲解", "要点"],
    "spreadsheet": ["参数表", "评分表"],
    "link": ["拓展阅读"],
}
TYPE_SHARE = {  # a mix inside the C8 rule (text + image + document ≤ 30 %)
    "video": 28,
    "animation": 12,
    "presentation": 14,
    "simulation": 8,
    "audio": 4,
    "document": 14,
    "image": 9,
    "text": 5,
    "spreadsheet": 3,
    "link": 3,
}
SOURCES = {"original": 70, "enterprise_case": 12, "adapted": 12, "third_party": 6}
SENTENCES = [
    "本资源介绍{a}的基本方法，结合{b}实例，帮助学生掌握{c}。",
    "通过{a}任务，学习{b}与{c}的相关知识，培养精益求精的工匠精神。",
    "以企业真实零件为载体，讲解{a}中{b}的选择和{c}的注意事项。",
    "{a}是{b}的重要环节，本资源演示{c}的操作步骤和常见问题。",
    "对照{a}标准，分析{b}对{c}的影响，并给出改进措施。",
    "结合1+X职业技能等级证书要求，完成{a}、{b}和{c}的训练。",
]
EXTRA_MAJORS = [
    ("460104", "机械制造及自动化", "mechanical-manufacturing", ["机械加工工艺", "液压与气动技术", "工装夹具设计"]),
    ("460305", "工业机器人技术", "industrial-robotics", ["工业机器人编程", "工业机器人系统集成", "PLC应用技术"]),
]
POINTS_PER_COURSE = 12
DOCUMENT_TYPES = ("document", "presentation", "spreadsheet")  # the types that get generated document text


def pick(rng: random.Random, weights: dict[str, int]) -> str:
    return rng.choices(list(weights), weights=list(weights.values()))[0]


SENTENCE_POOL = 30_000  # descriptions, bodies and document text are drawn from this many generated sentences


def sentence(rng: random.Random) -> str:
    words = rng.sample(OPERATIONS + OBJECTS + EQUIPMENT + CONCEPTS, 3)
    return rng.choice(SENTENCES).format(a=words[0], b=words[1], c=words[2])


def title_for(rng: random.Random, course: str, point: str | None, kind: str, n: int) -> str:
    suffix = rng.choice(KINDS[kind])
    form = rng.random()
    if form < 0.35 and point:  # the naming rule's shape: 课程-知识点-类型-序号
        return f"{course}-{point}-{suffix}-{n % 1000:03d}"
    if form < 0.6:
        return f"{rng.choice(EQUIPMENT)}{rng.choice(OPERATIONS)}{suffix}"
    if form < 0.85:
        return f"{rng.choice(OBJECTS)}{rng.choice(OPERATIONS)}{suffix}"
    return f"{rng.choice(CONCEPTS)}与{rng.choice(OBJECTS)}{rng.choice(OPERATIONS)}{suffix}"


# ---- database --------------------------------------------------------------------------------------------


def database_urls() -> tuple[str, str, str]:
    """(maintenance URL, benchmark URL, database name): the benchmark's own database, never the test DB."""
    explicit = os.environ.get("BENCH_SEARCH_DATABASE_URL", "")
    base = explicit or os.environ.get("DATABASE_URL", "")
    if not base.startswith(("postgres://", "postgresql://")):
        raise SystemExit(
            "The search benchmark needs PostgreSQL: set DATABASE_URL or BENCH_SEARCH_DATABASE_URL "
            "(postgres://user@host:port/anything; it creates and drops its own database)."
        )
    parts = urllib.parse.urlsplit(base)
    name = parts.path.lstrip("/") if explicit else "zyk_bench_search"
    if not name or name.startswith("test"):
        raise SystemExit(f"refusing to use database {name!r} for the benchmark")
    return parts._replace(path="/postgres").geturl(), parts._replace(path=f"/{name}").geturl(), name


def database_recreate(maintenance_url: str, name: str, *, drop_only: bool = False) -> None:
    with psycopg.connect(maintenance_url, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        if not drop_only:
            conn.execute(f"CREATE DATABASE \"{name}\" ENCODING 'UTF8' TEMPLATE template0")


def database_exists(maintenance_url: str, name: str) -> bool:
    with psycopg.connect(maintenance_url, autocommit=True) as conn:
        return conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone() is not None


# ---- catalogue: majors, courses, points ------------------------------------------------------------------


def catalogue_build() -> list[dict]:
    """The demo library plus two more majors; every course gets points up to POINTS_PER_COURSE."""
    from cms.courses.models import CoursePage, KnowledgePoint, KnowledgePointKind
    from cms.majors.demo import demo_library_load
    from cms.majors.models import LibraryHomePage, MajorPage

    demo_library_load()  # organisations, the major and its courses (not load_demo's media-backed resources)
    home = LibraryHomePage.objects.first()
    for code, title, slug, courses in EXTRA_MAJORS:
        if MajorPage.objects.filter(code=code).exists():
            continue
        major = MajorPage(
            code=code, title=title, slug=slug, category="装备制造大类", subcategory="机械设计制造类", intro=title
        )
        home.add_child(instance=major)
        major.save_revision().publish()
        for i, course_title in enumerate(courses):
            course = CoursePage(title=course_title, slug=f"{slug}-{i}", kind="core", summary=course_title, hours=64)
            major.add_child(instance=course)
            course.save_revision().publish()
    rng = random.Random(7)
    for course in CoursePage.objects.all():
        have = KnowledgePoint.objects.filter(course=course).count()
        KnowledgePoint.objects.bulk_create(
            KnowledgePoint(
                course=course,
                kind=KnowledgePointKind.SKILL if i % 2 else KnowledgePointKind.KNOWLEDGE,
                name=f"{rng.choice(OBJECTS)}{rng.choice(OPERATIONS)}",
                sort_order=have + i,
            )
            for i in range(max(0, POINTS_PER_COURSE - have))
        )
    catalogue = []
    for course in CoursePage.objects.order_by("pk"):
        major = course.get_parent().specific
        modules = list(course.outline_items.values_list("pk", "title")) if hasattr(course, "outline_items") else []
        catalogue.append(
            {
                "major_id": major.pk,
                "major": major.title,
                "main": major.code == "460103",
                "course_id": course.pk,
                "course": course.title,
                "modules": modules,
                "points": list(
                    KnowledgePoint.objects.filter(course=course).order_by("sort_order", "pk").values_list("pk", "name")
                ),
            }
        )
    return catalogue


# ---- generation ------------------------------------------------------------------------------------------


# jieba segments each run of word characters on its own, so a text's words are the words of its pieces between
# spaces and full stops: each distinct piece (a pooled sentence, a keyword, a title) is segmented once.
_PIECE_BOUNDARY = re.compile(r"(?<=。)|\s+")


def pieces(text: str) -> list[str]:
    return [piece for piece in _PIECE_BOUNDARY.split(text) if piece]


def _segment_pieces(chunk: list[str]) -> list[str]:
    from cms.resources.search import segment

    return [" ".join(segment(piece)) for piece in chunk]


def generate(count: int, catalogue: list[dict], *, seed: int = 4, workers: int = 0) -> dict:
    """Insert ``count`` published resources; returns timings. ``search_*`` exactly as the indexer makes them."""
    from django.db import connection, transaction
    from django.utils import timezone
    from django.utils.text import slugify
    from taggit.models import Tag

    from cms.accounts.models import Organisation
    from cms.resources.models import Resource, ResourceTag
    from cms.resources.search import _tokenizer

    rng = random.Random(seed)
    pool = [sentence(rng) for _ in range(SENTENCE_POOL)]
    organisations = list(Organisation.objects.values_list("pk", flat=True))
    main = [c for c in catalogue if c["main"]]
    other = [c for c in catalogue if not c["main"]]
    now = timezone.now()
    timings: dict[str, float] = {}

    start = time.perf_counter()
    resources, parts, links = [], [], []
    for n in range(count):
        course = rng.choice(main if rng.random() < 0.75 else other)
        kind = pick(rng, TYPE_SHARE)
        points = rng.sample(course["points"], k=min(len(course["points"]), rng.choice([0, 0, 1, 1, 1, 2, 3])))
        points.sort(key=course["points"].index)  # the order the indexer reads them in
        title = title_for(rng, course["course"], points[0][1] if points else None, kind, n)
        keywords = rng.sample(OPERATIONS + OBJECTS + EQUIPMENT + CONCEPTS, rng.randint(1, 4))
        description = "".join(rng.choices(pool, k=rng.randint(1, 3)))
        body = "<p>" + "".join(rng.choices(pool, k=rng.randint(3, 6))) + "</p>" if kind == "text" else ""
        extracted = "\n".join(rng.choices(pool, k=rng.randint(4, 12))) if kind in DOCUMENT_TYPES else ""
        module = rng.choice(course["modules"]) if course["modules"] and rng.random() < 0.5 else None
        published = now - datetime.timedelta(minutes=rng.randint(0, 3 * 365 * 24 * 60))
        state = rng.random()  # 3 % drafts, 2 % in the recycle bin: rows the search must skip
        organisation = rng.choice(organisations)
        resources.append(
            {
                "title": title[:200],
                "resource_type": kind,
                "major_id": course["major_id"],
                "course_id": course["course_id"],
                "module_id": module[0] if module else None,
                "description": description,
                "body": body,
                "url": "https://example.org/reading" if kind == "link" else "",
                "source": pick(rng, SOURCES),
                "organisation_id": organisation,
                "school_id": organisation,
                "visibility": "public",
                "live": state >= 0.03,
                "first_published_at": published if state >= 0.03 else None,
                "last_published_at": published if state >= 0.03 else None,
                "deleted_at": now if 0.03 <= state < 0.05 else None,
                "view_count": int(rng.paretovariate(1.2) * 10),
                "download_count": int(rng.paretovariate(1.5) * 2),
            }
        )  # the varying columns; the others keep a template resource's defaults
        context = " ".join(filter(None, [course["course"], module[1] if module else "", course["major"]]))
        parts.append(
            (
                title,
                f"{' '.join(keywords)} {' '.join(name for _pk, name in points)} {context}",
                f"{description} {body.replace('<p>', ' ').replace('</p>', ' ')}",
                extracted,
            )
        )
        links.append(([pk for pk, _name in points], keywords))
    timings["assemble_s"] = time.perf_counter() - start
    characters = sum(len(t) for row in parts for t in row)
    print(f"  assembled {count:,} resources ({characters:,} characters of text) in {timings['assemble_s']:.1f} s")

    start = time.perf_counter()
    _tokenizer()  # load the dictionary once, before the pool forks
    distinct = sorted({piece for row in parts for text in row for piece in pieces(text)})
    chunk = 2000
    chunks = [distinct[i : i + chunk] for i in range(0, len(distinct), chunk)]
    workers = workers or os.cpu_count() or 1
    words: dict[str, str] = {}
    with multiprocessing.get_context("fork").Pool(workers) as pool:
        segmenting = zip(chunks, pool.imap(_segment_pieces, chunks), strict=True)
        for done, (chunk_pieces, chunk_words) in enumerate(segmenting, start=1):
            words.update(zip(chunk_pieces, chunk_words, strict=True))
            if done % 20 == 0 or done == len(chunks):
                print(f"  segmented {len(words):,}/{len(distinct):,} distinct pieces", flush=True)
    segmented = [
        tuple(" ".join(filter(None, (words[piece] for piece in pieces(text)))) for text in row) for row in parts
    ]
    timings["segment_s"] = time.perf_counter() - start
    timings["segment_pieces"] = len(distinct)
    timings["segment_characters"] = characters
    timings["segment_workers"] = workers

    # Rows go through a staging table by COPY, then one INSERT … SELECT computes search_vector, and another
    # makes the search rows (their word hashes from the vectors, as the trigger does): each row is written once,
    # as a bulk load does (an UPDATE after the insert would leave the tables at half density, as no live table
    # is). The triggers that keep the search rows in step are disabled for the load and enabled again after it.
    start = time.perf_counter()
    fields = [f for f in Resource._meta.concrete_fields if not f.primary_key and f.column != "search_vector"]
    columns = ", ".join(connection.ops.quote_name(f.column) for f in fields)
    through = Resource.knowledge_points.through
    vocabulary = set(OPERATIONS + OBJECTS + EQUIPMENT + CONCEPTS)
    tags = dict(Tag.objects.filter(name__in=vocabulary).values_list("name", "pk"))
    created = Tag.objects.bulk_create(Tag(name=w, slug=slugify(w, allow_unicode=True)) for w in vocabulary - set(tags))
    tags.update((tag.name, tag.pk) for tag in created)
    with transaction.atomic(), connection.cursor() as cursor:
        for index in GIN_INDEXES:  # built once at the end, as a bulk load does
            cursor.execute(f"DROP INDEX IF EXISTS {index}")
        cursor.execute("ALTER TABLE resources_resource DISABLE TRIGGER resources_search_entry_sync")
        cursor.execute(f"ALTER TABLE {through._meta.db_table} DISABLE TRIGGER resources_search_entry_points")
        cursor.execute(
            "SELECT nextval(pg_get_serial_sequence('resources_resource', 'id')) FROM generate_series(1, %s)", [count]
        )
        ids = [row[0] for row in cursor.fetchall()]
        cursor.execute(
            "CREATE TEMP TABLE bench_staging ON COMMIT DROP AS SELECT * FROM resources_resource WITH NO DATA"
        )
        cursor.execute(
            "ALTER TABLE bench_staging ADD COLUMN a text, ADD COLUMN b text, ADD COLUMN c text, ADD d text,"
            " ADD COLUMN points bigint[]"
        )
        with cursor.copy(f"COPY bench_staging (id, {columns}, a, b, c, d, points) FROM STDIN") as copy:
            template = Resource(title="", resource_type="text", major_id=0, organisation_id=0)
            defaults = {f.attname: f.get_db_prep_save(f.pre_save(template, True), connection) for f in fields}
            for pk, varying, (a, b, c, d), (points, _words) in zip(ids, resources, segmented, links, strict=True):
                row = {**defaults, **varying, "search_text": " ".join(filter(None, (a, b, c, d)))}
                copy.write_row((pk, *(row[f.attname] for f in fields), a, b, c, d, sorted(points)))
        timings["copy_s"] = time.perf_counter() - start
        print(f"  copied {count:,} rows in {timings['copy_s']:.1f} s", flush=True)
        start = time.perf_counter()
        # The expression Django's SearchVector(Value(x), weight=…, config="simple") compiles to.
        vector = " || ".join(
            f"setweight(to_tsvector('simple'::regconfig, COALESCE({part}, '')), '{part.upper()}')" for part in "abcd"
        )
        insert = f"INSERT INTO resources_resource (id, {columns}, search_vector) SELECT id, {columns}, {vector}"
        cursor.execute(insert + " FROM bench_staging ORDER BY id")  # column names from the model, no input
        mirrored = ", ".join(
            f"r.{c}" for c in importlib.import_module("cms.resources.migrations.0003_search_entry").MIRRORED
        )
        cursor.execute(  # column names from the migration, no input
            f"INSERT INTO resources_search_entry SELECT r.id, {mirrored}, s.points,"  # noqa: S608
            " ARRAY(SELECT DISTINCT resources_search_word(w) FROM unnest(tsvector_to_array(r.search_vector)) w)"
            " FROM resources_resource r JOIN bench_staging s ON s.id = r.id ORDER BY r.id"
        )
        timings["tsvector_s"] = time.perf_counter() - start
        print(f"  inserted with search_vector and search rows in {timings['tsvector_s']:.1f} s", flush=True)
        start = time.perf_counter()
        with cursor.copy(f"COPY {through._meta.db_table} (resource_id, knowledgepoint_id) FROM STDIN") as copy:
            for pk, (points, _words) in zip(ids, links, strict=True):
                for point in points:
                    copy.write_row((pk, point))
        with cursor.copy(f"COPY {ResourceTag._meta.db_table} (content_object_id, tag_id) FROM STDIN") as copy:
            for pk, (_points, words) in zip(ids, links, strict=True):
                for word in words:
                    copy.write_row((pk, tags[word]))
        cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")  # checks the deferred foreign keys, or ALTER TABLE waits
        cursor.execute("ALTER TABLE resources_resource ENABLE TRIGGER resources_search_entry_sync")
        cursor.execute(f"ALTER TABLE {through._meta.db_table} ENABLE TRIGGER resources_search_entry_points")
        timings["links_s"] = time.perf_counter() - start
        print(f"  knowledge point and keyword links in {timings['links_s']:.1f} s", flush=True)
    timings["insert_s"] = timings["copy_s"] + timings["links_s"]

    start = time.perf_counter()
    with connection.cursor() as cursor:
        for index, definition in GIN_INDEXES.items():
            cursor.execute(f"CREATE INDEX IF NOT EXISTS {index} ON {definition}")
    timings["gin_s"] = time.perf_counter() - start
    start = time.perf_counter()
    with connection.cursor() as cursor:
        cursor.execute("VACUUM ANALYZE resources_resource")
        cursor.execute("VACUUM ANALYZE resources_search_entry")
        cursor.execute(f"VACUUM ANALYZE {Resource.knowledge_points.through._meta.db_table}")
        cursor.execute(f"VACUUM ANALYZE {ResourceTag._meta.db_table}")
    timings["vacuum_s"] = time.perf_counter() - start
    print(f"  GIN index built in {timings['gin_s']:.1f} s, vacuum/analyze {timings['vacuum_s']:.1f} s", flush=True)
    return timings


def index_check(sample: int = 300) -> tuple[int, float]:
    """Re-index a sample with the real ``search_document_update``: the same words must carry the same weights.

    Only resources without document text: the generated text has no MediaAsset row to be read back from.
    Positions are not compared (the indexer reads tags in whatever order the database returns them).
    """
    from django.db import connection

    from cms.resources.models import Resource
    from cms.resources.search import search_document_update

    ids = list(
        Resource.objects.filter(live=True)
        .exclude(resource_type__in=DOCUMENT_TYPES)
        .order_by("?")
        .values_list("pk", flat=True)[:sample]
    )

    def words() -> dict[int, set]:
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT r.id, w.lexeme, w.weights FROM resources_resource r, unnest(r.search_vector) w "
                "WHERE r.id = ANY(%s)",
                [ids],
            )
            found: dict[int, set] = {pk: set() for pk in ids}
            for pk, lexeme, weights in cursor.fetchall():
                found[pk].add((lexeme, tuple(sorted(set(weights)))))
            cursor.execute("SELECT id, search_text FROM resources_resource WHERE id = ANY(%s)", [ids])
            for pk, text in cursor.fetchall():
                found[pk].add(("search_text", tuple(sorted(text.split()))))
        return found

    before = words()
    start = time.perf_counter()
    for resource in Resource.objects.filter(pk__in=ids).select_related("major", "course", "module", "asset"):
        search_document_update(resource)
    rate = len(ids) / (time.perf_counter() - start)
    after = words()
    differing = [pk for pk in ids if before[pk] != after[pk]]
    if differing:
        pk = differing[0]
        raise SystemExit(
            f"generated search vectors differ from search_document_update's for {len(differing)} resources, "
            f"e.g. {pk}: only generated {sorted(before[pk] - after[pk])[:5]}, "
            f"only real {sorted(after[pk] - before[pk])[:5]}"
        )
    return len(ids), rate


# ---- measurements ----------------------------------------------------------------------------------------


def percentile(values: list[float], q: float) -> float:
    """Nearest-rank percentile (p95 of 40 timings is the 38th fastest)."""
    ordered = sorted(values)
    return ordered[max(0, math.ceil(q * len(ordered)) - 1)]


def cpu_clock():
    """Nanoseconds this process and its PostgreSQL backend have run on a CPU (Linux schedstat), or None.

    Wall time on a shared machine includes waiting for the CPU; CPU time is the work itself: their
    difference says how much of a latency is other load.
    """
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_backend_pid()")
        paths = [Path(f"/proc/{cursor.fetchone()[0]}/schedstat"), Path("/proc/self/schedstat")]
    try:
        [int(path.read_text().split()[0]) for path in paths]
    except (OSError, ValueError, IndexError):  # another OS, or PostgreSQL on another host
        return None
    return lambda: sum(int(path.read_text().split()[0]) for path in paths)


def measure_search(queries: list[str], iterations: int, warmup: int = 3) -> list[dict]:
    from django.contrib.auth.models import AnonymousUser

    from cms.resources.selectors import resource_search

    anonymous = AnonymousUser()
    clock = cpu_clock()
    results = []
    for query in queries:
        for _ in range(warmup):
            resource_search(anonymous, query=query)
        times, cpu = [], []
        for _ in range(iterations):
            cpu_start = clock() if clock else 0
            start = time.perf_counter()
            page = resource_search(anonymous, query=query)
            times.append((time.perf_counter() - start) * 1000)
            if clock:
                cpu.append((clock() - cpu_start) / 1e6)
        results.append(
            {
                "query": query,
                "matches": page.total,
                "iterations": iterations,
                "p50_ms": statistics.median(times),
                "p95_ms": percentile(times, 0.95),
                "max_ms": max(times),
                "times_ms": times,
                "cpu_p50_ms": statistics.median(cpu) if cpu else None,
                "cpu_ms": cpu,
            }
        )
        print(
            f"  {query:<10} {page.total:>7,} matches  p50 {results[-1]['p50_ms']:6.1f} ms  "
            f"p95 {results[-1]['p95_ms']:6.1f} ms  max {results[-1]['max_ms']:6.1f} ms  "
            f"CPU p50 {results[-1]['cpu_p50_ms'] or 0:6.1f} ms",
            flush=True,
        )
    return results


def measure_autocomplete(prefixes: list[str], iterations: int) -> list[dict]:
    from django.contrib.auth.models import AnonymousUser

    from cms.resources.selectors import resource_autocomplete

    anonymous = AnonymousUser()
    results = []
    for prefix in prefixes:
        resource_autocomplete(anonymous, prefix)
        times = []
        for _ in range(iterations):
            start = time.perf_counter()
            titles = resource_autocomplete(anonymous, prefix)
            times.append((time.perf_counter() - start) * 1000)
        results.append(
            {
                "prefix": prefix,
                "titles": len(titles),
                "p50_ms": statistics.median(times),
                "p95_ms": percentile(times, 0.95),
                "max_ms": max(times),
            }
        )
        print(f"  autocomplete {prefix:<6} p50 {results[-1]['p50_ms']:6.1f} ms  p95 {results[-1]['p95_ms']:6.1f} ms")
    return results


def _png(rng: random.Random) -> bytes:
    from PIL import Image

    image = Image.new("RGB", (64, 48), tuple(rng.randrange(256) for _ in range(3)))
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()


def _pdf(text: str) -> bytes:
    """A one-page PDF with an ASCII text line (pdftotext reads it)."""
    stream = f"BT /F1 18 Tf 72 720 Td ({text}) Tj ET".encode("latin-1")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> >> "
        b"/Contents 4 0 R >>",
        b"<< /Length %d >> stream\n%s\nendstream" % (len(stream), stream),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj " % number + body + b" endobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    out.write(b"".join(b"%010d 00000 n \n" % offset for offset in offsets))
    out.write(b"trailer << /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref))
    return out.getvalue()


def measure_batch(files: int, catalogue: list[dict]) -> dict:
    """Batch upload of ``files`` small images and PDFs: prepare (sniff, measure, store, recognise) + commit."""
    try:
        from cms.resources import batches
    except ImportError as error:  # another helper's module; report instead of failing the whole benchmark
        return {"error": f"cms.resources.batches is not importable: {error}"}
    from django.test import override_settings
    from django.utils import timezone

    from cms.accounts.models import Organisation, User
    from cms.accounts.roles import Role
    from cms.accounts.services import role_grant
    from media_pipeline.models import Upload
    from media_pipeline.uploads import upload_path

    rng = random.Random(11)
    organisation = Organisation.objects.order_by("pk").first()
    user, _created = User.objects.get_or_create(username="bench-batch-teacher", defaults={"real_name": "批量上传"})
    role_grant(user=user, role=Role.TEACHER, organisation=organisation)
    course = next(c for c in catalogue if c["main"])
    with (
        tempfile.TemporaryDirectory() as folder,
        override_settings(MEDIA_ROOT=Path(folder) / "media", ZYK_UPLOAD_DIR=Path(folder) / "uploads"),
    ):
        uploads = []
        total_bytes = 0
        for n in range(files):
            pdf = n % 2 == 1
            data = _pdf(f"Spindle maintenance sheet {n}") if pdf else _png(rng)
            name = f"{rng.choice(OBJECTS)}{rng.choice(OPERATIONS)}{n:03d}.{'pdf' if pdf else 'png'}"
            upload = Upload.objects.create(
                owner=user,
                filename=name,
                length=len(data),
                offset=len(data),
                completed_at=timezone.now(),
                expires_at=timezone.now() + datetime.timedelta(hours=1),
                metadata={"relativePath": f"{course['course']}/{name}"},
            )
            path = upload_path(upload)
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)
            uploads.append((upload, f"{course['course']}/{name}"))
            total_bytes += len(data)
        defaults = {
            "major_id": course["major_id"],
            "course_id": course["course_id"],
            "organisation_id": organisation.pk,
            "authors": [{"name": "王老师"}],
        }
        logging.disable(logging.INFO)  # production settings log every task and revision: not for this output
        try:
            start = time.perf_counter()
            batch = batches.resource_batch_prepare(user=user, uploads=uploads, defaults=defaults)
            prepared = time.perf_counter() - start
            start = time.perf_counter()
            batches.resource_batch_commit(user=user, batch=batch, overrides={})
            committed = time.perf_counter() - start
        finally:
            logging.disable(logging.NOTSET)
        statuses: dict[str, int] = {}
        for status in batch.items.values_list("status", flat=True):
            statuses[status] = statuses.get(status, 0) + 1
    result = {
        "files": files,
        "bytes": total_bytes,
        "prepare_s": prepared,
        "commit_s": committed,
        "files_per_s": files / (prepared + committed),
        "statuses": statuses,
    }
    print(
        f"  batch of {files} files: prepare {prepared:.1f} s, commit {committed:.1f} s, "
        f"{result['files_per_s']:.1f} files/s, items {statuses}"
    )
    return result


def plan_of(query: str) -> str:
    """EXPLAIN (ANALYZE, BUFFERS) of the search statement, for the record (kept in the JSON, not the report)."""
    from django.contrib.auth.models import AnonymousUser
    from django.db import connection, transaction
    from django.test.utils import CaptureQueriesContext

    from cms.resources.search import SEARCH_WORK_MEM
    from cms.resources.selectors import resource_search

    with CaptureQueriesContext(connection) as queries:
        resource_search(AnonymousUser(), query=query)
    statement = next(q["sql"] for q in queries.captured_queries if q["sql"].startswith("WITH "))
    with transaction.atomic(), connection.cursor() as cursor:
        settings = "SELECT set_config('enable_seqscan', 'off', true), set_config('work_mem', %s, true)"
        cursor.execute(settings, [SEARCH_WORK_MEM])
        cursor.execute("EXPLAIN (ANALYZE, BUFFERS) " + statement)
        return "\n".join(row[0] for row in cursor.fetchall())


# ---- report ----------------------------------------------------------------------------------------------


def summary(rows: list[dict]) -> dict:
    times = [t for row in rows for t in row["times_ms"]]
    cpu = [t for row in rows for t in row.get("cpu_ms") or []]
    return {
        "p50_ms": statistics.median(times),
        "p95_ms": percentile(times, 0.95),
        "max_ms": max(times),
        "cpu_p50_ms": statistics.median(cpu) if cpu else None,
        "cpu_p95_ms": percentile(cpu, 0.95) if cpu else None,
    }


def plan_summary(plan: str) -> dict | None:
    """The few numbers of an EXPLAIN (ANALYZE, BUFFERS) text the report quotes."""
    heap = re.search(r"Bitmap Heap Scan .*actual time=[\d.]+\.\.([\d.]+)", plan)
    index = re.search(r"Bitmap Index Scan .*actual time=[\d.]+\.\.([\d.]+)", plan)
    blocks = re.search(r"Heap Blocks: exact=(\d+)", plan)
    buffers = re.search(r"Bitmap Heap Scan[^\n]*\n(?:[^\n]*\n)*?\s+Buffers: shared hit=\d+ read=(\d+)", plan)
    total = re.search(r"Execution Time: ([\d.]+) ms", plan)
    if not (heap and index and blocks and total):
        return None
    return {
        "heap_ms": float(heap.group(1)),
        "index_ms": float(index.group(1)),
        "heap_blocks": int(blocks.group(1)),
        "read": int(buffers.group(1)) if buffers else 0,
        "total_ms": float(total.group(1)),
    }


def fmt(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.1f}"


def section(data: dict) -> list[str]:
    two, one = data["two_word"], data["one_word"]
    two_all, one_all = summary(two), summary(one)
    met = two_all["p95_ms"] <= TARGET_MS
    g = data["generation"]
    lines = [
        SECTION,
        "",
        (
            f"Written by `make bench` (`tests/performance/resource_search.py`) on {data['date']} at commit "
            f"`{data['commit']}`. Chinese full-text search (M3, M8) through `cms.resources.selectors.resource_search` "
            "as an anonymous visitor: the whole call — the count, the five facets (major, course, type, source, "
            "knowledge point) and the page of 20 resources with their major, course, file and institution."
        ),
        "",
        (
            f"- Data: {data['resources']:,} generated resources ({data['published']:,} published and public; the rest "
            "drafts or in the recycle bin, which the search skips) in "
            f"{data['majors']} majors / {data['courses']} courses / {data['points']} knowledge points "
            f"(the demo library's major and courses plus two majors); {data['point_links']:,} resource–point links. "
            "Titles, descriptions, keywords, text bodies and document text are assembled from a vocabulary of CNC "
            "terms; "
            f"{data['with_document_text']:,} resources carry document text (weight D)."
        ),
        (
            f"- Database: PostgreSQL {data['postgres']} (its own database `{data['database']}`, created and dropped "
            "by the run), `VACUUM ANALYZE` after loading; one Python process on the same machine. The resources "
            f"table: {data['heap_bytes'] / 2**20:.0f} MiB of rows, {data['toast_bytes'] / 2**20:.0f} MiB out of line "
            f"(TOAST); the narrow search rows (`resources_search_entry`, what search reads): "
            f"{data.get('entry_bytes', 0) / 2**20:.0f} MiB, their GIN index on `words` "
            f"{data['gin_bytes'] / 2**20:.0f} MiB; "
            f"the server's shared_buffers: {data['shared_buffers']}."
        ),
        (
            f"- Each query: {data['warmup']} warm-up calls, then {data['iterations']} timed calls in a row "
            "(wall time of the Python call, including the SQL round trips)."
        ),
        f"- Machine: {', '.join(f'{k} {v}' for k, v in data['machine'].items())}; load average before: "
        f"{data['load_before']}.",
        "",
        "### Latency",
        "",
        (
            "Milliseconds of wall time. *CPU* is the time this process and its PostgreSQL backend spent on a CPU "
            "during the call (Linux schedstat): the work itself, without the waiting for a core that other load "
            "on the machine adds to the wall time."
        ),
        "",
        "| query | words | matches | p50 | p95 | max | CPU p50 | CPU p95 |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for label, rows in (("two", two), ("one", one)):
        for row in rows:
            cpu = summary([row])
            lines.append(
                f"| `{row['query']}` | {label} | {row['matches']:,} | {row['p50_ms']:.1f} | {row['p95_ms']:.1f} "
                f"| {row['max_ms']:.1f} | {fmt(cpu['cpu_p50_ms'])} | {fmt(cpu['cpu_p95_ms'])} |"
            )
    lines += [
        f"| **all two-word queries** | two | | **{two_all['p50_ms']:.1f}** | **{two_all['p95_ms']:.1f}** "
        f"| {two_all['max_ms']:.1f} | {fmt(two_all['cpu_p50_ms'])} | {fmt(two_all['cpu_p95_ms'])} |",
        f"| **all one-word queries** | one | | {one_all['p50_ms']:.1f} | {one_all['p95_ms']:.1f} "
        f"| {one_all['max_ms']:.1f} | {fmt(one_all['cpu_p50_ms'])} | {fmt(one_all['cpu_p95_ms'])} |",
    ]
    if data.get("autocomplete"):
        lines += ["", "Autocomplete (`resource_autocomplete`, 8 titles):", ""]
        lines += ["| prefix | titles | p50 | p95 | max |", "| --- | ---: | ---: | ---: | ---: |"]
        for row in data["autocomplete"]:
            lines.append(
                f"| `{row['prefix']}` | {row['titles']} | {row['p50_ms']:.1f} | {row['p95_ms']:.1f} "
                f"| {row['max_ms']:.1f} |"
            )
    lines += [
        "",
        "### Target",
        "",
        (
            f"Target: p95 ≤ {TARGET_MS:.0f} ms for a two-word Chinese query with 100,000 resources on this "
            f"{os.cpu_count()}-core machine. "
            + ("" if data["resources"] >= 100_000 else f"(This run had {data['resources']:,} resources only.) ")
            + f"**{'Met' if met else 'Not met'}**: p95 {two_all['p95_ms']:.1f} ms over "
            f"all two-word queries (worst single query p95 {max(r['p95_ms'] for r in two):.1f} ms); CPU time p95 "
            f"{fmt(two_all['cpu_p95_ms'])} ms, load average {data['load_before']} before the run."
        ),
    ]
    plan = plan_summary(data.get("plan", ""))
    if plan:
        lines += [
            "",
            (
                f"Where the time goes, for `{TWO_WORD_QUERIES[0]}` (EXPLAIN ANALYZE of the search statement, kept in "
                f"the JSON): the GIN index finds the matches in {plan['index_ms']:.0f} ms; reading their rows "
                f"(the small columns the facets and the page need) visits {plan['heap_blocks']:,} heap pages in "
                f"{plan['heap_ms']:.0f} ms, {plan['read']:,} of them read from outside shared_buffers; the whole "
                f"statement takes {plan['total_ms']:.0f} ms. Every match of a broad query is read once for the "
                "exact total and facet counts, so the cost follows the number of matches."
            ),
            "",
            (
                "The matches are read from `resources_search_entry`: narrow rows (the filter, facet and sort "
                "columns, the knowledge point ids as an array, and the words of the resource as 32-bit hashes in a "
                "GIN-indexed `int[]`) that triggers keep equal to the resources (docs/decisions/0003). Before them "
                "the same benchmark read the wide resource rows with a GIN index on `search_vector`: two-word p95 "
                "298.5 ms, `数控 加工` p50 242.5 ms (commit `aa1c908`, 2026-11-26); the vectors stay on the resources "
                "for ranking the best 500 candidates and for autocomplete."
            ),
        ]
    if data.get("notes"):
        lines += ["", *data["notes"]]
    lines += [
        "",
        "### Indexing and batch upload",
        "",
        (
            f"- Indexing one resource the production way (`search_document_update`: read its keywords, points and "
            f"course, segment, write `search_text` and `search_vector`): **{data['index_rate']:.0f} resources/s** "
            f"in one process ({data['index_check']} resources re-indexed)."
        ),
        (
            f"- Generating the data: {g['segment_characters']:,} characters of text, segmented with the real "
            f"`segment()` as {g['segment_pieces']:,} distinct pieces (sentences from a pool of {SENTENCE_POOL:,}, "
            f"keywords, titles; jieba segments the text between spaces and full stops on its own) in "
            f"{g['segment_s']:.1f} s with {g['segment_workers']} processes; rows copied in {g['copy_s']:.1f} s and "
            f"inserted with their `search_vector` by one INSERT … SELECT in {g['tsvector_s']:.1f} s; GIN index "
            f"built in {g['gin_s']:.1f} s. The vectors equal those `search_document_update` writes: the "
            "re-indexed resources above changed no word or weight."
        ),
    ]
    batch = data.get("batch") or {}
    if "error" in batch:
        lines.append(f"- Batch upload: not measured ({batch['error']}).")
    elif batch:
        lines.append(
            f"- Batch upload: {batch['files']} generated files (PNG images and one-page PDFs, "
            f"{batch['bytes'] / 1024:.0f} KiB in all) through `resource_batch_prepare` (sniff, measure, store, "
            f"recognise) in {batch['prepare_s']:.1f} s and `resource_batch_commit` (create the resources) in "
            f"{batch['commit_s']:.1f} s: **{batch['files_per_s']:.1f} files/s** (items: "
            + ", ".join(f"{k} {v}" for k, v in sorted(batch["statuses"].items()))
            + "). Local file storage; the transfer itself (tus) is not included."
        )
    lines += [
        "",
        (
            "Reproduce: `DATABASE_URL=postgres://... make bench` (the search benchmark needs PostgreSQL), or alone: "
            "`DATABASE_URL=postgres://... .venv/bin/python tests/performance/resource_search.py --out "
            "docs/benchmarks.md`. Knobs: `BENCH_SEARCH_RESOURCES`, `BENCH_SEARCH_ITERATIONS`, "
            "`BENCH_BATCH_FILES`, `BENCH_SEARCH_DATABASE_URL`. Raw timings: `var/bench/resource_search.json`."
        ),
        "",
    ]
    return lines


def write_section(out: Path, lines: list[str]) -> None:
    section_replace(out, SECTION, lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--resources", type=int, default=int(os.environ.get("BENCH_SEARCH_RESOURCES", 100_000)))
    parser.add_argument("--iterations", type=int, default=int(os.environ.get("BENCH_SEARCH_ITERATIONS", 30)))
    parser.add_argument("--batch-files", type=int, default=int(os.environ.get("BENCH_BATCH_FILES", 100)))
    parser.add_argument("--out", type=Path, help="docs/benchmarks.md: its Resource search section is replaced")
    parser.add_argument("--json", type=Path, help="raw results")
    parser.add_argument("--keep", action="store_true", help="leave the benchmark database in place")
    parser.add_argument("--reuse", action="store_true", help="measure an existing benchmark database again")
    parser.add_argument("--note", action="append", default=[], help="a line added under Target")
    parser.add_argument("--skip", metavar="REASON", help="only write the section saying why it did not run")
    args = parser.parse_args()
    if args.skip:
        if args.out:
            now = datetime.datetime.now(datetime.UTC).astimezone().strftime("%Y-%m-%d %H:%M %Z")
            lines = [SECTION, "", f"The run of {now} did not measure resource search: {args.skip}.", ""]
            write_section(args.out, lines)
        print(f"Resource search not measured: {args.skip}")
        return 0

    maintenance_url, bench_url, name = database_urls()
    reuse = args.reuse and database_exists(maintenance_url, name)
    load_before = " ".join(Path("/proc/loadavg").read_text().split()[:3]) if Path("/proc/loadavg").exists() else "?"
    if not reuse:
        print(f"Creating database {name}")
        database_recreate(maintenance_url, name)
    os.environ["DATABASE_URL"] = bench_url
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.test")  # DEBUG off, no secrets needed
    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection, connections

    from cms.resources.models import Resource

    data: dict = {"database": name, "load_before": load_before}
    try:
        if not reuse:
            start = time.perf_counter()
            call_command("migrate", verbosity=0, interactive=False)
            print(f"  migrated in {time.perf_counter() - start:.1f} s")
        catalogue = catalogue_build()
        if not reuse:
            print(f"Generating {args.resources:,} resources")
            data["generation"] = generate(args.resources, catalogue)
        else:
            previous = args.json and args.json.exists() and json.loads(args.json.read_text(encoding="utf-8"))
            data["generation"] = previous["generation"] if previous else {}
        data["index_check"], data["index_rate"] = index_check()
        print(f"  {data['index_check']} resources re-indexed at {data['index_rate']:.0f}/s: vectors unchanged")
        data["iterations"], data["warmup"] = args.iterations, 3
        with connection.cursor() as cursor:
            cursor.execute("SHOW server_version")
            data["postgres"] = cursor.fetchone()[0].split()[0]
        data["resources"] = Resource.objects.count()
        data["published"] = Resource.objects.published().count()
        data["with_document_text"] = Resource.objects.filter(resource_type__in=DOCUMENT_TYPES).count()
        data["point_links"] = Resource.knowledge_points.through.objects.count()
        print("Two-word queries")
        data["two_word"] = measure_search(TWO_WORD_QUERIES, args.iterations)
        print("One-word queries")
        data["one_word"] = measure_search(ONE_WORD_QUERIES, args.iterations)
        data["autocomplete"] = measure_autocomplete(AUTOCOMPLETE_PREFIXES, args.iterations)
        data["plan"] = plan_of(TWO_WORD_QUERIES[0])
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT current_setting('shared_buffers'), pg_relation_size('resources_resource'),"
                " pg_table_size('resources_resource') - pg_relation_size('resources_resource'),"
                " pg_relation_size('resources_search_entry_words'), pg_relation_size('resources_search_entry')"
            )
            (
                data["shared_buffers"],
                data["heap_bytes"],
                data["toast_bytes"],
                data["gin_bytes"],
                data["entry_bytes"],
            ) = cursor.fetchone()
        if args.batch_files:
            print(f"Batch upload of {args.batch_files} files")
            data["batch"] = measure_batch(args.batch_files, catalogue)
        data["majors"] = len({c["major_id"] for c in catalogue})
        data["courses"] = len(catalogue)
        data["points"] = sum(len(c["points"]) for c in catalogue)
        data["machine"] = machine()
        data["commit"] = git_commit()
        data["date"] = datetime.datetime.now(datetime.UTC).astimezone().strftime("%Y-%m-%d %H:%M %Z")
        data["notes"] = args.note
    finally:
        connections.close_all()
        if not args.keep:
            database_recreate(maintenance_url, name, drop_only=True)
            print(f"Dropped database {name}")
    two = summary(data["two_word"])
    print(f"Two-word queries overall: p50 {two['p50_ms']:.1f} ms, p95 {two['p95_ms']:.1f} ms (target {TARGET_MS:.0f})")
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    if args.out:
        write_section(args.out, section(data))
        print(f"{args.out} updated")
    return 0


if __name__ == "__main__":
    sys.exit(main())

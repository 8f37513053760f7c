"""Chinese full-text search over published resources on real PostgreSQL (M3, M8).

Resources are indexed the way production indexes them: created through ``resource_create``, then a revision is
published, which fires Wagtail's ``published`` signal → ``resource_published`` → ``search_document_update``.
"""

import io
from pathlib import Path

import pytest
from django.contrib.auth.models import AnonymousUser
from django.db import connection
from django.test.utils import CaptureQueriesContext
from PIL import Image

from cms.accounts.models import User
from cms.accounts.roles import Role
from cms.accounts.tests.factories import OrganisationFactory
from cms.courses.tests.factories import CoursePageFactory
from cms.majors.tests.factories import MajorPageFactory
from cms.resources import services
from cms.resources.models import Resource, ResourceSource, ResourceType
from cms.resources.search import MAX_QUERY_WORDS, query_words
from cms.resources.selectors import ResourceFilters, Sort, resource_autocomplete, resource_search
from cms.resources.services import ResourceAttributes
from cms.resources.tests.factories import SkillPointFactory, asset_from, grant, text_resource

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def media_dirs(settings, tmp_path):
    """Stored assets of each test in their own temporary folder."""
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.ZYK_UPLOAD_DIR = tmp_path / "uploads"


def chinese_pdf(path: Path, text: str) -> Path:
    """A one-page PDF whose text layer is ``text`` (CID font + ToUnicode map, so pdftotext reads the Chinese)."""
    codes = text.encode("utf-16-be").hex().upper()
    stream = f"BT /F1 18 Tf 72 720 Td <{codes}> Tj ET".encode("ascii")
    cmap = (
        b"/CIDInit /ProcSet findresource begin 12 dict begin begincmap "
        b"/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def "
        b"/CMapName /Adobe-Identity-UCS def /CMapType 2 def 1 begincodespacerange <0000> <FFFF> endcodespacerange "
        b"1 beginbfrange <0000> <FFFF> <0000> endbfrange endcmap CMapName currentdict /CMap defineresource pop end end"
    )
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> >> "
        b"/Contents 4 0 R >>",
        b"<< /Length %d >> stream\n%s\nendstream" % (len(stream), stream),
        b"<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /Identity-H /DescendantFonts [6 0 R] "
        b"/ToUnicode 7 0 R >>",
        b"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) "
        b"/Ordering (Identity) /Supplement 0 >> /FontDescriptor 8 0 R /DW 1000 >>",
        b"<< /Length %d >> stream\n%s\nendstream" % (len(cmap), cmap),
        b"<< /Type /FontDescriptor /FontName /STSong-Light /Flags 4 /FontBBox [0 -200 1000 900] /ItalicAngle 0 "
        b"/Ascent 880 /Descent -120 /CapHeight 880 /StemV 80 >>",
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
    path.write_bytes(out.getvalue())
    return path


def png(path: Path, colour: tuple[int, int, int]) -> Path:
    Image.new("RGB", (24, 16), colour).save(path)
    return path


def publish(resource: Resource, user) -> Resource:
    """Approve the latest draft as the review workflow's last level does (fires ``published`` → index)."""
    resource.save_revision(user=user).publish(user=user, skip_permission_checks=True)
    resource.refresh_from_db()
    return resource


@pytest.fixture
def library():
    """Two majors, three courses, points, a school and a teacher allowed to upload for it."""
    school = OrganisationFactory(name="示范职业技术学院")
    teacher = grant(Role.TEACHER, school)
    manufacturing = MajorPageFactory(title="智能制造装备技术")
    robots = MajorPageFactory(title="工业机器人技术")
    parts = CoursePageFactory(parent=manufacturing, title="零件制造工艺")
    repair = CoursePageFactory(parent=manufacturing, title="设备维修")
    programming = CoursePageFactory(parent=robots, title="机器人编程")
    return {
        "school": school,
        "teacher": teacher,
        "manufacturing": manufacturing,
        "robots": robots,
        "parts": parts,
        "repair": repair,
        "programming": programming,
        "thread": SkillPointFactory(course=parts, name="螺纹车削"),
        "fit": SkillPointFactory(course=parts, name="配合公差"),
        "teach": SkillPointFactory(course=programming, name="示教编程"),
    }


def live(library, *, course=None, **attributes) -> Resource:
    """A published text resource of ``course`` (default: 零件制造工艺) built by the library's teacher."""
    teacher = library["teacher"]
    resource = text_resource(teacher, library["school"], course or library["parts"], **attributes)
    return publish(resource, teacher)


def live_file(library, path: Path, *, course=None, **attributes) -> Resource:
    teacher = library["teacher"]
    course = course or library["parts"]
    values = {"major": course.get_parent().specific, "course": course, "organisation": library["school"]}
    values.update(attributes)
    resource = services.resource_create(user=teacher, attributes=ResourceAttributes(**values), asset=asset_from(path))
    return publish(resource, teacher)


def ids(page) -> list[int]:
    return [r.pk for r in page.items]


ANONYMOUS = AnonymousUser()


def test_each_word_and_both_words_of_a_title_find_it(library):
    # given a published resource titled 数控加工技术基础 among others
    wanted = live(library, title="数控加工技术基础")
    live(library, title="车间安全规范")
    # when visitors search each word, both words, or the whole title
    # then they find it; a word it does not contain finds nothing
    for query in ("数控", "加工", "数控 加工", "数控加工技术", "加工 数控"):
        page = resource_search(ANONYMOUS, query=query)
        assert (page.total, ids(page)) == (1, [wanted.pk]), query
    missing = resource_search(ANONYMOUS, query="铣削")
    assert (missing.total, missing.items, missing.facets) == (0, [], {})
    assert resource_search(ANONYMOUS, query="数控 铣削").total == 0  # every word must match


def test_a_word_only_in_a_pdfs_extracted_text_is_found_below_a_title_hit(library, tmp_path):
    # given a PDF whose text layer alone mentions 主轴 and 润滑, and a text resource with 主轴 in its title
    pdf = chinese_pdf(tmp_path / "保养手册.pdf", "主轴箱的润滑与维护保养")
    manual = live_file(library, pdf, title="设备保养手册", resource_type=ResourceType.DOCUMENT)
    assert "润滑" in manual.asset.extracted_text
    titled = live(library, title="主轴维护要点")
    # when searching a word only the extracted text has, then the PDF is found
    assert ids(resource_search(ANONYMOUS, query="润滑")) == [manual.pk]
    # and a word in both ranks the title hit first (title A > extracted text D)
    assert ids(resource_search(ANONYMOUS, query="主轴")) == [titled.pk, manual.pk]


def test_keywords_and_knowledge_point_names_are_searched(library):
    # given one resource tagged with a keyword and one linked to a skill point
    tagged = live(library, title="资源甲", keywords=["对刀仪", "量具"])
    linked = live(library, title="资源乙", knowledge_points=[library["thread"]])
    # when / then each is found by the word only its tag or point carries
    assert ids(resource_search(ANONYMOUS, query="对刀仪")) == [tagged.pk]
    assert ids(resource_search(ANONYMOUS, query="螺纹车削")) == [linked.pk]
    assert ids(resource_search(ANONYMOUS, query="螺纹")) == [linked.pk]


@pytest.fixture
def hydraulics(library, tmp_path):
    """Four published resources about 液压 across majors, courses, types, sources and points, plus one not."""
    thread, fit, teach = library["thread"], library["fit"], library["teach"]
    return {
        "a": live(library, title="液压系统原理", knowledge_points=[thread, fit]),
        "b": live(
            library,
            title="液压元件选型网站",
            resource_type=ResourceType.LINK,
            url="https://example.org/hydraulics",
            body="",
            source=ResourceSource.ENTERPRISE_CASE,
            knowledge_points=[thread],
        ),
        "c": live(library, title="液压马达维修", course=library["repair"]),
        "d": live_file(
            library,
            png(tmp_path / "液压站.png", (10, 20, 30)),
            course=library["programming"],
            title="液压站照片",
            source=ResourceSource.ADAPTED,
            knowledge_points=[teach],
        ),
        "other": live(library, title="气动回路", knowledge_points=[thread]),
    }


def buckets(page, name: str) -> dict[str, int]:
    return {bucket.value: bucket.count for bucket in page.facets[name]}


def test_facets_count_matches_by_major_course_type_source_and_point(library, hydraulics):
    # given four resources matching 液压 and one that does not
    # when searching 液压
    page = resource_search(ANONYMOUS, query="液压")
    # then the facets count only the four matches
    assert page.total == 4
    manufacturing, robots = library["manufacturing"].pk, library["robots"].pk
    assert buckets(page, "major") == {str(manufacturing): 3, str(robots): 1}
    assert buckets(page, "course") == {
        str(library["parts"].pk): 2,
        str(library["repair"].pk): 1,
        str(library["programming"].pk): 1,
    }
    assert buckets(page, "resource_type") == {"text": 2, "link": 1, "image": 1}
    assert buckets(page, "source") == {"original": 2, "enterprise_case": 1, "adapted": 1}
    assert buckets(page, "knowledge_point") == {
        str(library["thread"].pk): 2,
        str(library["fit"].pk): 1,
        str(library["teach"].pk): 1,
    }
    # and the biggest bucket comes first
    assert page.facets["major"][0].value == str(manufacturing)


def test_filters_narrow_the_matches_and_their_facets(library, hydraulics):
    # given the 液压 resources
    h = hydraulics

    def found(**filters) -> set[int]:
        return set(ids(resource_search(ANONYMOUS, query="液压", filters=ResourceFilters(**filters))))

    # when / then each filter keeps only what it names
    assert found(major_ids=[library["robots"].pk]) == {h["d"].pk}
    assert found(course_ids=[library["parts"].pk]) == {h["a"].pk, h["b"].pk}
    assert found(types=[ResourceType.LINK]) == {h["b"].pk}
    assert found(sources=[ResourceSource.ORIGINAL]) == {h["a"].pk, h["c"].pk}
    assert found(knowledge_point_ids=[library["thread"].pk]) == {h["a"].pk, h["b"].pk}
    assert found(knowledge_point_ids=[library["thread"].pk, library["fit"].pk]) == {h["a"].pk}  # every point
    assert found(course_ids=[library["parts"].pk], sources=[ResourceSource.ORIGINAL]) == {h["a"].pk}
    assert found(organisation_ids=[library["school"].pk]) == {h[k].pk for k in "abcd"}
    # and the facets follow the filter
    page = resource_search(ANONYMOUS, query="液压", filters=ResourceFilters(course_ids=[library["parts"].pk]))
    assert buckets(page, "course") == {str(library["parts"].pk): 2}
    assert buckets(page, "source") == {"original": 1, "enterprise_case": 1}
    # and filters work without a query too (browsing)
    browse = resource_search(ANONYMOUS, filters=ResourceFilters(course_ids=[library["parts"].pk]))
    assert set(ids(browse)) == {h["a"].pk, h["b"].pk, h["other"].pk}


def test_sorts_by_relevance_newest_most_viewed_and_most_downloaded(library):
    # given three matches published one after the other, with different view and download counts
    title_hit = live(library, title="夹具设计", description="")
    body_hit = live(library, title="工装概述", body="<p>专用夹具的定位原理。</p>")
    tag_hit = live(library, title="定位元件", keywords=["夹具"])
    Resource.objects.filter(pk=title_hit.pk).update(view_count=5, download_count=1)
    Resource.objects.filter(pk=body_hit.pk).update(view_count=50, download_count=0)
    Resource.objects.filter(pk=tag_hit.pk).update(view_count=0, download_count=9)

    def order(sort: Sort, **kwargs) -> list[int]:
        return ids(resource_search(ANONYMOUS, query="夹具", sort=sort, **kwargs))

    # when / then relevance puts the title first, then keywords (B), then the body text (C)
    assert order(Sort.RELEVANCE) == [title_hit.pk, tag_hit.pk, body_hit.pk]
    assert order(Sort.NEWEST) == [tag_hit.pk, body_hit.pk, title_hit.pk]
    assert order(Sort.MOST_VIEWED) == [body_hit.pk, title_hit.pk, tag_hit.pk]
    assert order(Sort.MOST_DOWNLOADED) == [tag_hit.pk, title_hit.pk, body_hit.pk]
    # and pages slice the same order while the total stays
    second = resource_search(ANONYMOUS, query="夹具", sort=Sort.MOST_VIEWED, limit=2, offset=1)
    assert (second.total, ids(second)) == (3, [title_hit.pk, tag_hit.pk])
    # and without a query the newest come first
    assert ids(resource_search(ANONYMOUS))[:3] == [tag_hit.pk, body_hit.pk, title_hit.pk]


def test_autocomplete_completes_a_prefix_to_titles_most_viewed_first(library):
    # given titles starting with 数控车…, another 数控 title, and a draft
    turning = live(library, title="数控车削编程入门")
    lathe = live(library, title="数控车床操作规程")
    live(library, title="数控铣削基础")
    live(library, title="普通车床")
    live(library, title="数控车床操作规程", course=library["repair"])  # the same title again
    text_resource(library["teacher"], library["school"], library["parts"], title="数控车工考证")  # draft
    Resource.objects.filter(pk=lathe.pk).update(view_count=10)
    Resource.objects.filter(pk=turning.pk).update(view_count=3)
    # when / then 数控车 completes to the two published 数控车… titles, most viewed first
    assert resource_autocomplete(ANONYMOUS, "数控车") == ["数控车床操作规程", "数控车削编程入门"]
    # and a word inside a title completes too
    assert resource_autocomplete(ANONYMOUS, "车削") == ["数控车削编程入门"]
    assert resource_autocomplete(ANONYMOUS, "数控铣") == ["数控铣削基础"]
    assert resource_autocomplete(ANONYMOUS, "数控", limit=2) == ["数控车床操作规程", "数控车削编程入门"]
    assert resource_autocomplete(ANONYMOUS, "  ") == []
    assert resource_autocomplete(ANONYMOUS, "。！") == []


def test_drafts_recycle_bin_and_unapproved_edits_never_appear(library):
    # given a draft, a published resource moved to the recycle bin, and a published one with a pending edit
    teacher = library["teacher"]
    text_resource(teacher, library["school"], library["parts"], title="液压泵拆装草稿")
    binned = live(library, title="液压泵结构")
    services.resources_delete(user=teacher, resources=[binned])
    edited = live(library, title="液压泵原理")
    services.resource_update(user=teacher, resource=edited, attributes=ResourceAttributes(title="液压泵与马达原理"))
    # when anyone searches, their owner included
    for user in (ANONYMOUS, User.objects.get(pk=teacher.pk)):
        # then only the approved version of the live resource is found
        page = resource_search(user, query="液压泵")
        assert (page.total, ids(page)) == (1, [edited.pk])
        assert page.items[0].title == "液压泵原理"
        assert resource_search(user, query="马达").total == 0
        assert resource_search(user, query="草稿").total == 0
        assert resource_autocomplete(user, "液压泵") == ["液压泵原理"]
    # and a restored resource is found again
    services.resources_restore(user=teacher, resources=[binned])
    assert set(ids(resource_search(ANONYMOUS, query="液压泵"))) == {edited.pk, binned.pk}


@pytest.mark.parametrize(
    "query",
    ["！？。，、；：", "……——《》【】", "的 了 和", "的", "'\"\\", "&|!():*<->", "%_%", "🙂🙂"],
)
def test_a_query_of_punctuation_or_stop_words_finds_nothing_without_error(library, query):
    # given a published resource
    live(library, title="数控加工技术基础")
    # when the query has no searchable word
    page = resource_search(ANONYMOUS, query=query)
    # then nothing is found, and nothing fails
    assert (page.total, page.items, page.facets) == (0, [], {})
    assert resource_autocomplete(ANONYMOUS, query) == []


def test_tsquery_operators_in_a_query_are_plain_text(library):
    # given a published resource
    wanted = live(library, title="数控加工技术基础")
    # when the words come wrapped in tsquery syntax, then they are still just words
    assert ids(resource_search(ANONYMOUS, query="数控:* & !加工 | (")) == [wanted.pk]
    assert ids(resource_search(ANONYMOUS, query="'数控' <-> '加工'")) == [wanted.pk]


def test_a_very_long_query_is_capped(library):
    # given a published resource and a query of ten thousand characters whose first words match
    wanted = live(library, title="数控加工技术基础")
    long_query = "数控 加工 " * 500 + "铣削 " * 2000
    assert len(query_words("".join(f"词{n} " for n in range(100)))) == MAX_QUERY_WORDS
    # when searching with it
    with CaptureQueriesContext(connection) as queries:
        page = resource_search(ANONYMOUS, query=long_query)
    with CaptureQueriesContext(connection) as short_queries:
        resource_search(ANONYMOUS, query="数控 加工")
    # then only its start counts (the 铣削 far behind is ignored) and the SQL is no bigger than a short query's
    assert ids(page) == [wanted.pk]
    assert [len(q["sql"]) for q in queries.captured_queries] == [len(q["sql"]) for q in short_queries]
    assert resource_autocomplete(ANONYMOUS, "铣削" * 5000) == []


def _search_queries(user_pk: int | None, **kwargs) -> tuple[int, object]:
    user = User.objects.get(pk=user_pk) if user_pk else AnonymousUser()  # a fresh user: no permission cache
    with CaptureQueriesContext(connection) as queries:
        page = resource_search(user, **kwargs)
        cards = [(r.major.title, r.course.title, r.organisation.name, r.asset) for r in page.items]
        assert len(cards) == len(page.items)
        titles = resource_autocomplete(user, "设计")  # no title starts with it: completed from title words
    return len(queries), (page, titles)


def test_the_number_of_queries_stays_flat_as_matches_grow(library):
    # given five matching resources with keywords and points
    teacher = library["teacher"]

    def add(numbers: range) -> None:
        for n in numbers:
            point = library["thread"] if n % 2 else library["fit"]
            live(library, title=f"夹具设计{n}", keywords=["夹具", f"定位{n}"], knowledge_points=[point])

    add(range(5))
    counts_5 = {user: _search_queries(user, query="夹具")[0] for user in (None, teacher.pk)}
    browse_5 = _search_queries(teacher.pk, filters=ResourceFilters(course_ids=[library["parts"].pk]))[0]
    # when there are fifty
    add(range(5, 50))
    counts_50 = {}
    for user in (None, teacher.pk):
        counts_50[user], (page, titles) = _search_queries(user, query="夹具")
        assert page.total == 50 and len(page.items) == 20 and len(titles) == 8
    browse_50 = _search_queries(teacher.pk, filters=ResourceFilters(course_ids=[library["parts"].pk]))[0]
    # then searching, its facets, the result cards and autocomplete take as many queries as before
    assert counts_50 == counts_5
    assert browse_50 == browse_5

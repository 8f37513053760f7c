"""Importing files into a course's bank (C4, M5): preview with locations, all-or-nothing confirm, images, the
log, permissions, and the round trip export → import for Moodle XML and QTI."""

import hashlib
from pathlib import Path

import pytest
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.utils import translation
from wagtail.models import ReferenceIndex

from cms.accounts.roles import Role
from cms.accounts.tests.support import host_organisation
from cms.core.errors import DomainError, ErrorCode
from cms.courses.models import TeacherRole
from cms.courses.tests.factories import CourseTeacherFactory, KnowledgePointFactory
from cms.questions import imports
from cms.questions.exports import bank_export
from cms.questions.html import latex_of
from cms.questions.imports import question_import_confirm, question_import_preview, question_import_upload
from cms.questions.models import ImportStatus, Question, QuestionImport
from cms.questions.selectors import bank_items
from cms.questions.services import ItemData, question_create
from cms.questions.tasks import import_confirm_task
from cms.resources.tests.factories import grant

pytestmark = pytest.mark.django_db

FIXTURES = Path(__file__).resolve().parents[3] / "fixtures" / "questions"
SAMPLES = [
    ("aiken_cnc.txt", "aiken", 3),
    ("gift_cnc.txt", "gift", 9),
    ("moodle_cnc.xml", "moodle_xml", 9),
    ("excel_cnc.xlsx", "excel", 7),
    ("qti_cnc.zip", "qti", 6),
    ("word_cnc.docx", "word", 6),
]
BROKEN = [
    "aiken_broken.txt",
    "gift_broken.txt",
    "moodle_broken.xml",
    "excel_broken.xlsx",
    "qti_hotspot.xml",
    "word_broken.docx",
]


@pytest.fixture(autouse=True)
def english():
    with translation.override("en"):
        yield


@pytest.fixture(autouse=True)
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    return tmp_path


@pytest.fixture
def world():
    host = host_organisation()
    point = KnowledgePointFactory(name="G71 外圆粗车循环")
    course = point.course
    KnowledgePointFactory(course=course, name="对刀")
    KnowledgePointFactory(course=course, name="公差")
    teacher = grant(Role.TEACHER, host)
    CourseTeacherFactory(course=course, user=teacher, role=TeacherRole.MEMBER, name="张老师")
    other = KnowledgePointFactory(name="另一门课的点").course
    CourseTeacherFactory(course=other, user=teacher, role=TeacherRole.MEMBER, name="张老师")
    return {"course": course, "other": other, "teacher": teacher, "outsider": grant(Role.TEACHER, host)}


def _upload(world, name: str, data: bytes | None = None, course=None):
    return question_import_upload(
        user=world["teacher"],
        course=course or world["course"],
        filename=name,
        data=(FIXTURES / name).read_bytes() if data is None else data,
    )


def _preview(world, name: str, data: bytes | None = None, course=None, kind=None):
    record = _upload(world, name, data, course)
    return question_import_preview(user=world["teacher"], question_import=record, kind=kind)


@pytest.fixture
def confirm(django_capture_on_commit_callbacks, monkeypatch):
    """``confirm(record, user)``: the web request's half (checks, IMPORTING, the task sent on commit), then the
    task itself run here as the worker would (``apply``: same code, this process and database)."""
    sent = []
    # the broker is Celery's, not ours: record what would be sent instead of leaving it in a queue
    monkeypatch.setattr(import_confirm_task, "delay", lambda *args: sent.append(args))

    def run(record, user):
        with django_capture_on_commit_callbacks(execute=True) as callbacks:
            started = question_import_confirm(user=user, question_import=record)
        assert started.status == ImportStatus.IMPORTING and started.started_at is not None
        assert len(callbacks) == 1 and sent == [(record.pk, user.pk)]  # sent once, after the commit
        import_confirm_task.apply(args=sent.pop()).get()
        record.refresh_from_db()
        return record

    return run


def _questions(record) -> list[Question]:
    """The items an import created, in file order."""
    by_id = Question.objects.in_bulk(record.question_ids)
    return [by_id[pk] for pk in record.question_ids]


@pytest.mark.parametrize(("name", "kind", "count"), SAMPLES)
def test_preview_of_every_sample_lists_its_items_and_logs_the_file(world, name, kind, count):
    # given / when
    preview = _preview(world, name)

    # then
    assert preview.errors == []
    assert preview.kind == kind
    assert len(preview.items) == count
    assert all(item.location and item.data.stem for item in preview.items)
    record = QuestionImport.objects.get(pk=preview.record.pk)
    assert (record.status, record.kind, record.item_count, record.errors) == ("previewed", kind, count, [])
    assert record.user == world["teacher"] and record.filename == name
    assert record.file.read() == (FIXTURES / name).read_bytes()
    assert Question.objects.count() == 0  # a preview stores no item


@pytest.mark.parametrize("name", BROKEN)
def test_broken_files_show_every_error_with_its_location_and_import_nothing(world, name, confirm):
    # given
    preview = _preview(world, name)

    # then
    assert preview.errors
    assert all(error.location and error.message for error in preview.errors)
    record = QuestionImport.objects.get(pk=preview.record.pk)
    assert record.status == ImportStatus.FAILED
    assert record.errors == [{"location": e.location, "message": e.message} for e in preview.errors]

    # when: confirmed anyway, the worker reads the file again
    record = confirm(record, world["teacher"])

    # then: refused as a whole, the errors kept for the page
    assert record.status == ImportStatus.FAILED
    assert record.errors == [{"location": e.location, "message": e.message} for e in preview.errors]
    assert (record.question_ids, Question.objects.count()) == ([], 0)


AIKEN_ONE_BAD = """第一题：G71 是？
A. 外圆粗车循环
B. 螺纹循环
ANSWER: A

第二题：G70 是？
A. 精车循环
B. 钻孔循环
ANSWER: A

第三题：选项不存在
A. 甲
B. 乙
ANSWER: E
""".encode()


def test_a_file_with_one_bad_item_imports_nothing(world, confirm):
    # given
    preview = _preview(world, "three.txt", AIKEN_ONE_BAD)
    assert len(preview.items) == 2
    assert [e.location for e in preview.errors] == ["question 3 (line 11)"]

    # when
    record = confirm(preview.record, world["teacher"])

    # then
    assert Question.objects.count() == 0
    assert record.status == ImportStatus.FAILED
    assert [e["location"] for e in record.errors] == ["question 3 (line 11)"]


def test_our_own_rules_are_errors_at_the_item_location_too(world):
    # given: the format accepts a 25 000-character stem; the bank does not
    data = ("很长的题干" * 5000 + "？\nA. 是\nB. 否\nANSWER: A\n").encode()

    # when
    preview = _preview(world, "long.txt", data)

    # then
    assert preview.items == []
    assert [(e.location, e.message) for e in preview.errors] == [
        ("question 1 (line 1), stem", "The stem is longer than 20000 characters.")
    ]


def test_unknown_knowledge_points_are_warnings_and_known_ones_are_linked(world, confirm):
    # given
    preview = _preview(world, "excel_cnc.xlsx")
    multiple = preview.items[1]

    # then
    assert multiple.knowledge_points == [("G71 外圆粗车循环", True), ("G70", False)]
    assert multiple.warnings == ["The knowledge point “G70” is not in this course; the item is imported without it."]
    assert any("“切削用量”" in w.message for w in preview.warnings)

    # when
    questions = _questions(confirm(preview.record, world["teacher"]))

    # then
    assert [p.name for p in questions[1].knowledge_points.all()] == ["G71 外圆粗车循环"]
    assert [p.name for p in questions[0].knowledge_points.all()] == []


def test_confirm_creates_exactly_the_previewed_items_as_drafts_with_stored_images(world, client, confirm):
    # given
    preview = _preview(world, "word_cnc.docx")
    expected = [(i.data.question_type, i.data.content, i.data.score) for i in preview.items]

    # when
    record = confirm(preview.record, world["teacher"])
    questions = _questions(record)

    # then
    assert Question.objects.filter(parent__isnull=True).count() == len(preview.items) == 6
    assert [(q.question_type, q.content, q.score) for q in questions] == expected
    assert all(q.live is False and q.source == "imported" and q.owner == world["teacher"] for q in questions)
    assert all(q.latest_revision_id for q in questions)
    # Wagtail's reference index (usage) is written once per item after the bulk insert
    course_id = str(world["course"].pk)
    assert all(ReferenceIndex.get_references_for_object(q).filter(to_object_id=course_id) for q in questions)
    assert (record.status, record.item_count, record.errors) == ("imported", 6, [])
    assert record.imported_at is not None
    # the picture is stored once under its hash and the stem points at it
    picture = next(i for i in preview.result.images)
    digest = hashlib.sha256(picture.data).hexdigest()
    assert f'src="/questions/images/{digest}.png"' in questions[0].stem
    assert default_storage.exists(f"questions/images/{digest}.png")
    response = client.get(f"/questions/images/{digest}.png")
    assert response.status_code == 200 and response["Content-Type"] == "image/png"
    assert b"".join(response.streaming_content) == picture.data
    # a confirmed file cannot be imported twice
    with pytest.raises(DomainError) as again:
        question_import_confirm(user=world["teacher"], question_import=record)
    assert again.value.code == ErrorCode.CONFLICT
    assert Question.objects.filter(parent__isnull=True).count() == 6


def test_images_of_a_failed_import_are_deleted_again(world, monkeypatch, confirm):
    # given: the second item's write fails (a fault injected into the service's dependency)
    preview = _preview(world, "moodle_cnc.xml")
    real_create, calls = imports.question_create, []

    def failing_create(**kwargs):
        calls.append(1)
        if len(calls) == 2:
            raise RuntimeError("disk full")
        return real_create(**kwargs)

    monkeypatch.setattr(imports, "question_create", failing_create)

    # when
    record = confirm(preview.record, world["teacher"])

    # then: nothing imported, the images written before the fault deleted, the import failed with a reason
    assert len(calls) == 2
    assert Question.objects.count() == 0
    assert not default_storage.exists("questions/images") or default_storage.listdir("questions/images")[1] == []
    assert record.status == ImportStatus.FAILED and record.question_ids == []
    assert [e["message"] for e in record.errors] == [
        "The import stopped before it finished; nothing was imported. Upload the file again to retry."
    ]


def test_only_the_course_team_and_editors_import(world):
    # given
    record = _upload(world, "aiken_cnc.txt")

    # when / then
    for call in (
        lambda: question_import_upload(user=world["outsider"], course=world["course"], filename="a.txt", data=b"x"),
        lambda: question_import_preview(user=world["outsider"], question_import=record),
        lambda: question_import_confirm(user=world["outsider"], question_import=record),
    ):
        with pytest.raises(DomainError) as refused:
            call()
        assert refused.value.code == ErrorCode.PERMISSION_DENIED
    assert imports.question_import_get(world["outsider"], record.pk) is None
    assert imports.question_import_get(world["teacher"], record.pk) == record


def test_empty_and_oversized_files_are_refused_before_storing(world):
    with pytest.raises(DomainError) as empty:
        _upload(world, "a.txt", b"")
    with pytest.raises(DomainError) as large:
        _upload(world, "a.txt", b"x" * (20 * 1024 * 1024 + 1))
    assert (empty.value.code, large.value.code) == (ErrorCode.EMPTY_FILE, ErrorCode.TOO_LARGE)
    assert QuestionImport.objects.count() == 0


# --- round trip -------------------------------------------------------------------------------------------


def _bank(world):
    png = (FIXTURES / "part.png").read_bytes()
    name = f"questions/images/{hashlib.sha256(png).hexdigest()}.png"
    default_storage.save(name, ContentFile(png))
    image = f'<img alt="零件" src="/{name}"/>'
    tolerance = "\\phi 40^{+0.02}_{-0.01}"
    speed = "\\frac{\\pi D n}{1000}"
    items = [
        ItemData(
            "single",
            f'<p>如图，零件直径 <span data-latex="{tolerance}">{tolerance}</span> 的上偏差是？</p>{image}',
            {"options": [{"key": "A", "text": "+0.02"}, {"key": "B", "text": "−0.01"}], "answer": "A"},
            explanation="<p>上偏差写在上面。</p>",
            score="2",
            tags=["公差"],
        ),
        ItemData(
            "multiple",
            "<p>属于数控车床的坐标轴有？</p>",
            {
                "options": [{"key": "A", "text": "X 轴"}, {"key": "B", "text": "Z 轴"}, {"key": "C", "text": "Q 轴"}],
                "answer": ["A", "B"],
                "partial": "proportional",
            },
        ),
        ItemData("true_false", '<p>G00 是快速定位，<span data-latex="F">F</span> 对它无效。</p>', {"answer": True}),
        ItemData(
            "fill_blank",
            "<p>G71 的切削深度 ____ mm，退刀量 ____ mm。</p>",
            {"blanks": [{"answers": ["2", "2.0"]}, {"answers": ["0.5"]}]},
        ),
        ItemData(
            "matching",
            "<p>把指令与功能配对。</p>",
            {
                "left": [{"key": "1", "text": "G70"}, {"key": "2", "text": "G71"}],
                "right": [{"key": "A", "text": "精车"}, {"key": "B", "text": "粗车"}],
                "answer": {"1": "A", "2": "B"},
            },
        ),
        ItemData(
            "ordering",
            "<p>排出对刀步骤。</p>",
            {
                "items": [{"key": "A", "text": "试切"}, {"key": "B", "text": "测量"}, {"key": "C", "text": "输入"}],
                "answer": ["A", "B", "C"],
            },
        ),
        ItemData("short_answer", "<p>简述 G71 的用途。</p>", reference_answer="<p>外圆粗车复合循环。</p>"),
        ItemData("essay", f'<div data-latex="{speed}">{speed}</div><p>论述切削速度公式。</p>'),
        ItemData(
            "practical",
            "<p>在车床上完成对刀。</p>",
            {"instructions": "对刀", "submission": ["photo"], "rubric": [{"criterion": "对刀准确", "points": 10}]},
        ),
    ]
    for data in items:
        question_create(user=world["teacher"], course=world["course"], data=data)
    return list(Question.objects.filter(course=world["course"]).order_by("pk"))


@pytest.mark.parametrize(("kind", "filename"), [("moodle_xml", "bank.xml"), ("qti", "bank.zip")])
def test_round_trip_export_then_import_keeps_stems_formulas_images_and_keys(world, kind, filename, confirm):
    # given
    originals = [q for q in _bank(world) if q.question_type != "practical"]

    # when
    exported = bank_export(user=world["teacher"], course=world["course"], kind=kind)
    preview = _preview(world, filename, exported.data, course=world["other"])
    imported = _questions(confirm(preview.record, world["teacher"]))

    # then
    assert exported.count == 8
    assert [pk for pk, _reason in exported.skipped] == [Question.objects.get(question_type="practical").pk]
    assert preview.errors == []
    assert len(imported) == len(originals)
    for before, after in zip(originals, imported, strict=True):
        assert after.course == world["other"]
        assert after.question_type == before.question_type
        assert after.stem == before.stem
        assert latex_of(after.stem) == latex_of(before.stem)
        assert after.content["answer"] == before.content["answer"] if "answer" in before.content else True
        if before.question_type == "fill_blank":
            assert [b["answers"] for b in after.content["blanks"]] == [b["answers"] for b in before.content["blanks"]]
        assert after.score == before.score
    assert "/questions/images/" in imported[0].stem and "零件直径" in imported[0].stem


def test_export_of_chosen_items_and_refusal_for_outsiders(world):
    # given
    questions = _bank(world)

    # when
    chosen = bank_export(user=world["teacher"], course=world["course"], kind="moodle_xml", ids=[questions[1].pk])

    # then
    assert chosen.count == 1 and chosen.skipped == []
    assert chosen.data.count(b"<question ") == 1
    with pytest.raises(DomainError) as refused:
        bank_export(user=world["outsider"], course=world["course"], kind="qti")
    assert refused.value.code == ErrorCode.PERMISSION_DENIED
    assert [i.row.pk for i in bank_items(questions)] == [q.pk for q in questions]


def test_files_never_imported_expire_and_the_log_stays(world, settings, confirm):
    # given: an upload previewed eight days ago, one imported eight days ago, one uploaded today
    from datetime import timedelta

    from django.conf import settings as django_settings
    from django.utils import timezone

    from cms.celery import app
    from cms.questions.tasks import imports_expire_task

    settings.ZYK_QUESTION_IMPORT_EXPIRY_DAYS = 7
    stale = _preview(world, "aiken_cnc.txt").record
    imported = _preview(world, "gift_cnc.txt").record
    confirm(imported, world["teacher"])
    fresh = _upload(world, "moodle_cnc.xml")
    QuestionImport.objects.filter(pk__in=[stale.pk, imported.pk]).update(created_at=timezone.now() - timedelta(days=8))
    stale_file = stale.file.name

    # when: beat's daily task runs (twice: it is idempotent)
    assert imports_expire_task() == 1
    assert imports_expire_task() == 0

    # then: only the stale file went; its row stays in the log, and confirming it asks for the file again
    assert not default_storage.exists(stale_file)
    stale.refresh_from_db()
    assert (stale.file.name, stale.status, stale.filename) == ("", ImportStatus.PREVIEWED, "aiken_cnc.txt")
    for kept in (imported, fresh):
        kept.refresh_from_db()
        assert kept.file and default_storage.exists(kept.file.name)
    with pytest.raises(DomainError) as refused:
        question_import_confirm(user=world["teacher"], question_import=stale)
    assert refused.value.code == ErrorCode.NOT_FOUND
    assert "upload it again" in str(refused.value)
    entry = django_settings.CELERY_BEAT_SCHEDULE["question-imports-expire"]
    assert entry["task"] == imports_expire_task.name and entry["task"] in app.tasks

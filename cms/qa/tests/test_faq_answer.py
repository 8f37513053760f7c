"""faq_answer (M7, issue 6): answers paraphrases from the course FAQ with citations, expands to points,
prerequisites and visible resources, declines what the FAQ does not cover, and sees FAQ edits at once."""

import pytest
from django.contrib.auth.models import AnonymousUser

from cms.accounts.models import OrganisationKind
from cms.accounts.roles import Role
from cms.accounts.tests.factories import OrganisationFactory, UserFactory
from cms.courses.models import KnowledgeEdge, KnowledgeEdgeKind, KnowledgePointKind
from cms.courses.tests.factories import CoursePageFactory, SkillPointFactory
from cms.qa.models import FaqEntry
from cms.qa.services import faq_answer, faq_entry_save
from cms.qa.tests.factories import FaqEntryFactory, SynonymFactory
from cms.resources.models import Visibility
from cms.resources.tests.factories import grant, text_resource

pytestmark = pytest.mark.django_db

FAQ = [
    ("数控车床怎样用试切法对刀？", "先车端面设 Z0，再试车外圆测直径输入 X 值。", "外圆车削对刀"),
    ("G92和G76车螺纹有什么不同？", "G92 是单一螺纹循环，G76 是复合螺纹循环，自动分层。", "三角形外螺纹车削"),
    ("为什么要设置刀尖圆弧半径补偿？", "刀尖是圆弧，车锥面会欠切，用 G41/G42 补偿。", "刀尖圆弧半径补偿"),
    ("车内孔时刀杆振动怎么办？", "选粗短刀杆，降低转速，减小背吃刀量。", "内孔车削"),
    ("螺纹车好了用什么检验？", "用螺纹环规检验，通规旋入止规不进。", "三角形外螺纹车削"),
]


@pytest.fixture
def course():
    """A turning course with five FAQ entries, each on a knowledge point, and a synonym group."""
    course = CoursePageFactory(title="数控车削加工技术")
    points = {}
    for question, answer, point_name in FAQ:
        if point_name not in points:
            points[point_name] = SkillPointFactory(course=course, name=point_name, kind=KnowledgePointKind.KNOWLEDGE)
        entry = FaqEntry(course=course, question=question, answer=answer)
        faq_entry_save(entry=entry, knowledge_points=[points[point_name]])
    SynonymFactory(terms="螺纹 丝扣")
    SynonymFactory(terms="振动 震刀 抖动")
    course.points = points
    return course


@pytest.mark.parametrize(
    ("paraphrase", "expected"),
    [
        ("车床试切对刀具体怎么操作", FAQ[0][0]),
        ("G76跟G92的区别", FAQ[1][0]),
        ("不设刀尖圆弧补偿车锥面会怎样", FAQ[2][0]),
        ("车完的螺纹怎么检验合格", FAQ[4][0]),
    ],
)
def test_a_paraphrase_is_answered_with_its_entry_and_cites_it(course, paraphrase, expected):
    # given a student's own wording of an FAQ question
    # when they ask it in the course
    answer = faq_answer(course=course, question=paraphrase, user=AnonymousUser())
    # then the FAQ entry answers it, and the answer cites the entry and its knowledge point
    assert answer.answered
    assert answer.entry.question == expected
    assert answer.sources[0].kind == "faq_entry" and answer.sources[0].id == answer.entry.pk
    assert [p.name for p in answer.points] == [p.name for p in answer.entry.knowledge_points.all()]
    assert {s.id for s in answer.sources if s.kind == "knowledge_point"} == {p.pk for p in answer.points}
    assert not answer.suggestion


def test_synonyms_match_words_the_faq_does_not_use(course):
    # given the FAQ says 振动 and 螺纹; the student says 震刀 and 丝扣
    # when they ask
    shaking = faq_answer(course=course, question="镗内孔老是震刀", user=AnonymousUser())
    thread = faq_answer(course=course, question="丝扣车好了拿什么检验", user=AnonymousUser())
    # then the synonym groups carry them to the right entries
    assert shaking.answered and shaking.entry.question == FAQ[3][0]
    assert thread.answered and thread.entry.question == FAQ[4][0]


@pytest.mark.parametrize("question", ["今天天气怎么样", "PLC梯形图怎么看", "食堂几点开饭", "   ", "？？"])
def test_out_of_scope_questions_are_declined_with_an_offer_to_post(course, question):
    # given questions off topic or about another course's subject
    user = UserFactory()
    # when they are asked in the turning course
    answer = faq_answer(course=course, question=question, user=user)
    # then the Q&A says so and offers to post the question instead of guessing
    assert not answer.answered
    assert answer.entry is None and answer.sources == [] and answer.resources == []
    assert answer.suggestion and answer.can_post


def test_anonymous_visitors_are_declined_without_the_posting_offer(course):
    answer = faq_answer(course=course, question="今天天气怎么样", user=AnonymousUser())
    assert not answer.answered and answer.suggestion and not answer.can_post


def test_prerequisites_and_resources_follow_visibility(course):
    # given a prerequisite of the thread point, and resources on both points: one public, one own-school-only
    school = OrganisationFactory(name="甲职业技术学院")
    team = OrganisationFactory(name="甲学院数控课程团队", kind=OrganisationKind.COURSE_TEAM, parent=school)
    teacher = grant(Role.TEACHER, team)
    thread = course.points["三角形外螺纹车削"]
    basics = SkillPointFactory(course=course, name="螺纹基本参数", kind=KnowledgePointKind.KNOWLEDGE)
    KnowledgeEdge.objects.create(course=course, source=basics, target=thread, kind=KnowledgeEdgeKind.PREREQUISITE)
    published = {}
    for key, point, visibility in (
        ("public", thread, Visibility.PUBLIC),
        ("school", thread, Visibility.ORGANISATION),
        ("basics", basics, Visibility.PUBLIC),
    ):
        resource = text_resource(
            teacher, team, course, title=f"螺纹资源{key}", visibility=visibility, knowledge_points=[point]
        )
        resource.save_revision(user=teacher).publish(user=teacher, skip_permission_checks=True)
        published[key] = resource.pk
    question = "G76跟G92车丝扣有什么区别"

    # when an anonymous visitor and the teacher of the school ask the same question
    anonymous = faq_answer(course=course, question=question, user=AnonymousUser())
    member = faq_answer(course=course, question=question, user=teacher)

    # then both get the point, its prerequisite and each one's resources, cited for the point they serve
    for answer in (anonymous, member):
        assert [p.pk for p in answer.points] == [thread.pk]
        assert [p.pk for p in answer.prerequisites] == [basics.pk]
        assert [s.id for s in answer.sources if s.kind == "prerequisite"] == [basics.pk]
        by_point = {group.point.pk: {r.pk for r in group.resources} for group in answer.resources}
        assert by_point[basics.pk] == {published["basics"]}
        cited = {s.id: s.cited_for for s in answer.sources if s.kind == "resource"}
        assert cited[published["basics"]] == basics.name
    # and only the school's member sees the own-school resource
    assert {r.pk for g in anonymous.resources for r in g.resources} == {published["public"], published["basics"]}
    assert {r.pk for g in member.resources for r in g.resources} == set(published.values())


def test_an_faq_edit_is_seen_at_the_next_question(course):
    # given a question the FAQ does not cover, asked once (the course's index is built and cached)
    question = "尾座顶尖偏了怎么调整"
    assert not faq_answer(course=course, question=question, user=AnonymousUser()).answered
    # when the course team adds an entry for it, and later rewords it
    entry = faq_entry_save(entry=FaqEntryFactory.build(course=course, question="车床尾座顶尖偏移怎么调整？"))
    first = faq_answer(course=course, question=question, user=AnonymousUser())
    entry.question = "卡盘卡爪怎么更换？"
    faq_entry_save(entry=entry)
    second = faq_answer(course=course, question=question, user=AnonymousUser())
    # then the new entry answers at once, and after the rewording it no longer does
    assert first.answered and first.entry.pk == entry.pk
    assert not second.answered


def test_knowledge_points_of_another_course_are_refused(course):
    other = SkillPointFactory(name="PMC 梯形图读图")
    with pytest.raises(Exception, match="Not points of this course"):
        faq_entry_save(entry=FaqEntryFactory.build(course=course), knowledge_points=[other])

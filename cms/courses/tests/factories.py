import factory
import wagtail_factories

from cms.courses.models import CourseKind, CoursePage, CourseTeacher, KnowledgePoint, KnowledgePointKind, OutlineItem
from cms.majors.tests.factories import MajorPageFactory


class CoursePageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = CoursePage

    title = factory.Sequence(lambda n: f"课程{n}")
    slug = factory.Sequence(lambda n: f"course-{n}")
    kind = CourseKind.CORE
    hours = 64
    credits = 4
    summary = "课程简介"
    parent = factory.SubFactory(MajorPageFactory)


class SkillPointFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = KnowledgePoint

    course = factory.SubFactory(CoursePageFactory)
    kind = KnowledgePointKind.SKILL
    name = factory.Sequence(lambda n: f"技能点{n}")


class CourseTeacherFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = CourseTeacher

    course = factory.SubFactory(CoursePageFactory)
    name = factory.Sequence(lambda n: f"教师{n}")
    title = "副教授"


class OutlineItemFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = OutlineItem

    course = factory.SubFactory(CoursePageFactory)
    title = factory.Sequence(lambda n: f"第{n}章")
    hours = 8


class KnowledgePointFactory(SkillPointFactory):
    kind = KnowledgePointKind.KNOWLEDGE
    name = factory.Sequence(lambda n: f"知识点{n}")

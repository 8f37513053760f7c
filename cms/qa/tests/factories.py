"""Factories for the knowledge Q&A tests (house rule 9)."""

import factory

from cms.accounts.tests.factories import UserFactory
from cms.courses.tests.factories import CoursePageFactory
from cms.qa.models import CourseQuestion, FaqEntry, Synonym


class FaqEntryFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = FaqEntry

    course = factory.SubFactory(CoursePageFactory)
    question = factory.Sequence(lambda n: f"问题{n}")
    answer = "答案。"


class SynonymFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Synonym

    terms = "数控车床 cnc车床"


class CourseQuestionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = CourseQuestion

    course = factory.SubFactory(CoursePageFactory)
    user = factory.SubFactory(UserFactory)
    text = factory.Sequence(lambda n: f"提问{n}")

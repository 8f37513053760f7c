import datetime

import factory
from django.utils import timezone

from cms.accounts.models import (
    ConstructionTask,
    ConstructionTaskKind,
    LibraryRole,
    Organisation,
    OrganisationKind,
    RealNameClaim,
    RosterEntry,
    RosterKind,
    User,
)


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = User

    username = factory.Sequence(lambda n: f"user{n}")
    real_name = factory.Sequence(lambda n: f"用户{n}")
    password = factory.django.Password("correct horse battery staple")


class OrganisationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Organisation

    name = factory.Sequence(lambda n: f"示例职业技术学院{n}")
    kind = OrganisationKind.SCHOOL
    library_role = LibraryRole.PARTICIPATING


class RosterEntryFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = RosterEntry

    organisation = factory.SubFactory(OrganisationFactory)
    kind = RosterKind.STUDENT
    name = factory.Sequence(lambda n: f"学生{n}")
    number = factory.Sequence(lambda n: f"2023{n:04d}")
    department = "机电工程学院"
    class_name = "数控2301班"


class RealNameClaimFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = RealNameClaim

    user = factory.SubFactory(UserFactory)
    entry = factory.SubFactory(RosterEntryFactory)


class ConstructionTaskFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ConstructionTask

    organisation = factory.SubFactory(OrganisationFactory)
    kind = ConstructionTaskKind.RESOURCES
    title = factory.Sequence(lambda n: f"建设任务{n}")
    target_count = 10
    done_count = 0
    due_date = factory.LazyFunction(lambda: timezone.localdate() + datetime.timedelta(days=30))

import factory

from cms.accounts.models import LibraryRole, Organisation, OrganisationKind, User


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

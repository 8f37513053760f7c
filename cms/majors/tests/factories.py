import factory
import wagtail_factories
from wagtail.models import Page

from cms.majors.models import Certificate, JobPosition, LibraryHomePage, MajorPage


class LibraryHomePageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = LibraryHomePage

    title = "测试资源库"
    slug = factory.Sequence(lambda n: f"library-{n}")
    parent = factory.LazyFunction(Page.get_first_root_node)


class MajorPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = MajorPage

    title = factory.Sequence(lambda n: f"测试专业{n}")
    slug = factory.Sequence(lambda n: f"major-{n}")
    code = factory.Sequence(lambda n: f"{460100 + n:06d}")
    category = "装备制造大类"
    subcategory = "机械设计制造类"
    training_goal = "培养高素质技术技能人才。"
    abilities = "能力一\n能力二"
    graduation_requirements = "修满学分\n完成岗位实习"
    parent = factory.SubFactory(LibraryHomePageFactory)


class JobPositionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = JobPosition

    name = factory.Sequence(lambda n: f"岗位{n}")


class CertificateFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Certificate

    name = factory.Sequence(lambda n: f"职业技能等级证书{n}")
    level = "中级"

"""Factories for resource tests (house rule 9)."""

from pathlib import Path

import factory

from cms.accounts.roles import Role
from cms.accounts.services import role_grant
from cms.accounts.tests.factories import OrganisationFactory, UserFactory
from cms.courses.tests.factories import CoursePageFactory, CourseTeacherFactory, SkillPointFactory
from cms.resources.models import Resource, ResourceType
from cms.resources.services import ResourceAttributes, resource_create


def grant(role: Role, organisation, **kwargs):
    user = UserFactory(**kwargs)
    role_grant(user=user, role=role, organisation=organisation)
    return user


class ResourceFactory(factory.django.DjangoModelFactory):
    """A draft text resource saved straight to the table (no revision, no checks): for reads and lists."""

    class Meta:
        model = Resource

    title = factory.Sequence(lambda n: f"资源{n}")
    resource_type = ResourceType.TEXT
    body = "<p>正文</p>"
    organisation = factory.SubFactory(OrganisationFactory)
    major = factory.LazyAttribute(lambda o: o.course.get_parent().specific if o.course else None)
    course = factory.SubFactory(CoursePageFactory)
    live = False


def text_resource(user, organisation, course, **overrides) -> Resource:
    """A draft text resource made through the service, with one author (passes the automatic check)."""
    values = {
        "title": overrides.pop("title", "车削安全操作规程"),
        "resource_type": ResourceType.TEXT,
        "body": "<p>进入车间必须穿戴防护用品。</p>",
        "major": course.get_parent().specific,
        "course": course,
        "organisation": organisation,
        "authors": [{"name": "王老师"}],
    }
    values.update(overrides)
    return resource_create(user=user, attributes=ResourceAttributes(**values))


def asset_from(path: Path, filename: str | None = None):
    from media_pipeline.services import asset_create_from_file

    return asset_create_from_file(path=path, filename=filename or path.name)


__all__ = ["CourseTeacherFactory", "ResourceFactory", "SkillPointFactory", "asset_from", "grant", "text_resource"]

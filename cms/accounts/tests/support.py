"""Helpers for service tests: requests that pass (or fail) ``permissions.require`` and role holders."""

import io

import openpyxl
from django.contrib.sessions.middleware import SessionMiddleware
from django.test import Client, RequestFactory
from django_otp import DEVICE_ID_SESSION_KEY
from django_otp.plugins.otp_totp.models import TOTPDevice

from cms.accounts.models import LibraryRole, Organisation
from cms.accounts.roles import PlatformRole, Role
from cms.accounts.services import organisation_save, platform_role_set, role_grant
from cms.accounts.tests.factories import OrganisationFactory, UserFactory


def request_for(user, *, verified: bool = True, method: str = "post"):
    """A request of ``user``; ``verified`` stands in for django-otp's middleware (two-factor passed)."""
    request = getattr(RequestFactory(), method)("/")
    SessionMiddleware(lambda r: None).process_request(request)
    request.session.save()
    user.is_verified = lambda: verified
    request.user = user
    return request


def host_organisation(**kwargs) -> Organisation:
    """A host institution; the service gives it its host slot (the database refuses a host without one)."""
    return organisation_save(organisation=OrganisationFactory.build(library_role=LibraryRole.HOST, **kwargs))


def organisation_admin(organisation: Organisation, **kwargs):
    user = UserFactory(**kwargs)
    role_grant(user=user, role=Role.ORGANISATION_ADMIN, organisation=organisation)
    return user


def platform_admin(role: PlatformRole, **kwargs):
    user = UserFactory(**kwargs)
    return platform_role_set(user=user, role=role)


def roster_xlsx(rows: list[tuple], header: tuple = ("姓名", "学号/工号", "院系/部门", "班级", "身份")) -> bytes:
    """An .xlsx roster as a school would upload it."""
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(list(header))
    for row in rows:
        sheet.append(list(row))
    output = io.BytesIO()
    workbook.save(output)
    return output.getvalue()


def verified_client(user, **kwargs) -> Client:
    """A browser logged in as ``user`` that passed TOTP in this session, as django-otp records it."""
    client = Client(**kwargs)
    client.force_login(user)
    device = TOTPDevice.objects.create(user=user, name="test", confirmed=True)
    session = client.session
    session[DEVICE_ID_SESSION_KEY] = device.persistent_id
    session.save()
    return client

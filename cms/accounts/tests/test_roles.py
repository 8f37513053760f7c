"""O2 / S: roles, role groups and the separated platform administrators."""

import pytest
from django.core.exceptions import ValidationError

from cms.accounts.roles import ROLE_GROUP_NAMES, PlatformRole, Role
from cms.accounts.services import platform_role_set, role_grant, role_groups_ensure
from cms.accounts.tests.factories import OrganisationFactory, UserFactory

pytestmark = pytest.mark.django_db


def test_role_grant_adds_the_group_and_is_idempotent():
    user, school = UserFactory(), OrganisationFactory()
    first = role_grant(user=user, role=Role.TEACHER, organisation=school)
    second = role_grant(user=user, role=Role.TEACHER, organisation=school)
    assert first.pk == second.pk
    assert list(user.groups.values_list("name", flat=True)) == [ROLE_GROUP_NAMES[Role.TEACHER]]
    assert user.role_codes() == {"teacher"}


def test_organisational_role_needs_an_organisation():
    with pytest.raises(ValidationError) as error:
        role_grant(user=UserFactory(), role=Role.EDITOR, organisation=None)
    assert "organisation" in error.value.message_dict


def test_social_learner_belongs_to_no_organisation():
    with pytest.raises(ValidationError):
        role_grant(user=UserFactory(), role=Role.SOCIAL_LEARNER, organisation=OrganisationFactory())
    assert role_grant(user=UserFactory(), role=Role.SOCIAL_LEARNER).organisation is None


def test_a_person_holds_at_most_one_platform_admin_role():
    user = UserFactory()
    platform_role_set(user=user, role=PlatformRole.SECURITY_ADMIN)
    platform_role_set(user=user, role=PlatformRole.AUDIT_ADMIN)
    user.refresh_from_db()
    assert user.platform_role == PlatformRole.AUDIT_ADMIN
    assert list(user.groups.values_list("name", flat=True)) == [ROLE_GROUP_NAMES[PlatformRole.AUDIT_ADMIN]]
    assert user.is_staff


def test_role_groups_carry_admin_access_and_page_rights():
    from cms.majors.tests.factories import LibraryHomePageFactory

    home = LibraryHomePageFactory()
    groups = role_groups_ensure(root_page=home)
    editor = UserFactory()
    editor.groups.add(groups[Role.EDITOR])
    learner = UserFactory()
    learner.groups.add(groups[Role.SCHOOL_STUDENT])
    assert editor.has_perm("wagtailadmin.access_admin")
    assert not learner.has_perm("wagtailadmin.access_admin")
    assert home.permissions_for_user(editor).can_publish()
    assert not home.permissions_for_user(learner).can_edit()

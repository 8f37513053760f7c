"""Roles of the library (O2, S): who a person is in which organisation.

Platform administration is split three ways (system, security, audit; 三员分立 under 等保三级) and
stored in a single field of the user, so one person can never hold two of them. Every other role is a
``RoleAssignment`` row, scoped to an organisation where the role belongs to one.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Role(models.TextChoices):
    SCHOOL_STUDENT = "school_student", _("School student")
    ENTERPRISE_EMPLOYEE = "enterprise_employee", _("Enterprise employee")
    SOCIAL_LEARNER = "social_learner", _("Social learner")
    TEACHER = "teacher", _("Teacher")
    EDITOR = "editor", _("Editor")
    REVIEWER = "reviewer", _("Reviewer")
    ORGANISATION_ADMIN = "organisation_admin", _("Organisation administrator")


class PlatformRole(models.TextChoices):
    NONE = "", _("None")
    SYSTEM_ADMIN = "system_admin", _("System administrator")
    SECURITY_ADMIN = "security_admin", _("Security administrator")
    AUDIT_ADMIN = "audit_admin", _("Audit administrator")


LEARNER_ROLES = frozenset({Role.SCHOOL_STUDENT, Role.ENTERPRISE_EMPLOYEE, Role.SOCIAL_LEARNER})
# Roles that only make sense inside an organisation (a school, an enterprise).
ORGANISATION_ROLES = frozenset(set(Role) - {Role.SOCIAL_LEARNER})
# Roles that work in the Wagtail admin.
ADMIN_ROLES = frozenset({Role.EDITOR, Role.REVIEWER, Role.ORGANISATION_ADMIN})

# Django auth group that carries each role's permissions (role → permission mapping, editable in the admin).
ROLE_GROUP_NAMES: dict[str, str] = {
    Role.SCHOOL_STUDENT: "在校学生",
    Role.ENTERPRISE_EMPLOYEE: "企业员工",
    Role.SOCIAL_LEARNER: "社会学习者",
    Role.TEACHER: "教师",
    Role.EDITOR: "编辑",
    Role.REVIEWER: "审核员",
    Role.ORGANISATION_ADMIN: "机构管理员",
    PlatformRole.SYSTEM_ADMIN: "系统管理员",
    PlatformRole.SECURITY_ADMIN: "安全管理员",
    PlatformRole.AUDIT_ADMIN: "审计管理员",
}

# Administrator roles: TOTP two-factor login required, shorter idle timeout (O2, S).
ADMINISTRATOR_ROLES = frozenset(
    {PlatformRole.SYSTEM_ADMIN, PlatformRole.SECURITY_ADMIN, PlatformRole.AUDIT_ADMIN, Role.ORGANISATION_ADMIN}
)

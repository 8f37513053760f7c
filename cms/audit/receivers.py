"""Permission and role changes made outside our services (Wagtail's group and user screens) are audited too.

Receivers only call the audit service. The acting user and IP come from the request being served.
"""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db.models.signals import m2m_changed
from django.dispatch import receiver

from cms.audit.services import audit_record

_ACTIONS = {"post_add": "added", "post_remove": "removed", "post_clear": "cleared"}


@receiver(m2m_changed, sender=Group.permissions.through, dispatch_uid="zyk_audit_group_permissions")
def group_permissions_changed(sender, instance, action, pk_set, model, **kwargs) -> None:
    if action not in _ACTIONS:
        return
    if isinstance(instance, Group):
        codenames = sorted(model.objects.filter(pk__in=pk_set or []).values_list("codename", flat=True))
        audit_record(action="permission.change", obj=instance, detail={_ACTIONS[action]: codenames})
    else:  # the reverse side: a permission's groups changed
        names = sorted(Group.objects.filter(pk__in=pk_set or []).values_list("name", flat=True))
        audit_record(action="permission.change", obj=instance, detail={_ACTIONS[action]: names})


@receiver(m2m_changed, sender=get_user_model().groups.through, dispatch_uid="zyk_audit_user_groups")
def user_groups_changed(sender, instance, action, pk_set, model, **kwargs) -> None:
    if action not in _ACTIONS:
        return
    if isinstance(instance, Group):
        detail = {_ACTIONS[action]: sorted(str(pk) for pk in pk_set or [])}
    else:
        detail = {_ACTIONS[action]: sorted(model.objects.filter(pk__in=pk_set or []).values_list("name", flat=True))}
    audit_record(action="role.group_membership", obj=instance, detail=detail)

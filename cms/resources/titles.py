"""The naming rule applied to resources in the database: checking a title, suggesting the next one (C3)."""

import re

from django.db.models import Q

from cms.resources import naming


def rule_for(major):
    from cms.resources.models import NamingRule

    if major is None:
        return None
    return NamingRule.objects.filter(major=major).first()


def _attributes(resource) -> dict:
    return {
        "major": resource.major if resource.major_id else None,
        "course": resource.course if resource.course_id else None,
        "module": resource.module if resource.module_id else None,
        "knowledge_points": list(resource.knowledge_points.all()),
        "resource_type": resource.resource_type,
    }


def title_problems(resource, *, enforced_only: bool = True) -> list[str]:
    """What is wrong with ``resource.title`` under its major's rule (nothing when no rule applies)."""
    rule = rule_for(resource.major if resource.major_id else None)
    if rule is None or (enforced_only and not rule.enforced):
        return []
    return naming.check_title(rule.pattern, resource.title, **_attributes(resource)).problems


def title_values(*, major, course=None, module=None, knowledge_point=None, resource_type: str = "") -> dict:
    """What each placeholder of a naming rule stands for, for these attributes (None: unknown)."""
    return {
        "major_code": major.code,
        "major": major.title,
        "course": course.title if course else None,
        "module": module.title if module else None,
        "knowledge_point": knowledge_point.name if knowledge_point else None,
        "type": naming.TYPE_NAMES_ZH.get(resource_type),
    }


def title_suggest(*, major, course=None, module=None, knowledge_point=None, resource_type: str = "") -> str | None:
    """The next title under the rule for these attributes, numbered after the titles already taken."""
    from cms.resources.models import Resource

    rule = rule_for(major)
    if rule is None:
        return None
    values = title_values(
        major=major, course=course, module=module, knowledge_point=knowledge_point, resource_type=resource_type
    )
    prefix = naming.title_prefix(rule.pattern, values)
    if prefix is None:
        return naming.suggest_title(rule.pattern, values, 1)
    taken = Resource.objects.filter(Q(major=major) & Q(title__startswith=prefix)).values_list("title", flat=True)
    numbers = [int(m.group(0)) for t in taken if (m := re.match(r"\d{1,4}", t[len(prefix) :]))]
    return naming.suggest_title(rule.pattern, values, max(numbers, default=0) + 1)

"""Which review workflow a resource follows (M1): configurable per institution subtree and major.

``ResourceWorkflowRule`` rows are matched against the resource's institution (and every institution
above it) and its major; the most specific rule wins (deeper institution first, then a rule naming the
major). Without a rule, the workflow assigned to the resource model in Settings › Workflows applies.
"""

from cms.resources.permissions import path_ids


def workflow_for(resource):
    from cms.resources.models import Resource, ResourceWorkflowRule

    if resource.organisation_id is None:
        return Resource.get_default_workflow()
    ancestors = path_ids(resource.organisation)
    depth = {pk: i for i, pk in enumerate(ancestors)}
    rules = ResourceWorkflowRule.objects.filter(workflow__active=True).select_related("workflow")
    best, best_key = None, None
    for rule in rules:
        if rule.organisation_id is not None and rule.organisation_id not in depth:
            continue
        if rule.major_id is not None and rule.major_id != resource.major_id:
            continue
        key = (depth.get(rule.organisation_id, -1), rule.major_id is not None)
        if best_key is None or key > best_key:
            best, best_key = rule.workflow, key
    return best or Resource.get_default_workflow()

"""Hooks Wagtail imports while its models load: nothing here may import models at module level."""


def workflow_finished(workflow_state, user=None) -> None:
    """WAGTAIL_FINISH_WORKFLOW_ACTION: the last approval publishes the revision that was approved.

    For resources, course portals (M6) and question bank items (C4) the approval itself is the authority to
    publish (reviewers hold no "publish" permission, so nobody can publish around the review); other models
    keep Wagtail's behaviour. Resources and items publish the revision under review, not a reviewer's round
    trip through the admin form.
    """
    from wagtail.workflows import publish_workflow_state

    from cms.courses.models import CoursePage
    from cms.questions.models import Question
    from cms.resources.models import Resource

    obj = workflow_state.content_object
    kind = getattr(obj, "specific_class", None) or type(obj)  # pages come as the base Page
    if not issubclass(kind, Resource | CoursePage | Question):
        publish_workflow_state(workflow_state, user=user)
        return
    if issubclass(kind, CoursePage):
        # The team cannot save while the portal is reviewed, so the newest revision is the approved one, or the
        # reviewer's own save when approving from the page editor (Wagtail saves the form first).
        obj.specific.get_latest_revision().publish(user=user, skip_permission_checks=True)
        return
    approved = workflow_state.current_task_state.revision if workflow_state.current_task_state else None
    (approved or obj.get_latest_revision()).publish(user=user, skip_permission_checks=True)

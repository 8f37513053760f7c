"""Who may change a course's knowledge graph and structure (M5, M7, C2; house rule 5: declared once).

The course's teacher team (``CourseTeacher`` rows linked to the account, lead or member) and whoever may
edit the course page in Wagtail: editors through their group's page permissions, and administrators
(superusers). No course has an institution of its own, so the page permission is the institution rule.
"""

from cms.courses.models import CoursePage, CourseTeacher


def is_course_team_member(user, course: CoursePage) -> bool:
    if user is None or not user.is_authenticated:
        return False
    return CourseTeacher.objects.filter(course_id=course.pk, user_id=user.pk).exists()


def can_edit_course(user, course: CoursePage) -> bool:
    """Whether ``user`` may change the course's graph and structure (modules, units, items, versions)."""
    if user is None or not user.is_authenticated or not user.is_active:
        return False
    if is_course_team_member(user, course):
        return True
    return course.permissions_for_user(user).can_edit()


def can_edit_graph(user, course: CoursePage) -> bool:
    """Whether ``user`` may add and remove edges and attach resources from the point side."""
    return can_edit_course(user, course)

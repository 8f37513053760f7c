"""Course FAQ, synonym groups and learners' questions for the knowledge Q&A (M7, issue 6).

The FAQ is what the Q&A answers from (``cms.qa.retrieval``); a question the FAQ cannot answer well is not
guessed at but posted to the course Q&A as a ``CourseQuestion`` for the course team.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from cms.courses.models import CoursePage, KnowledgePoint


class FaqEntry(models.Model):
    """One question of a course's FAQ with its answer and the knowledge points it is about."""

    course = models.ForeignKey(
        CoursePage, verbose_name=_("course"), on_delete=models.CASCADE, related_name="faq_entries"
    )
    question = models.CharField(_("question"), max_length=200)
    answer = models.TextField(_("answer"))
    # One phrasing a line: other ways learners ask the same thing; they weigh as much as the question.
    alternatives = models.TextField(_("alternative phrasings"), blank=True, help_text=_("One phrasing per line."))
    knowledge_points = models.ManyToManyField(
        KnowledgePoint, verbose_name=_("knowledge points"), blank=True, related_name="faq_entries"
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    class Meta:
        verbose_name = _("FAQ entry")
        verbose_name_plural = _("FAQ entries")
        ordering = ["course", "id"]
        constraints = [models.UniqueConstraint(fields=["course", "question"], name="qa_faq_entry_unique_question")]

    def __str__(self) -> str:
        return self.question

    def alternative_list(self) -> list[str]:
        return [line.strip() for line in self.alternatives.splitlines() if line.strip()]


class Synonym(models.Model):
    """A group of words that mean the same to a learner (数控车床 / CNC车床 / 数控车), for every course or one."""

    terms = models.TextField(_("terms"), help_text=_("Words of the same meaning, separated by spaces or commas."))
    course = models.ForeignKey(
        CoursePage,
        verbose_name=_("course"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="synonyms",
        help_text=_("Empty: the group applies to every course."),
    )
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    class Meta:
        verbose_name = _("synonym group")
        verbose_name_plural = _("synonym groups")
        ordering = ["id"]

    def __str__(self) -> str:
        return " / ".join(self.term_list())

    def term_list(self) -> list[str]:
        return [t for t in self.terms.replace(",", " ").replace("，", " ").replace("、", " ").split() if t]


class CourseQuestionStatus(models.TextChoices):
    OPEN = "open", _("Open")
    ANSWERED = "answered", _("Answered")
    CLOSED = "closed", _("Closed")


class DismissReason(models.TextChoices):
    """Why the course team closed a question without answering it."""

    DUPLICATE = "duplicate", _("Duplicate of another question")
    OFF_TOPIC = "off_topic", _("Not about this course")
    OTHER = "other", _("Other reason")


class CourseQuestion(models.Model):
    """A learner's question posted to the course Q&A when the FAQ declined to answer it.

    The course team answers it (``answer``, who and when; optionally turned into an FAQ entry so the next
    learner asking the same is answered at once) or dismisses it with a reason. ``notified_at`` records the
    email to the asker, so the notification is sent once however often its task runs.
    """

    course = models.ForeignKey(
        CoursePage, verbose_name=_("course"), on_delete=models.CASCADE, related_name="course_questions"
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("asked by"), on_delete=models.CASCADE, related_name="course_questions"
    )
    text = models.CharField(_("question"), max_length=500)
    status = models.CharField(
        _("status"), max_length=16, choices=CourseQuestionStatus.choices, default=CourseQuestionStatus.OPEN
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    answer = models.TextField(_("answer"), blank=True)
    answered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("answered by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    answered_at = models.DateTimeField(_("answered at"), null=True, blank=True)
    faq_entry = models.ForeignKey(
        FaqEntry,
        verbose_name=_("FAQ entry"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="from_questions",
        help_text=_("The FAQ entry made from this question's answer."),
    )
    dismiss_reason = models.CharField(_("reason"), max_length=16, choices=DismissReason.choices, blank=True)
    dismiss_note = models.CharField(_("note"), max_length=200, blank=True)
    dismissed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("dismissed by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    dismissed_at = models.DateTimeField(_("dismissed at"), null=True, blank=True)
    notified_at = models.DateTimeField(_("asker notified at"), null=True, blank=True, editable=False)

    class Meta:
        verbose_name = _("course question")
        verbose_name_plural = _("course questions")
        ordering = ["-created_at", "-id"]
        indexes = [
            models.Index(fields=["course", "status", "-created_at"], name="qa_question_course_status"),
            models.Index(fields=["course", "user", "-created_at"], name="qa_question_course_user"),
        ]

    def __str__(self) -> str:
        return self.text

    @property
    def asker_name(self) -> str:
        """The asker as the course team sees them: a name, nothing else of their account."""
        return self.user.display_name

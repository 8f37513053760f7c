"""Question bank items (C4, M5): one per-course bank of items of ten types, with drafts, revisions and review.

An item's type-specific answer key lives in ``content`` (JSON, always cleaned by ``content.content_clean``);
stems, options, answers and explanations are HTML whose formulas are ``<span data-latex="…">`` elements the
SPA renders with KaTeX. A case analysis (案例分析题) is an item whose sub-questions are items with ``parent``
set; they are reviewed and published with it. Items tag knowledge points of their course, so the course's
coverage report and the papers' quotas read the same links.
"""

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelcluster.models import ClusterableModel
from taggit.models import TaggedItemBase
from wagtail.models import DraftStateMixin, LockableMixin, PreviewableMixin, RevisionMixin, Task, WorkflowMixin

from cms.core.models import TimeStampedModel
from cms.questions.content import QuestionType as Types


class QuestionType(models.TextChoices):
    SINGLE = Types.SINGLE, _("Single choice")
    MULTIPLE = Types.MULTIPLE, _("Multiple choice")
    TRUE_FALSE = Types.TRUE_FALSE, _("True or false")
    FILL_BLANK = Types.FILL_BLANK, _("Fill in the blanks")
    SHORT_ANSWER = Types.SHORT_ANSWER, _("Short answer")
    ESSAY = Types.ESSAY, _("Essay")
    MATCHING = Types.MATCHING, _("Matching")
    ORDERING = Types.ORDERING, _("Ordering")
    CASE = Types.CASE, _("Case analysis")
    PRACTICAL = Types.PRACTICAL, _("Practical task")


class Difficulty(models.IntegerChoices):
    EASY = 1, _("Easy")
    FAIRLY_EASY = 2, _("Fairly easy")
    MEDIUM = 3, _("Medium")
    FAIRLY_HARD = 4, _("Fairly hard")
    HARD = 5, _("Hard")


class QuestionSource(models.TextChoices):
    ORIGINAL = "original", _("Original")
    ENTERPRISE_CASE = "enterprise_case", _("Enterprise case")
    ADAPTED = "adapted", _("Adapted")
    CERTIFICATE = "certificate", _("Skill certificate exam")
    IMPORTED = "imported", _("Imported")


PENDING_PARTS = "pending_sub_questions"  # revision key: a published case's parts as edited, not yet reviewed


class QuestionTag(TaggedItemBase):
    """Tags of an item, kept in its revisions."""

    content_object = ParentalKey("questions.Question", on_delete=models.CASCADE, related_name="tagged_items")


class Question(
    WorkflowMixin,
    DraftStateMixin,
    LockableMixin,
    RevisionMixin,
    PreviewableMixin,
    TimeStampedModel,
    ClusterableModel,
):
    """One item of a course's question bank."""

    question_type = models.CharField(_("type"), max_length=16, choices=QuestionType.choices)
    course = models.ForeignKey(
        "courses.CoursePage", verbose_name=_("course"), on_delete=models.PROTECT, related_name="questions"
    )
    module = models.ForeignKey(
        "courses.OutlineItem",
        verbose_name=_("module"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="questions",
    )
    parent = models.ForeignKey(
        "self",
        verbose_name=_("case analysis"),
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="sub_questions",
        help_text=_("Set on the sub-questions of a case analysis."),
    )
    sort_order = models.PositiveIntegerField(_("order"), default=0)
    stem = models.TextField(_("stem"), help_text=_("HTML; formulas as LaTeX."))
    content = models.JSONField(_("answer key"), default=dict, blank=True)
    reference_answer = models.TextField(_("reference answer"), blank=True)
    explanation = models.TextField(_("explanation"), blank=True)
    difficulty = models.PositiveSmallIntegerField(
        _("difficulty"), choices=Difficulty.choices, default=Difficulty.MEDIUM
    )
    score = models.DecimalField(
        _("score"),
        max_digits=6,
        decimal_places=2,
        default=1,
        validators=[MinValueValidator(0), MaxValueValidator(1000)],
    )
    knowledge_points = ParentalManyToManyField(
        "courses.KnowledgePoint", verbose_name=_("knowledge and skill points"), blank=True, related_name="questions"
    )
    tags = ClusterTaggableManager(verbose_name=_("tags"), through=QuestionTag, blank=True)
    source = models.CharField(
        _("source"), max_length=16, choices=QuestionSource.choices, default=QuestionSource.ORIGINAL
    )
    organisation = models.ForeignKey(
        "accounts.Organisation",
        verbose_name=_("building institution"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="questions",
    )
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("author"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        editable=False,
        related_name="owned_questions",
    )
    deleted_at = models.DateTimeField(_("deleted at"), null=True, blank=True, editable=False)

    class Meta:
        verbose_name = _("question")
        verbose_name_plural = _("questions")
        ordering = ["course", "parent_id", "sort_order", "id"]
        indexes = [
            models.Index(fields=["course", "question_type", "difficulty"], name="questions_bank_draw"),
            models.Index(fields=["deleted_at"], name="questions_deleted"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(difficulty__gte=1, difficulty__lte=5), name="questions_difficulty_range"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.get_question_type_display()} #{self.pk}"

    # A published case's edited parts wait in its revisions until the review publishes them
    # (``services.question_update``, ``services.question_parts_publish``): learners keep the reviewed parts.
    def serializable_data(self):
        data = super().serializable_data()
        parts = getattr(self, "pending_parts", None)
        if parts is not None:
            data[PENDING_PARTS] = parts
        return data

    @classmethod
    def from_serializable_data(cls, data, check_fks=True, strict_fks=False):
        obj = super().from_serializable_data(data, check_fks=check_fks, strict_fks=strict_fks)
        if obj is not None and data.get(PENDING_PARTS) is not None:
            obj.pending_parts = data[PENDING_PARTS]
        return obj

    def get_preview_template(self, request, mode_name):
        return "questions/question_preview.html"

    def get_preview_context(self, request, mode_name):
        from cms.questions.preview import preview_context

        return {**super().get_preview_context(request, mode_name), **preview_context(self)}


class QuestionReviewTask(Task):
    """The human level of item review (C4, M5): the host institutions' reviewers approve or return an item.

    The automatic first level (``cms.resources.models.AutomaticCheckTask``) has already checked sensitive words.
    Nobody decides on an item they submitted themselves; approval publishes the revision under review.
    """

    admin_form_fields = Task.admin_form_fields

    class Meta:
        verbose_name = _("question review")
        verbose_name_plural = _("question reviews")

    def user_can_review(self, obj, user) -> bool:
        from cms.questions.review import user_can_review_question

        return user_can_review_question(obj, user)

    def user_can_access_editor(self, obj, user):
        return self.user_can_review(obj, user)

    def locked_for_user(self, obj, user):
        return not self.user_can_review(obj, user)

    def user_can_lock(self, obj, user):
        return self.user_can_review(obj, user)

    def get_actions(self, obj, user):
        if self.user_can_review(obj, user):
            return [
                ("reject", _("Request changes"), True),
                ("approve", _("Approve"), False),
                ("approve", _("Approve with comment"), True),
            ]
        return []

    def get_task_states_user_can_moderate(self, user, **kwargs):
        from cms.questions.review import question_task_states_reviewable

        return question_task_states_reviewable(self, user)

    @classmethod
    def get_description(cls):
        return _("The reviewers of the host institutions approve or return a question bank item")


class PaperKind(models.TextChoices):
    FIXED = "fixed", _("Fixed items")
    RANDOM = "random", _("Drawn by rules")


class Paper(TimeStampedModel):
    """A self-test (自测) of a course or one of its modules: fixed items or rules each attempt draws by (L5).

    Exams of running classes will reuse it with their own schedule and grading (a later issue)."""

    course = models.ForeignKey(
        "courses.CoursePage", verbose_name=_("course"), on_delete=models.CASCADE, related_name="papers"
    )
    module = models.ForeignKey(
        "courses.OutlineItem",
        verbose_name=_("module"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="papers",
    )
    title = models.CharField(_("title"), max_length=128)
    kind = models.CharField(_("kind"), max_length=8, choices=PaperKind.choices, default=PaperKind.FIXED)
    shuffle_items = models.BooleanField(_("shuffle items"), default=True)
    shuffle_options = models.BooleanField(_("shuffle options"), default=True)
    max_attempts = models.PositiveSmallIntegerField(_("attempts allowed"), null=True, blank=True)
    open = models.BooleanField(_("open to learners"), default=False)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, editable=False, related_name="+"
    )

    class Meta:
        verbose_name = _("paper")
        verbose_name_plural = _("papers")

    def __str__(self) -> str:
        return self.title


class PaperItem(models.Model):
    """An item of a fixed paper, with the score it carries there."""

    paper = models.ForeignKey(Paper, on_delete=models.CASCADE, related_name="items")
    question = models.ForeignKey(Question, on_delete=models.PROTECT, related_name="paper_items")
    score = models.DecimalField(_("score"), max_digits=6, decimal_places=2)
    sort_order = models.PositiveIntegerField(default=0)

    class Meta:
        ordering = ["paper", "sort_order", "id"]
        constraints = [models.UniqueConstraint(fields=["paper", "question"], name="questions_paper_item_once")]

    def __str__(self) -> str:
        return f"{self.paper_id}/{self.question_id}"


class PaperRule(models.Model):
    """A quota of a random paper: ``count`` items of a type, optionally of a module, point and difficulty."""

    paper = models.ForeignKey(Paper, on_delete=models.CASCADE, related_name="rules")
    question_type = models.CharField(_("type"), max_length=16, choices=QuestionType.choices)
    count = models.PositiveSmallIntegerField(_("items"))
    module = models.ForeignKey("courses.OutlineItem", on_delete=models.CASCADE, null=True, blank=True, related_name="+")
    knowledge_point = models.ForeignKey(
        "courses.KnowledgePoint", on_delete=models.CASCADE, null=True, blank=True, related_name="+"
    )
    difficulty = models.PositiveSmallIntegerField(_("difficulty"), choices=Difficulty.choices, null=True, blank=True)
    score_each = models.DecimalField(_("score per item"), max_digits=6, decimal_places=2)
    sort_order = models.PositiveIntegerField(default=0)

    class Meta:
        ordering = ["paper", "sort_order", "id"]

    def __str__(self) -> str:
        return f"{self.question_type} × {self.count}"


class AttemptState(models.TextChoices):
    IN_PROGRESS = "in_progress", _("In progress")
    SUBMITTED = "submitted", _("Submitted, waiting for grading")
    GRADED = "graded", _("Scored")


class Attempt(models.Model):
    """One learner's go at a paper: the drawn items with their answer keys as they were, answers, score.

    ``items`` snapshots each item (id, type, score, answer key, option order) when the attempt starts, so
    later edits of the bank never change how an attempt is scored."""

    paper = models.ForeignKey(Paper, on_delete=models.CASCADE, related_name="attempts")
    learner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="attempts")
    number = models.PositiveIntegerField(_("attempt"))
    state = models.CharField(_("state"), max_length=16, choices=AttemptState.choices, default=AttemptState.IN_PROGRESS)
    items = models.JSONField(default=list)
    started_at = models.DateTimeField(_("started at"), auto_now_add=True)
    submitted_at = models.DateTimeField(_("submitted at"), null=True, blank=True)
    score = models.DecimalField(_("score"), max_digits=8, decimal_places=2, null=True, blank=True)
    max_score = models.DecimalField(_("out of"), max_digits=8, decimal_places=2, default=0)

    class Meta:
        verbose_name = _("attempt")
        verbose_name_plural = _("attempts")
        ordering = ["paper", "learner", "number"]
        constraints = [
            models.UniqueConstraint(fields=["paper", "learner", "number"], name="questions_attempt_number_once"),
            models.UniqueConstraint(
                fields=["paper", "learner"],
                condition=models.Q(state="in_progress"),
                name="questions_one_open_attempt",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.paper_id}/{self.learner_id}#{self.number}"


class AttemptAnswer(models.Model):
    """A learner's response to one item of an attempt; autosaved, then scored on submit."""

    attempt = models.ForeignKey(Attempt, on_delete=models.CASCADE, related_name="answers")
    question_id = models.PositiveBigIntegerField()  # the snapshot's id: the item may leave the bank later
    response = models.JSONField(null=True, blank=True)
    saved_at = models.DateTimeField(auto_now=True)
    points = models.DecimalField(max_digits=6, decimal_places=2, null=True, blank=True)
    correct = models.BooleanField(null=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["attempt", "question_id"], name="questions_answer_once"),
        ]

    def __str__(self) -> str:
        return f"{self.attempt_id}/{self.question_id}"


class ImportStatus(models.TextChoices):
    UPLOADED = "uploaded", _("Uploaded")
    PREVIEWED = "previewed", _("Previewed")
    IMPORTING = "importing", _("Importing")
    IMPORTED = "imported", _("Imported")
    FAILED = "failed", _("Failed")


def _import_upload_to(instance, filename: str) -> str:
    return f"questions/imports/{instance.course_id}/{filename}"


class QuestionImport(TimeStampedModel):
    """One file uploaded into a course's bank (C4, M5): previewed, then imported all-or-nothing.

    It is also the import log: who brought which file, in which format, how many items, and the preview's
    errors and warnings as ``[{"location", "message"}]``. The file stays so a confirm reads exactly what was
    previewed (``cms.questions.imports``). A confirm runs on the worker: ``importing`` since ``started_at``,
    then ``imported`` with the ids of the new top-level items, or ``failed`` with the errors."""

    course = models.ForeignKey(
        "courses.CoursePage", verbose_name=_("course"), on_delete=models.CASCADE, related_name="question_imports"
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("user"), on_delete=models.SET_NULL, null=True, related_name="+"
    )
    filename = models.CharField(_("file name"), max_length=255)
    kind = models.CharField(_("format"), max_length=16, blank=True)
    file = models.FileField(_("file"), upload_to=_import_upload_to, max_length=255)
    status = models.CharField(_("status"), max_length=16, choices=ImportStatus.choices, default=ImportStatus.UPLOADED)
    item_count = models.PositiveIntegerField(_("items"), default=0)
    errors = models.JSONField(_("errors"), default=list, blank=True)
    warnings = models.JSONField(_("warnings"), default=list, blank=True)
    imported_at = models.DateTimeField(_("imported at"), null=True, blank=True)
    started_at = models.DateTimeField(_("import started at"), null=True, blank=True)
    question_ids = models.JSONField(_("imported items"), default=list, blank=True)

    class Meta:
        verbose_name = _("question import")
        verbose_name_plural = _("question imports")
        ordering = ["-created_at", "-id"]

    def __str__(self) -> str:
        return self.filename

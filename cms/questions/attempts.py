"""Self-test attempts (L5): start (or resume), autosave, submit with immediate scoring, history, best score.

Integrity under load: one open attempt per learner and paper is a database constraint, submitting locks the
attempt row and is idempotent (a retried or doubled submit returns the stored result, never a second
score), and answers are upserts keyed by (attempt, item). The drawn paper and the answer keys are copied
into the attempt when it starts, so editing the bank later never changes a score.
"""

from __future__ import annotations

import json
import random
from dataclasses import dataclass
from decimal import Decimal

from django.db import IntegrityError, transaction
from django.db.models import Max
from django.utils import timezone
from django.utils.translation import gettext as _

from cms.core.errors import DomainError, ErrorCode
from cms.questions.attempt_files import is_practical, practical_response
from cms.questions.content import QuestionType
from cms.questions.draw import Candidate, DrawError, DrawRule, draw
from cms.questions.models import Attempt, AttemptAnswer, AttemptState, Paper, PaperKind, Question
from cms.questions.scoring import Score, case_score, score

MAX_RESPONSE_BYTES = 20_000


@dataclass
class AttemptResult:
    attempt: Attempt
    best_score: Decimal | None


def _refuse(message: str, code: ErrorCode = ErrorCode.INVALID_INPUT, field: str | None = None) -> DomainError:
    return DomainError(message, code=code, field=field)


def _published(course_id: int):
    return Question.objects.filter(course_id=course_id, live=True, deleted_at__isnull=True)


def _snapshot(question: Question, points: Decimal, rng: random.Random, shuffle_options: bool) -> dict:
    entry = {
        "id": question.pk,
        "type": question.question_type,
        "score": str(points),
        "content": question.content,
        # what the learner reads, as published when the attempt started (later bank edits never show here)
        "stem": question.stem,
        "reference_answer": question.reference_answer,
        "explanation": question.explanation,
        "option_order": [],
        "parts": [],
    }
    content = question.content if isinstance(question.content, dict) else {}
    is_ordering = question.question_type == QuestionType.ORDERING
    options = content.get("items") if is_ordering else content.get("options")
    if options:
        order = [o["key"] for o in options]
        if shuffle_options or is_ordering:  # an ordering item listed as written would show its answer
            rng.shuffle(order)
            if is_ordering and order == content.get("answer") and len(order) > 1:
                order = order[1:] + order[:1]
        entry["option_order"] = order
    if question.question_type == QuestionType.CASE:
        subs = list(question.sub_questions.order_by("sort_order", "id"))
        total = sum((s.score for s in subs), Decimal("0")) or Decimal("1")
        for sub in subs:  # the case's points are shared by its parts in proportion to their own scores
            share = (points * sub.score / total).quantize(Decimal("0.01"))
            entry["parts"].append(_snapshot(sub, share, rng, shuffle_options))
    return entry


def _draw_items(paper: Paper, rng: random.Random) -> list[tuple[Question, Decimal]]:
    if paper.kind == PaperKind.FIXED:
        rows = list(
            paper.items.select_related("question").filter(question__live=True, question__deleted_at__isnull=True)
        )
        if not rows:
            raise _refuse(_("This self-test has no published items yet."))
        return [(row.question, row.score) for row in rows]
    rules = list(paper.rules.all())
    rows = list(
        _published(paper.course_id)
        .filter(parent__isnull=True)
        .values_list("pk", "question_type", "difficulty", "module_id")
    )
    points: dict[int, set[int]] = {}
    through = Question.knowledge_points.through
    for question_id, point_id in through.objects.filter(question_id__in=[r[0] for r in rows]).values_list(
        "question_id", "knowledgepoint_id"
    ):
        points.setdefault(question_id, set()).add(point_id)
    candidates = [Candidate(pk, kind, level, module, frozenset(points.get(pk, ()))) for pk, kind, level, module in rows]
    try:
        picked = draw(
            candidates,
            [DrawRule(r.question_type, r.count, r.module_id, r.knowledge_point_id, r.difficulty) for r in rules],
            rng,
        )
    except DrawError as error:
        raise _refuse(str(error), field="rules") from error
    by_id = Question.objects.in_bulk([i for ids in picked for i in ids])
    return [(by_id[i], rule.score_each) for rule, ids in zip(rules, picked, strict=True) for i in ids]


def attempt_start(*, user, paper: Paper, rng: random.Random | None = None) -> Attempt:
    """The learner's open attempt (resume), else a new one with its own drawn paper."""
    if user is None or not user.is_authenticated:
        raise _refuse(_("Log in to take a self-test."), ErrorCode.UNAUTHENTICATED)
    if not paper.open or not paper.course.live:
        raise _refuse(_("This self-test is not open."), ErrorCode.PERMISSION_DENIED)
    open_attempt = Attempt.objects.filter(paper=paper, learner=user, state=AttemptState.IN_PROGRESS).first()
    if open_attempt is not None:
        return open_attempt
    done = Attempt.objects.filter(paper=paper, learner=user).aggregate(n=Max("number"))["n"] or 0
    if paper.max_attempts is not None and done >= paper.max_attempts:
        raise _refuse(
            _("You have used all %(n)s attempts of this self-test.") % {"n": paper.max_attempts},
            ErrorCode.LIMIT_EXCEEDED,
        )
    rng = rng or random.SystemRandom()
    chosen = _draw_items(paper, rng)
    if paper.shuffle_items:
        rng.shuffle(chosen)
    items = [_snapshot(q, Decimal(points), rng, paper.shuffle_options) for q, points in chosen]
    total = sum((Decimal(i["score"]) for i in items), Decimal("0"))
    try:
        with transaction.atomic():
            return Attempt.objects.create(paper=paper, learner=user, number=done + 1, items=items, max_score=total)
    except IntegrityError:  # a second tab started one at the same moment: resume that one
        return Attempt.objects.get(paper=paper, learner=user, state=AttemptState.IN_PROGRESS)


def _own_open(user, attempt: Attempt) -> None:
    if user is None or attempt.learner_id != getattr(user, "pk", None):
        raise _refuse(_("This is not your attempt."), ErrorCode.PERMISSION_DENIED)


def _item_ids(attempt: Attempt) -> set[int]:
    ids = set()
    for item in attempt.items:
        ids.add(item["id"])
        ids.update(part["id"] for part in item.get("parts", []))
    return ids


def _response_ok(response) -> None:
    if len(json.dumps(response, ensure_ascii=False).encode()) > MAX_RESPONSE_BYTES:
        raise _refuse(_("The answer is too long."), field="response")


@transaction.atomic
def answer_save(*, user, attempt: Attempt, question_id: int, response) -> AttemptAnswer:
    """Autosave one answer (an upsert); refused once the attempt is submitted (read under the row lock that
    submitting takes, so no answer slips in after the score)."""
    _own_open(user, attempt)
    attempt = Attempt.objects.select_for_update().get(pk=attempt.pk)
    if attempt.state != AttemptState.IN_PROGRESS:
        raise _refuse(_("This attempt is already submitted."), ErrorCode.CONFLICT)
    if question_id not in _item_ids(attempt):
        raise _refuse(_("This item is not part of the attempt."), field="question_id")
    _response_ok(response)
    if is_practical(attempt, question_id):  # the written text is the learner's, the files list the server's
        stored = AttemptAnswer.objects.filter(attempt=attempt, question_id=question_id).first()
        response = practical_response(response, stored.response if stored else None)
    answer, _created = AttemptAnswer.objects.update_or_create(
        attempt=attempt, question_id=question_id, defaults={"response": response}
    )
    return answer


def _score_item(item: dict, responses: dict) -> tuple[Score, list[tuple[int, Score]]]:
    if item["type"] == QuestionType.CASE:
        parts = [(p["id"], score(p["type"], p["content"], p["score"], responses.get(p["id"]))) for p in item["parts"]]
        return case_score([s for _id, s in parts]), parts
    result = score(item["type"], item["content"], item["score"], responses.get(item["id"]))
    return result, [(item["id"], result)]


@transaction.atomic
def attempt_submit(*, user, attempt: Attempt, answers: dict[int, object] | None = None) -> AttemptResult:
    """Save the last answers, score objective items at once and close the attempt; idempotent."""
    _own_open(user, attempt)
    attempt = Attempt.objects.select_for_update().get(pk=attempt.pk)
    if attempt.state != AttemptState.IN_PROGRESS:
        return AttemptResult(attempt, best_score(user=user, paper_id=attempt.paper_id))
    allowed = _item_ids(attempt)
    for question_id, response in (answers or {}).items():
        if int(question_id) not in allowed:
            raise _refuse(_("This item is not part of the attempt."), field="question_id")
        _response_ok(response)
        if is_practical(attempt, int(question_id)):  # submitting keeps the handed-in files
            stored = AttemptAnswer.objects.filter(attempt=attempt, question_id=int(question_id)).first()
            response = practical_response(response, stored.response if stored else None)
        AttemptAnswer.objects.update_or_create(
            attempt=attempt, question_id=int(question_id), defaults={"response": response}
        )
    stored = {a.question_id: a for a in attempt.answers.all()}
    responses = {qid: a.response for qid, a in stored.items()}
    total, waiting = Decimal("0"), False
    for item in attempt.items:
        item_score, parts = _score_item(item, responses)
        waiting = waiting or item_score.needs_grading
        total += item_score.points or Decimal("0")
        for question_id, part in parts:
            answer = stored.get(question_id) or AttemptAnswer(attempt=attempt, question_id=question_id)
            answer.points, answer.correct = part.points, part.correct
            answer.save()
    attempt.state = AttemptState.SUBMITTED if waiting else AttemptState.GRADED
    attempt.score = total
    attempt.submitted_at = timezone.now()
    attempt.save(update_fields=["state", "score", "submitted_at"])
    return AttemptResult(attempt, best_score(user=user, paper_id=attempt.paper_id))


def best_score(*, user, paper_id: int) -> Decimal | None:
    """The best score of the learner's scored attempts of a paper (the record kept in their history)."""
    return (
        Attempt.objects.filter(paper_id=paper_id, learner=user, state=AttemptState.GRADED)
        .aggregate(best=Max("score"))
        .get("best")
    )


def attempt_history(*, user, paper: Paper) -> list[Attempt]:
    return list(Attempt.objects.filter(paper=paper, learner=user).order_by("-number"))

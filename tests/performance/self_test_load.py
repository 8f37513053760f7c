"""Self-test integrity under load (issue 7, L5): 500 learners start, answer and submit the same self-test
within one minute against a real server (PostgreSQL), then every attempt and answer is counted in the database.

``setup``: under the benchmark's settings and database, a published course of the demo gets four published
items (single, multiple, true/false, fill-in) and a fresh open fixed paper; ``bench-learner-0`` … ``-{N-1}``
accounts get a bearer token each (issued by the same service as a mini-program login, so no password hashing
skews the run). Writes the paper id and the tokens to a JSON file for the locustfile (self_test.py).

``verify``: counts the paper's attempts and answers — expected exactly one scored attempt per learner and
one answer row per item per attempt, every score equal to what the answers are worth — reads locust's CSV
for the submit latency and writes the "Self-test under load (issue 7, L5)" section of docs/benchmarks.md.
"""

import argparse
import csv
import json
import os
import sys
import time
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import django  # noqa: E402
from sections import section_replace  # noqa: E402

TITLE = "## Self-test under load (issue 7, L5)"
# The answers every learner gives (by item type) and what they are worth: 2 + 2 (half of 4) + 1 + 3 = 8 of 10.
ANSWERS = {"single": "B", "multiple": ["A"], "true_false": True, "fill_blank": ["G70"]}
EXPECTED_SCORE = Decimal("8.00")
MAX_SCORE = Decimal("10.00")


def learner_name(n: int, prefix: str = "bench-learner-") -> str:
    return f"{prefix}{n}"


def setup(args) -> int:
    django.setup()
    from django.test import RequestFactory

    from cms.accounts.models import User
    from cms.accounts.sessions import token_issue
    from cms.courses.models import CoursePage
    from cms.questions import papers
    from cms.questions.services import ItemData, question_create

    started = time.perf_counter()
    course = CoursePage.objects.live().order_by("pk").first()
    if course is None:
        print("no published course: run manage.py load_demo first", file=sys.stderr)
        return 2
    author, _ = User.objects.get_or_create(username="bench-teacher", defaults={"is_superuser": True})
    author.is_superuser = True  # editors of every course (can_edit_course), the benchmark's own account
    author.save()
    options = [{"key": k, "text": f"选项{k}"} for k in "ABCD"]
    specs = [
        ("single", {"options": options, "answer": "B"}, 2, "<p>G71 指令是？</p>"),
        ("multiple", {"options": options, "answer": ["A", "C"], "partial": "half"}, 4, "<p>选出正确的两项</p>"),
        ("true_false", {"answer": True}, 1, "<p>G70 用于精车。</p>"),
        ("fill_blank", {"blanks": [{"answers": ["G70"]}]}, 3, "<p>精车循环指令是 ____。</p>"),
    ]
    items = []
    for kind, content, score, stem in specs:
        question = question_create(
            user=author, course=course, data=ItemData(question_type=kind, stem=stem, content=content, score=score)
        )
        question.get_latest_revision().publish(skip_permission_checks=True)
        items.append(papers.PaperItemData(question.pk))
    stamp = time.strftime("%Y%m%d-%H%M%S")
    paper = papers.paper_create(
        user=author, course=course, data=papers.PaperData(f"压测自测 {stamp}", items=items, open=True)
    )
    names = [learner_name(n, args.prefix) for n in range(args.count)]
    existing = set(User.objects.filter(username__in=names).values_list("username", flat=True))
    User.objects.bulk_create(User(username=n, is_active=True) for n in names if n not in existing)
    request = RequestFactory().post("/graphql/", HTTP_USER_AGENT="zyk-bench", REMOTE_ADDR="127.0.0.1")
    tokens = [token_issue(request, user, method="password") for user in User.objects.filter(username__in=names)]
    args.out.write_text(
        json.dumps({"paper_id": paper.pk, "course_id": course.pk, "tokens": tokens, "answers": ANSWERS}),
        encoding="utf-8",
    )
    elapsed = time.perf_counter() - started
    print(f"paper {paper.pk} ({len(items)} items) and {len(tokens)} learners ready in {elapsed:.1f} s")
    return 0


def _stats(path: Path) -> dict[str, dict[str, str]]:
    with path.open(newline="") as handle:
        return {row["Name"]: row for row in csv.DictReader(handle)}


def verify(args) -> int:
    django.setup()
    from django.db.models import Count

    from cms.questions.models import Attempt, AttemptAnswer, AttemptState

    data = json.loads(args.accounts.read_text(encoding="utf-8"))
    paper_id, learners = data["paper_id"], len(data["tokens"])
    attempts = Attempt.objects.filter(paper_id=paper_id)
    total = attempts.count()
    graded = attempts.filter(state=AttemptState.GRADED).count()
    right_score = attempts.filter(state=AttemptState.GRADED, score=EXPECTED_SCORE, max_score=MAX_SCORE).count()
    per_learner = attempts.values("learner_id").annotate(n=Count("id"))
    distinct_learners = per_learner.count()
    duplicated = sum(1 for row in per_learner if row["n"] > 1)
    answers = AttemptAnswer.objects.filter(attempt__paper_id=paper_id)
    answer_rows = answers.count()
    answered = answers.exclude(response=None).count()
    short = attempts.annotate(n=Count("answers")).exclude(n=len(ANSWERS)).count()
    stats = _stats(args.stats)
    client = json.loads(args.client.read_text(encoding="utf-8")) if args.client and args.client.exists() else {}
    ok = (
        total == learners
        and graded == learners
        and right_score == learners
        and distinct_learners == learners
        and duplicated == 0
        and answer_rows == learners * len(ANSWERS)
        and short == 0
    )
    submit = stats.get("attemptSubmit", {})
    agg = stats.get("Aggregated", {})

    def ms(row, key):
        value = row.get(key, "")
        return "n/a" if value in ("", "N/A") else f"{float(value):.0f}"

    lines = [
        TITLE,
        "",
        f"Measured on {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())} by `scripts/bench-self-test.sh` (part of "
        "`make bench`): "
        f"{learners} learners, each with their own bearer token, start the same open fixed self-test (4 published "
        "items: single, multiple, true/false, fill-in; 10 points), autosave one answer per item and submit — "
        f"{args.describe}. Every request is a GraphQL POST straight to gunicorn ({args.workers} sync workers, "
        "production settings, PostgreSQL, Redis cache); locust on the same machine "
        f"({os.cpu_count()} cores; load average {' '.join(f'{x:.2f}' for x in os.getloadavg())} at the end of the "
        "run — everything else running on the machine competes with the server, and the latencies are mostly "
        "queueing once arrivals outpace the workers).",
        "",
        "| request | requests | failures | p50 ms | p95 ms | p99 ms | max ms |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for name in ("attemptStart", "answerSave", "attemptSubmit", "Aggregated"):
        row = stats.get(name)
        if not row:
            continue
        label = "**all requests**" if name == "Aggregated" else name
        lines.append(
            f"| {label} | {row['Request Count']} | {row['Failure Count']} | {ms(row, '50%')} | {ms(row, '95%')} "
            f"| {ms(row, '99%')} | {ms(row, 'Max Response Time')} |"
        )
    single = _stats(args.single_stats) if args.single_stats and args.single_stats.exists() else {}
    if single:
        lines += [
            "",
            "One learner alone first (own account and paper, same server; no queueing), p50 / max ms: "
            + ", ".join(
                f"{name} {ms(single[name], '50%')} / {ms(single[name], 'Max Response Time')}"
                for name in ("attemptStart", "answerSave", "attemptSubmit")
                if name in single
            )
            + ".",
        ]
    lines += [
        "",
        f"**p95 submit latency: {ms(submit, '95%')} ms** (p50 {ms(submit, '50%')} ms, max "
        f"{ms(submit, 'Max Response Time')} ms) over {submit.get('Request Count', 0)} submits"
        + (f"; learners finished within {client['span_seconds']:.0f} s of the first start" if client else "")
        + ".",
        "",
        "Counted in the database afterwards:",
        "",
        f"- attempts of the paper: {total} (learners: {learners}; distinct learners with an attempt: "
        f"{distinct_learners}; learners with more than one: {duplicated})",
        f"- scored (state graded): {graded}; with the expected score {EXPECTED_SCORE} of {MAX_SCORE}: {right_score}",
        f"- answer rows: {answer_rows} (expected {learners * len(ANSWERS)} = {learners} × {len(ANSWERS)}; with a "
        f"response: {answered}; attempts without exactly {len(ANSWERS)}: {short})",
        f"- failed requests seen by locust: {agg.get('Failure Count', 'n/a')}",
        "",
        "Result: "
        + (
            "**every attempt stored and scored, none lost or duplicated.**"
            if ok
            else "**MISMATCH: some attempts or answers are missing, duplicated or mis-scored (see the counts).**"
        ),
    ]
    section_replace(args.out, TITLE, lines)
    print("\n".join(lines))
    return 0 if ok else 1


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    s = sub.add_parser("setup")
    s.add_argument("--count", type=int, default=500)
    s.add_argument("--prefix", default="bench-learner-", help="account names (the unloaded run has its own)")
    s.add_argument("--out", type=Path, required=True)
    v = sub.add_parser("verify")
    v.add_argument("--accounts", type=Path, required=True)
    v.add_argument("--stats", type=Path, required=True, help="locust's <prefix>_stats.csv")
    v.add_argument("--client", type=Path, help="the locustfile's own summary JSON")
    v.add_argument("--single-stats", type=Path, help="locust CSV of one learner alone (unloaded latencies)")
    v.add_argument("--out", type=Path, required=True)
    v.add_argument("--workers", default="3")
    v.add_argument("--describe", default="arrivals spread over one minute")
    args = parser.parse_args()
    return setup(args) if args.command == "setup" else verify(args)


if __name__ == "__main__":
    sys.exit(main())

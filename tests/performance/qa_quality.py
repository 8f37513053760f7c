"""Knowledge Q&A answer quality (issue 6; M7); writes its section of docs/benchmarks.md.

Runs the service's own retrieval (``cms.qa.retrieval``: the same segmenter, synonyms, BM25 and decline rule)
in process over the demo FAQ (``fixtures/demo/faq.json``), one index per course as the service keeps it, and
asks every question of ``tests/performance/qa_paraphrases.json`` in its course:

- paraphrases (students' wordings of an FAQ question, each labelled with its entry): top-1 accuracy (answered
  with the labelled entry), false declines (declined although the FAQ holds the answer), wrong answers;
- questions that must be declined (off topic, another course's subject, this course's but not in its FAQ):
  the correct-decline rate.

Every question is in the dev split or the test split by a stable hash of its text (a third dev). The weights and
the coverage threshold were tuned on the dev split only; the section reports the test split (and dev and all
for comparison). Latency is the retrieval call (segmenting + scoring), p50/p95 over every question; the
database part of an answer (points, resources) is not in it. No database is needed.

    .venv/bin/python tests/performance/qa_quality.py [--out docs/benchmarks.md] [--split dev]
"""

import argparse
import datetime
import hashlib
import json
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.dev")

import django  # noqa: E402

django.setup()

from report import git_commit, machine  # noqa: E402
from sections import section_replace  # noqa: E402

from cms.qa.retrieval import MIN_COVERAGE, FaqDocument, FaqIndex, SynonymTable  # noqa: E402

SECTION = "## Knowledge Q&A (issue 6)"
FAQ_FILE = ROOT / "fixtures" / "demo" / "faq.json"
PARAPHRASES = Path(__file__).with_name("qa_paraphrases.json")
TARGET_TOP1 = 0.85


def split_of(text: str) -> str:
    """A third of the questions are the dev split, by a hash of the text (stable across runs and machines)."""
    return "dev" if int(hashlib.sha1(text.encode(), usedforsecurity=False).hexdigest(), 16) % 3 == 0 else "test"


def indexes(faq: dict) -> tuple[dict[str, FaqIndex], dict[str, str]]:
    synonyms = SynonymTable(faq["synonyms"])
    by_course: dict[str, list[FaqDocument]] = {}
    course_of = {}
    for row in faq["entries"]:
        course_of[row["id"]] = row["course"]
        by_course.setdefault(row["course"], []).append(
            FaqDocument(
                key=row["id"],
                question=row["question"],
                answer=row["answer"],
                alternatives=tuple(row["alternatives"]),
                points=tuple(row["knowledge_points"]),
            )
        )
    return {course: FaqIndex(docs, synonyms) for course, docs in by_course.items()}, course_of


def evaluate(min_coverage: float = MIN_COVERAGE) -> dict:
    faq = json.loads(FAQ_FILE.read_text(encoding="utf-8"))
    data = json.loads(PARAPHRASES.read_text(encoding="utf-8"))
    course_indexes, course_of = indexes(faq)
    empty = FaqIndex([])
    results = {"paraphrase": [], "decline": []}
    timings = []
    for kind, rows in (("paraphrase", data["paraphrases"]), ("decline", data["declines"])):
        for row in rows:
            course = course_of[row["entry"]] if kind == "paraphrase" else row["course"]
            index = course_indexes.get(course, empty)
            start = time.perf_counter()
            ranking = index.rank(row["question"], min_coverage=min_coverage)
            timings.append((time.perf_counter() - start) * 1000)
            best = ranking.best
            results[kind].append(
                {
                    "question": row["question"],
                    "split": split_of(row["question"]),
                    "expected": row.get("entry"),
                    "answered": ranking.answered,
                    "got": best.key if best else None,
                    "coverage": round(best.coverage, 3) if best else 0.0,
                }
            )
    return {"results": results, "timings": timings, "entries": len(faq["entries"]), "courses": len(course_indexes)}


def rates(results: dict, split: str | None) -> dict:
    para = [r for r in results["paraphrase"] if split is None or r["split"] == split]
    decl = [r for r in results["decline"] if split is None or r["split"] == split]
    correct = sum(r["answered"] and r["got"] == r["expected"] for r in para)
    false_declines = sum(not r["answered"] for r in para)
    declined = sum(not r["answered"] for r in decl)
    return {
        "paraphrases": len(para),
        "top1": correct / len(para) if para else 0.0,
        "false_decline": false_declines / len(para) if para else 0.0,
        "wrong": (len(para) - correct - false_declines) / len(para) if para else 0.0,
        "declines": len(decl),
        "correct_decline": declined / len(decl) if decl else 0.0,
    }


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def section(run: dict) -> str:
    results, timings = run["results"], run["timings"]
    test, dev, every = rates(results, "test"), rates(results, "dev"), rates(results, None)
    info = machine()
    met = "met" if test["top1"] >= TARGET_TOP1 else "**not met**"
    now = datetime.datetime.now().astimezone().strftime("%Y-%m-%d %H:%M %Z")
    lines = [
        SECTION,
        "",
        f"Written by `tests/performance/qa_quality.py` on {now} at commit `{git_commit()}`. The knowledge Q&A (M7) "
        f"answers a learner's Chinese question from the course FAQ: BM25 over jieba words (the resource search's "
        f"segmenter and dictionary), question and alternative phrasings > knowledge point names > answer, synonym "
        f"groups on both sides, one index per course; it declines when the best entry covers less than "
        f"{MIN_COVERAGE:.0%} of the question's information (IDF-weighted words; words the course never uses weigh "
        f"most).",
        "",
        f"- Data: the demo FAQ (`fixtures/demo/faq.json`): {run['entries']} entries in {run['courses']} courses. "
        f"Questions (`tests/performance/qa_paraphrases.json`): {every['paraphrases']} student paraphrases of FAQ "
        f"questions, each labelled with its entry, and {every['declines']} questions that must be declined "
        f"(off topic, another course's subject asked in this course, this course's subject the FAQ does not hold), "
        f"each asked in its course.",
        "- Held out: a stable hash of each question's text puts a third in the dev split. The threshold and the "
        "weighting of unknown words and single characters were tuned (two rounds) on the dev split's misses and "
        "coverages; the test split's questions were never looked at during tuning, only its totals were printed "
        "beside dev's. **Test** is the reported number. Rerun: `.venv/bin/python tests/performance/qa_quality.py "
        "--out docs/benchmarks.md` (`--split dev` lists dev misses for tuning).",
        f"- Retrieval in process, no database or external service; machine: {info.get('cores (nproc)')} cores, "
        f"{info.get('CPU', 'unknown CPU')}, Python {info.get('Python')}.",
        "",
        "| split | paraphrases | top-1 accuracy | false declines | wrong entry | must-decline | correctly declined |",
        "|---|---|---|---|---|---|---|",
    ]
    for name, r in (("**test**", test), ("dev", dev), ("all", every)):
        lines.append(
            f"| {name} | {r['paraphrases']} | {r['top1']:.1%} | {r['false_decline']:.1%} | {r['wrong']:.1%} "
            f"| {r['declines']} | {r['correct_decline']:.1%} |"
        )
    lines += [
        "",
        f"Latency of one retrieval (segmenting + scoring, {len(timings)} questions): p50 "
        f"{statistics.median(timings):.2f} ms, p95 {percentile(timings, 0.95):.2f} ms. The service adds the "
        "database reads of the matched points and their best resources.",
        "",
        f"Target: ≥ {TARGET_TOP1:.0%} top-1 on the test split — {met} ({test['top1']:.1%}).",
    ]
    misses = [
        r for r in results["paraphrase"] if r["split"] == "test" and not (r["answered"] and r["got"] == r["expected"])
    ] + [r for r in results["decline"] if r["split"] == "test" and r["answered"]]
    if misses:
        lines += ["", "Misses on the test split (question → expected / got, coverage):", ""]
        for r in misses:
            got = r["got"] if r["answered"] else "declined"
            lines.append(f"- {r['question']} → {r['expected'] or 'decline'} / {got} ({r['coverage']})")
    return "\n".join(lines) + "\n"


def write_section(path: Path, text: str) -> None:
    section_replace(path, SECTION, text.rstrip("\n").split("\n") + [""])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", type=Path, help="benchmarks file whose Q&A section is replaced")
    parser.add_argument("--split", choices=["dev", "test"], help="print this split's misses (tuning: dev only)")
    parser.add_argument("--min-coverage", type=float, default=MIN_COVERAGE)
    args = parser.parse_args()
    run = evaluate(args.min_coverage)
    for name in ("dev", "test"):
        print(name, {k: round(v, 3) for k, v in rates(run["results"], name).items()})
    if args.split:
        for kind in ("paraphrase", "decline"):
            for r in run["results"][kind]:
                ok = (r["answered"] and r["got"] == r["expected"]) if kind == "paraphrase" else not r["answered"]
                if r["split"] == args.split and not ok:
                    print(" miss", kind, r)
    if args.out:
        write_section(args.out, section(run))
        print(f"wrote {SECTION!r} into {args.out}")


if __name__ == "__main__":
    main()

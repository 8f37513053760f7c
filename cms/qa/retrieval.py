"""FAQ retrieval for the knowledge Q&A (M7, issue 6): BM25 over jieba words, synonyms, a calibrated decline.

Pure Python over plain data (no database), so the benchmark (tests/performance/qa_quality.py) measures the
very code the service runs. Words come from the resource search's segmenter (``cms.resources.search.segment``,
with its CNC dictionary); the segmenter is never taught new words here, because that would change how
resources are segmented in this process only.

Scoring is BM25 per field, summed with weights: the question and its alternative phrasings (``q``, 1.0) >
the names of its knowledge points (``p``) > the answer (``a``). Synonyms (数控车床 / CNC车床) add one shared
group token to both sides, at index and at query time, wherever any word of the group occurs in the text.

Declining: a question is answered only when the best entry covers enough of it. *Coverage* is the share of the
question's information (the sum of its words' IDF; words the course never uses weigh the most) that the best
entry holds, counted fully in the question and point fields and at ``ANSWER_COVERAGE`` in the answer. Below
``MIN_COVERAGE`` the Q&A says it does not know rather than guessing: "今天天气怎么样" or a question of another
course is mostly words this course's FAQ never uses. The thresholds were tuned on the dev split of the
paraphrase set only (docs/benchmarks.md).
"""

import math
import re
from collections import Counter
from dataclasses import dataclass, field

from cms.resources.search import normalise, segment

K1 = 1.2
B = 0.75
FIELD_WEIGHTS = {"q": 1.0, "p": 0.5, "a": 0.3}
# Share of a word's information an answer-only match carries towards coverage.
ANSWER_COVERAGE = 0.5
MIN_COVERAGE = 0.35
MAX_QUESTION_CHARS = 200
# Words of asking, not of the subject: they would count as "not covered" in every question.
QUESTION_WORDS = frozenset(
    "怎么 怎样 怎么样 怎么办 怎么回事 咋办 如何 什么 为什么 为何 哪些 哪个 哪里 哪儿 多少 几 "  # noqa: SIM905
    "吗 呢 吧 啊 呀 么 嘛 请问 请教 老师 同学 "
    "想 想问 问 问下 问一下 一下 下 我 我们 你 你们 它 这个 那个 这 那 这样 那样 要 需要 应该 能 能否 可以 会 "
    "是否 有 有没有 没有 不 还是 一般 就 都 也 还 又 才 该 时候 时 啥 咋 咋样 做 弄 搞 用 一个 个 些 到底 "
    "得 地 着 过 给 让 跟 从 向 里 上 中 后 前 如果 为 为了 注意 知道 告诉 讲讲 说说 讲 说 谁 哪 好 呀".split()
)
_SPLIT = re.compile(r"[\s,，、;；/]+")


def words(text: str) -> list[str]:
    """Subject words of ``text``: the resource segmenter's words without the words of asking."""
    return [w for w in segment(text) if w not in QUESTION_WORDS]


@dataclass(frozen=True)
class FaqDocument:
    """What the index needs of one FAQ entry (a model row or a fixture row)."""

    key: object
    question: str
    answer: str
    alternatives: tuple[str, ...] = ()
    points: tuple[str, ...] = ()


@dataclass
class Match:
    key: object
    score: float
    coverage: float


@dataclass
class Ranking:
    """The ranked entries for one question and whether the best one answers it."""

    query_words: list[str]
    matches: list[Match] = field(default_factory=list)
    answered: bool = False

    @property
    def best(self) -> Match | None:
        return self.matches[0] if self.matches else None


class SynonymTable:
    """Groups of words of one meaning; ``tokens(text)`` gives the group tokens of the groups present in ``text``."""

    def __init__(self, groups: list[list[str]]):
        self.groups: list[tuple[str, list[str]]] = []
        for i, group in enumerate(groups):
            terms = sorted({normalise(t) for t in group if t.strip()}, key=len, reverse=True)
            if len(terms) > 1:
                self.groups.append((f"≡{i}", terms))

    def tokens(self, text: str) -> list[str]:
        text = normalise(text)
        return [token for token, terms in self.groups if any(term in text for term in terms)]


class FaqIndex:
    """BM25 index of one course's FAQ (small: tens to hundreds of entries, held in memory)."""

    def __init__(self, documents: list[FaqDocument], synonyms: SynonymTable | None = None):
        self.synonyms = synonyms or SynonymTable([])
        self.documents = documents
        self.fields: list[dict[str, Counter]] = []
        lengths: dict[str, list[int]] = {name: [] for name in FIELD_WEIGHTS}
        df: Counter = Counter()
        for doc in documents:
            texts = {
                "q": " ".join((doc.question, *doc.alternatives)),
                "p": " ".join(doc.points),
                "a": doc.answer,
            }
            fields = {name: Counter(self._terms(text)) for name, text in texts.items()}
            self.fields.append(fields)
            for name, counts in fields.items():
                lengths[name].append(sum(counts.values()))
            df.update(set().union(*(set(c) for c in fields.values())))
        self.average = {name: (sum(v) / len(v) if v and sum(v) else 1.0) for name, v in lengths.items()}
        n = len(documents)
        self.idf = {term: math.log(1 + (n - count + 0.5) / (count + 0.5)) for term, count in df.items()}
        # A word the course never uses is as informative as its rarest word, not infinitely more: a learner's
        # own wording (具体, 咋) must not sink a question the FAQ answers.
        self.unknown_idf = math.log(1 + (n - 1 + 0.5) / 1.5) if n else 1.0

    def _terms(self, text: str) -> list[str]:
        return words(text) + self.synonyms.tokens(text)

    def rank(self, question: str, *, limit: int = 5, min_coverage: float = MIN_COVERAGE) -> Ranking:
        question = (question or "").strip()[:MAX_QUESTION_CHARS]
        terms = list(dict.fromkeys(self._terms(question)))
        ranking = Ranking(query_words=terms)
        if not terms or not self.documents:
            return ranking
        # A single character says less than a word (车 vs 车削), so it counts half.
        weights = {t: self.idf.get(t, self.unknown_idf) * (0.5 if len(t) == 1 else 1.0) for t in terms}
        total = sum(weights.values())
        matches = []
        for doc, fields in zip(self.documents, self.fields, strict=True):
            score = 0.0
            covered = 0.0
            for term in terms:
                idf = self.idf.get(term)
                if idf is None:
                    continue
                in_answer_only = True
                for name, weight in FIELD_WEIGHTS.items():
                    tf = fields[name].get(term, 0)
                    if not tf:
                        continue
                    if name != "a":
                        in_answer_only = False
                    length = sum(fields[name].values())
                    norm = tf * (K1 + 1) / (tf + K1 * (1 - B + B * length / self.average[name]))
                    score += weight * idf * norm
                if any(fields[name].get(term) for name in FIELD_WEIGHTS):
                    covered += weights[term] * (ANSWER_COVERAGE if in_answer_only else 1.0)
            if score > 0:
                matches.append(Match(key=doc.key, score=score, coverage=covered / total))
        matches.sort(key=lambda m: (-m.score, str(m.key)))
        ranking.matches = matches[:limit]
        ranking.answered = bool(ranking.matches) and ranking.matches[0].coverage >= min_coverage
        return ranking


def synonym_groups(texts: list[str]) -> list[list[str]]:
    """Groups from stored ``terms`` texts (spaces, commas or 、 between the words)."""
    return [[t for t in _SPLIT.split(text) if t] for text in texts]

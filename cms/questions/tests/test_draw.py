"""Random papers (L5): every quota honoured, overlapping rules solved, distinct items, clear refusals."""

import random
from collections import Counter

import pytest
from django.utils import translation

from cms.questions.draw import Candidate, DrawError, DrawRule, draw


@pytest.fixture(autouse=True)
def english():
    with translation.override("en"):
        yield


def _bank() -> list[Candidate]:
    items = []
    for i in range(40):
        items.append(
            Candidate(
                id=i,
                question_type="single" if i % 2 == 0 else "multiple",
                difficulty=1 + i % 5,
                module_id=1 + i % 4,
                point_ids=frozenset({100 + i % 3}),
            )
        )
    return items


def test_every_quota_is_honoured_with_distinct_items_over_many_draws():
    bank = {c.id: c for c in _bank()}
    rules = [
        DrawRule("single", 5, module_id=1),
        DrawRule("single", 3, difficulty=3),
        DrawRule("multiple", 4, point_id=101),
        DrawRule("multiple", 2),
    ]
    seen_papers = set()
    for seed in range(50):
        picked = draw(list(bank.values()), rules, random.Random(seed))
        flat = [i for ids in picked for i in ids]
        assert len(flat) == len(set(flat)) == 14
        for rule, ids in zip(rules, picked, strict=True):
            assert len(ids) == rule.count and all(rule.fits(bank[i]) for i in ids)
        seen_papers.add(tuple(sorted(flat)))
    assert len(seen_papers) > 40  # each attempt draws its own paper


def test_overlapping_rules_that_greedy_would_fail_are_solved():
    # Item 1 fits both rules, item 2 only the first: taking 1 for the first rule would starve the second.
    bank = [
        Candidate(1, "single", 3, point_ids=frozenset({7})),
        Candidate(2, "single", 3, point_ids=frozenset()),
    ]
    rules = [DrawRule("single", 1), DrawRule("single", 1, point_id=7)]
    for seed in range(20):
        assert draw(bank, rules, random.Random(seed)) == [[2], [1]]


def test_a_rule_the_bank_cannot_fill_is_named_with_what_is_there():
    with pytest.raises(DrawError) as refused:
        draw(_bank(), [DrawRule("single", 2), DrawRule("true_false", 3, label="判断题 · 模块 2")])
    error = refused.value
    assert (error.rule_index, error.wanted, error.available) == (1, 3, 0)
    assert str(error) == "判断题 · 模块 2 needs 3 items but the bank has 0 that fit."


def test_rules_that_fit_alone_but_not_together_are_refused():
    bank = [Candidate(i, "single", 3, module_id=1) for i in range(3)]
    with pytest.raises(DrawError, match="overlap") as refused:
        draw(bank, [DrawRule("single", 2, module_id=1), DrawRule("single", 2)], random.Random(1))
    assert refused.value.rule_index in (0, 1)


def test_difficulty_spread_follows_the_rules():
    picked = draw(_bank(), [DrawRule("single", 4, difficulty=1), DrawRule("single", 4, difficulty=5)], random.Random(3))
    bank = {c.id: c for c in _bank()}
    assert Counter(bank[i].difficulty for i in picked[0]) == {1: 4}
    assert Counter(bank[i].difficulty for i in picked[1]) == {5: 4}

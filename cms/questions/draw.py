"""Random papers (L5): each attempt draws its own items by rules, every quota honoured or a clear refusal.

A rule asks for ``count`` items of a type (optionally of a module or a knowledge point, and a difficulty).
Rules may overlap (an item can fit "module 2, single choice" and "point G71, single choice"); a greedy pick
could then fail although a valid paper exists, so the draw is a bipartite matching of rule slots to items
(augmenting paths), tried in a random order so every valid paper can come out. Sizes are small (a paper has
at most a few hundred slots, a bank a few thousand items), so the simple algorithm is fast enough.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from django.utils.translation import gettext as _

MAX_SLOTS = 500


@dataclass(frozen=True)
class Candidate:
    """What the draw needs to know of a published item."""

    id: int
    question_type: str
    difficulty: int
    module_id: int | None = None
    point_ids: frozenset[int] = frozenset()


@dataclass(frozen=True)
class DrawRule:
    question_type: str
    count: int
    module_id: int | None = None
    point_id: int | None = None
    difficulty: int | None = None
    label: str = ""  # how the paper editor names the rule, for refusals

    def fits(self, item: Candidate) -> bool:
        return (
            item.question_type == self.question_type
            and (self.module_id is None or item.module_id == self.module_id)
            and (self.point_id is None or self.point_id in item.point_ids)
            and (self.difficulty is None or item.difficulty == self.difficulty)
        )


@dataclass
class DrawError(Exception):
    """The bank cannot satisfy the rules; ``rule_index`` names the first rule left short."""

    message: str
    rule_index: int | None = None
    available: int = 0
    wanted: int = 0
    details: list[str] = field(default_factory=list)

    def __str__(self) -> str:
        return self.message


def _name(rule: DrawRule, index: int) -> str:
    return rule.label or _("rule %(n)s") % {"n": index + 1}


def draw(candidates: list[Candidate], rules: list[DrawRule], rng: random.Random | None = None) -> list[list[int]]:
    """Item ids per rule (in a random order), distinct across the paper; ``DrawError`` when impossible."""
    rng = rng or random.SystemRandom()
    slots: list[int] = []  # rule index of each slot
    for index, rule in enumerate(rules):
        if rule.count < 0:
            raise DrawError(_("%(rule)s asks for a negative number of items.") % {"rule": _name(rule, index)}, index)
        slots += [index] * rule.count
    if len(slots) > MAX_SLOTS:
        raise DrawError(_("A paper draws at most %(n)s items.") % {"n": MAX_SLOTS})
    fitting = []
    for index, rule in enumerate(rules):
        matches = [c.id for c in candidates if rule.fits(c)]
        if len(matches) < rule.count:
            raise DrawError(
                _("%(rule)s needs %(wanted)s items but the bank has %(available)s that fit.")
                % {"rule": _name(rule, index), "wanted": rule.count, "available": len(matches)},
                index,
                available=len(matches),
                wanted=rule.count,
            )
        rng.shuffle(matches)
        fitting.append(matches)

    owner: dict[int, int] = {}  # item id → slot

    def place(slot: int, seen: set[int]) -> bool:
        for item in fitting[slots[slot]]:
            if item in seen:
                continue
            seen.add(item)
            if item not in owner or place(owner[item], seen):
                owner[item] = slot
                return True
        return False

    order = list(range(len(slots)))
    rng.shuffle(order)
    for slot in order:
        if not place(slot, set()):
            index = slots[slot]
            raise DrawError(
                _(
                    "The rules overlap and the bank cannot fill them all: %(rule)s is left short. "
                    "Add items or lower a quota."
                )
                % {"rule": _name(rules[index], index)},
                index,
                wanted=rules[index].count,
            )
    picked: list[list[int]] = [[] for _rule in rules]
    for item, slot in owner.items():
        picked[slots[slot]].append(item)
    for ids in picked:
        rng.shuffle(ids)
    return picked

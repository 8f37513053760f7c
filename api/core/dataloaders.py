"""Per-request batch loaders for synchronous graphene.

graphql-core resolves a list depth-first, so classic promise batching never sees siblings together.
Instead, a list resolver *announces* the keys it returned (``announce``); the first ``load`` of any of
them fetches all announced keys of that kind in one query, and the rest are cache hits. The query count
of a request therefore depends on its shape, not on the number of rows (house rule 4).
"""

from collections import defaultdict
from collections.abc import Hashable, Iterable
from typing import Any, ClassVar, Generic, TypeVar

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")


class DataLoader(Generic[K, V]):
    """Loads values by key in batches; subclasses name their ``key_kind`` and implement ``batch_load``."""

    key_kind: ClassVar[str]
    many: ClassVar[bool] = False  # True when each key maps to a list of values
    # Key kind to announce the loaded values' pks under, so *their* children batch across all parents
    # (depth-first resolution would otherwise reveal grandchildren one parent at a time).
    announces: ClassVar[str | None] = None

    def __init__(self, registry: "LoaderRegistry", context: Any) -> None:
        self.registry = registry
        self.context = context
        self.cache: dict[K, V] = {}

    def batch_load(self, keys: list[K]) -> dict[K, V]:
        raise NotImplementedError  # pragma: no cover - abstract

    def missing(self) -> V | None:
        return [] if self.many else None  # type: ignore[return-value]

    def prime(self, key: K, value: V) -> None:
        self.cache.setdefault(key, value)

    def load(self, key: K) -> V:
        if key not in self.cache:
            keys = {key, *self.registry.announced(self.key_kind)} - self.cache.keys()
            found = self.batch_load(sorted(keys, key=str))
            for k in keys:
                self.cache[k] = found.get(k, self.missing())  # type: ignore[assignment]
            if self.announces:
                values = (v for group in found.values() for v in (group if self.many else [group]) if v is not None)
                self.registry.announce(self.announces, (v.pk for v in values))
        return self.cache[key]

    def load_many(self, keys: Iterable[K]) -> list[V]:
        return [self.load(k) for k in keys]


def group_by(rows: Iterable, attr: str) -> dict:
    """Rows grouped into lists by one attribute, order kept: the usual shape of a ``many`` batch."""
    grouped: dict = defaultdict(list)
    for row in rows:
        grouped[getattr(row, attr)].append(row)
    return grouped


L = TypeVar("L", bound=DataLoader)


class LoaderRegistry:
    """One per request (``info.context.loaders``): loader instances and the keys lists have announced."""

    def __init__(self, context: Any) -> None:
        self.context = context
        self._loaders: dict[type, DataLoader] = {}
        self._announced: dict[str, set] = defaultdict(set)

    def get(self, loader_class: type[L]) -> L:
        if loader_class not in self._loaders:
            self._loaders[loader_class] = loader_class(self, self.context)
        return self._loaders[loader_class]  # type: ignore[return-value]

    def announce(self, kind: str, keys: Iterable[Hashable]) -> None:
        self._announced[kind].update(keys)

    def announced(self, kind: str) -> set:
        return self._announced[kind]


def loaders(info) -> LoaderRegistry:
    """The request's loader registry, created on first use."""
    context = info.context
    registry = getattr(context, "_zyk_loaders", None)
    if registry is None:
        registry = LoaderRegistry(context)
        context._zyk_loaders = registry
    return registry


def load(info, loader_class: type[DataLoader[K, V]], key: K) -> V:
    return loaders(info).get(loader_class).load(key)


def announce(info, kind: str, objects: list, attr: str = "pk") -> list:
    """Announce the keys of a resolved list so child loaders batch over all of them; returns the list."""
    loaders(info).announce(kind, (getattr(o, attr) for o in objects))
    return objects

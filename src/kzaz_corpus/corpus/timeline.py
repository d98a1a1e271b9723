"""
Entities and figures across articles: one entity named in many articles, and a figure followed over time.

Facts:

- :func:`corpus_entities` merges the entities of every article: two are one
  when they share a name or an alias and are of the same kind (people only by
  their full name, since a surname alone may stand for two people). Merging
  goes through a dictionary of names and a union-find, never by comparing
  entities pairwise.
- :func:`timeline` gathers the figures of one indicator (what is measured,
  :attr:`~kzaz_corpus.Metric.indicator`) about one entity. Figures with the
  same indicator, entities, period, unit and kind are reports of one fact:
  the same value reported by several articles is one point with all its
  sources; different values are kept as separate points, each flagged
  ``conflict`` with the values it disagrees with.
"""

from __future__ import annotations

import datetime as _dt
from collections import Counter
from collections.abc import Iterable, Sequence

from ..article import Article
from ..lexicon.entities import known_entity
from ..model import CorpusEntity, Metric, TimelinePoint
from ..text.chars import fold

__all__ = ["corpus_entities", "timeline"]


def _key_name(name: str) -> str:
    return name if name.isupper() else fold(name)


class _Merged:
    """The corpus entities and, for every article entity, which corpus entity it is."""

    def __init__(self, articles: Iterable[Article]) -> None:
        self.nodes: list[tuple[str, int]] = []
        owner: dict[tuple[str, str], int] = {}
        parent: list[int] = []

        def find(i: int) -> int:
            while parent[i] != i:
                parent[i] = parent[parent[i]]
                i = parent[i]
            return i

        self.articles = list(articles)
        for a in self.articles:
            for n, e in enumerate(a.entities):
                node = len(self.nodes)
                self.nodes.append((a.id, n))
                parent.append(node)
                names = (e.name,) if e.kind == "person" else e.names
                for name in names:
                    key = (e.kind, _key_name(name))
                    if key in owner:
                        x, y = find(owner[key]), find(node)
                        if x != y:
                            parent[max(x, y)] = min(x, y)
                    else:
                        owner[key] = node
        by_article = {a.id: a for a in self.articles}
        groups: dict[int, list[int]] = {}
        for node in range(len(self.nodes)):
            groups.setdefault(find(node), []).append(node)
        self.entities: list[CorpusEntity] = []
        self.index: dict[tuple[str, str], int] = {}
        for members in groups.values():
            items = [(aid, by_article[aid].entities[n]) for aid, n in (self.nodes[m] for m in members)]
            for aid, e in items:
                self.index[(aid, e.id)] = len(self.entities)
            self.entities.append(_corpus_entity(items))


def _corpus_entity(items: Sequence[tuple[str, object]]) -> CorpusEntity:
    from ..model import Entity

    entities = [e for _, e in items if isinstance(e, Entity)]
    counts = Counter(e.name for e in entities)
    name = max(counts, key=lambda n: (counts[n], len(n), n))
    kinds = Counter(e.kind for e in entities)
    kind = max(kinds, key=lambda k: (kinds[k], k))
    seen = {_key_name(name)}
    aliases: list[str] = []
    for e in entities:
        for alias in e.names:
            if _key_name(alias) not in seen:
                seen.add(_key_name(alias))
                aliases.append(alias)
    return CorpusEntity(
        name=name, kind=kind, aliases=tuple(aliases), article_ids=tuple(sorted({aid for aid, _ in items}))
    )


def corpus_entities(articles: Iterable[Article]) -> tuple[CorpusEntity, ...]:
    """
    The entities of all *articles*, the same entity merged once, most widely named first.

    >>> a = Article.from_text("Грузы идут по Среднему коридору.", id="a")
    >>> b = Article.from_text("Объем перевозок по ТМТМ вырос.", id="b")
    >>> [(e.name, e.article_ids) for e in corpus_entities([a, b])]
    [('Транскаспийский международный транспортный маршрут', ('a', 'b'))]

    .. versionadded:: 0.2.0
    """
    merged = _Merged(articles)
    return tuple(sorted(merged.entities, key=lambda e: (-len(e.article_ids), e.kind, e.name)))


def _indicator_query(indicator: str) -> str:
    from ..stages.entities import indicator_of

    return fold(indicator_of(indicator) or indicator.strip())


_Group = tuple[str | None, frozenset[int], _dt.date | None, _dt.date | None, str | None, str | None]


def timeline(
    articles: Iterable[Article], indicator: str | None = None, entity: str | None = None
) -> tuple[TimelinePoint, ...]:
    """
    The figures of *indicator* about *entity* across *articles*, one point per figure and period.

    Args:
        articles: The articles to read (a :class:`~kzaz_corpus.Corpus` or any iterable).
        indicator: What is measured, as a phrase in any case
            (``"товарооборот"``, ``"объем перевозок"``); ``None`` keeps every figure.
        entity: Any name or alias of an entity (``"Средний коридор"``, ``"ТМТМ"``),
            as the articles write it or as the alias table lists it;
            ``None`` keeps figures about anything.

    Returns:
        The points sorted by period (figures without a period last).

    >>> a = Article.from_text("date 2025-02-01 Товарооборот Казахстана в 2024 году составил 5 млрд долларов.", id="a")
    >>> b = Article.from_text("date 2025-02-03 В 2024 году товарооборот РК составил 5 млрд долларов.", id="b")
    >>> [(p.period_start.year, p.value, p.sources) for p in timeline([a, b], "товарооборот", "Казахстан")]
    [(2024, 5000000000.0, (('a', 61), ('b', 53)))]

    .. versionadded:: 0.2.0
    """
    merged = _Merged(articles)
    wanted: set[int] | None = None
    if entity is not None:
        listed = known_entity(entity.strip())
        names = {fold(entity.strip())} | ({fold(listed.name)} if listed else set())
        wanted = {i for i, e in enumerate(merged.entities) if any(fold(n) in names for n in (e.name, *e.aliases))}
        if not wanted:
            return ()
    query = _indicator_query(indicator) if indicator is not None else None
    groups: dict[_Group, list[tuple[Metric, str, tuple[int, ...]]]] = {}
    for a in merged.articles:
        for m in a.metrics:
            if query is not None and (m.indicator is None or fold(m.indicator) != query):
                continue
            ids = tuple(dict.fromkeys(merged.index[(a.id, e)] for e in m.subject_entities if (a.id, e) in merged.index))
            if wanted is not None and not wanted.intersection(ids):
                continue
            key: _Group = (m.indicator, frozenset(ids), m.period_start, m.period_end, m.unit, m.kind)
            groups.setdefault(key, []).append((m, a.id, ids))
    points: list[TimelinePoint] = []
    for reports in groups.values():
        points.extend(_points(reports, merged.entities))
    far = _dt.date.max
    points.sort(key=lambda p: (p.period_start or far, p.period_end or far, p.indicator or "", p.value, p.sources))
    return tuple(points)


def _points(
    reports: Sequence[tuple[Metric, str, tuple[int, ...]]], entities: Sequence[CorpusEntity]
) -> list[TimelinePoint]:
    """One point per distinct value among reports of one fact; several values are a conflict."""
    by_value: dict[tuple[str, str], list[tuple[Metric, str, tuple[int, ...]]]] = {}
    for report in reports:
        m = report[0]
        by_value.setdefault((f"{m.value:.9g}", f"{m.high:.9g}" if m.high is not None else ""), []).append(report)
    clusters = list(by_value.values())
    values = [c[0][0].value for c in clusters]
    out = []
    for i, cluster in enumerate(clusters):
        m, _, ids = cluster[0]
        others = tuple(v for j, v in enumerate(values) if j != i)
        out.append(
            TimelinePoint(
                period_start=m.period_start,
                period_end=m.period_end,
                value=m.value,
                high=m.high,
                unit=m.unit,
                kind=m.kind,
                indicator=m.indicator,
                entities=tuple(entities[k].name for k in ids),
                sources=tuple(sorted((aid, r.start) for r, aid, _ in cluster)),
                conflict=bool(others),
                disagrees_with=others,
            )
        )
    return out

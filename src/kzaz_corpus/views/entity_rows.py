"""
Tables of entities and of figure timelines, as plain rows.

Facts:

- :func:`entity_rows` gives one row per entity of an article
  (``entity_id`` is ``"<article id>#<entity id>"``); :func:`timeline_rows` one
  row per :class:`~kzaz_corpus.TimelinePoint`.
- Rows are plain dicts of ``str``, ``int``, ``float``, ``bool``,
  :class:`datetime.date` and ``None``; several names or sources in one cell
  are joined with ``" | "``. The column order and pandas dtypes are
  :data:`ENTITY_COLUMNS` and :data:`TIMELINE_COLUMNS`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

from ..model import TimelinePoint

_SURROGATE = re.compile("[\ud800-\udfff]")

if TYPE_CHECKING:  # pragma: no cover
    from ..article import Article

__all__ = ["ENTITY_COLUMNS", "TIMELINE_COLUMNS", "entity_rows", "rows_frame", "timeline_rows"]

Row = dict[str, Any]
_JOIN = " | "

#: Columns of the entities table, in order, with their pandas dtypes.
ENTITY_COLUMNS: Mapping[str, str] = MappingProxyType(
    {
        "entity_id": "string",
        "article_id": "string",
        "article_date": "datetime64[s]",
        "kind": "string",
        "name": "string",
        "aliases": "string",
        "n_mentions": "int64",
        "first_start": "Int64",
    }
)

#: Columns of the timeline table, in order, with their pandas dtypes.
TIMELINE_COLUMNS: Mapping[str, str] = MappingProxyType(
    {
        "indicator": "string",
        "entities": "string",
        "period_start": "datetime64[s]",
        "period_end": "datetime64[s]",
        "value": "float64",
        "high": "float64",
        "unit": "string",
        "kind": "string",
        "n_sources": "int64",
        "sources": "string",
        "conflict": "boolean",
        "disagrees_with": "string",
    }
)


def entity_rows(article: Article) -> list[Row]:
    """
    One row per entity of *article*, with the keys of :data:`ENTITY_COLUMNS`.

    >>> from kzaz_corpus import Article, Entity
    >>> a = Article(id="a1", text="РК и Казахстан", entities=(
    ...     Entity(id="e0", kind="country", name="Казахстан", aliases=("РК",), mentions=((0, 2), (5, 14))),))
    >>> [(r["entity_id"], r["name"], r["aliases"], r["n_mentions"]) for r in entity_rows(a)]
    [('a1#e0', 'Казахстан', 'РК', 2)]

    .. versionadded:: 0.2.0
    """
    return [
        {
            "entity_id": f"{article.id}#{e.id}",
            "article_id": article.id,
            "article_date": article.date,
            "kind": e.kind,
            "name": e.name,
            "aliases": _JOIN.join(e.aliases),
            "n_mentions": len(e.mentions),
            "first_start": e.mentions[0][0] if e.mentions else None,
        }
        for e in article.entities
    ]


def timeline_rows(points: Iterable[TimelinePoint]) -> list[Row]:
    """
    One row per timeline point, with the keys of :data:`TIMELINE_COLUMNS`.

    >>> p = TimelinePoint(period_start="2024-01-01", period_end="2024-12-31", value=5.0, unit="процент",
    ...                   indicator="рост", entities=("Казахстан",), sources=(("a", 3), ("b", 9)))
    >>> row, = timeline_rows([p])
    >>> row["period_start"].year, row["sources"], row["n_sources"], row["conflict"]
    (2024, 'a@3 | b@9', 2, False)

    .. versionadded:: 0.2.0
    """
    return [
        {
            "indicator": p.indicator,
            "entities": _JOIN.join(p.entities),
            "period_start": p.period_start,
            "period_end": p.period_end,
            "value": p.value,
            "high": p.high,
            "unit": p.unit,
            "kind": p.kind,
            "n_sources": len(p.sources),
            "sources": _JOIN.join(f"{aid}@{start}" for aid, start in p.sources),
            "conflict": p.conflict,
            "disagrees_with": _JOIN.join(f"{v:g}" for v in p.disagrees_with),
        }
        for p in points
    ]


def rows_frame(pd: Any, rows: list[Row], columns: Mapping[str, str]) -> Any:
    """
    A data frame with exactly *columns*, in order and typed, even when *rows* is empty.

    >>> import pandas as pd
    >>> rows_frame(pd, [], ENTITY_COLUMNS).columns.tolist()[:3]
    ['entity_id', 'article_id', 'article_date']
    """
    data = {}
    for name, dtype in columns.items():
        values = [r[name] for r in rows]
        if dtype == "string":  # lone surrogates (from undecodable input) become U+FFFD, as in the other tables
            values = [_SURROGATE.sub("\ufffd", v) if isinstance(v, str) else v for v in values]
        data[name] = pd.Series(values, dtype=dtype)
    return pd.DataFrame(data, columns=list(columns))

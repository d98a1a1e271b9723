"""
Tables for data tools: articles, quotes, metrics and dates as rows and data frames.

Facts:

- The row builders (:func:`article_rows`, :func:`quote_rows`,
  :func:`metric_rows`, :func:`date_rows`) return plain ``dict`` rows made of
  ``str``, ``int``, ``float``, ``bool``, :class:`datetime.date` and ``None``,
  so any tool can consume them: pandas here, a process pool or a task graph
  elsewhere. They need no optional dependency.
- Ids link the tables: every row has ``article_id``; quotes, metrics and dates
  get ``quote_id`` (``"<article id>#q<n>"``), ``metric_id`` (``#m<n>``) and
  ``date_id`` (``#d<n>``), numbered in text order from 0. A metric row names
  the date mention its figure refers to (``period_id``) and the quote that
  contains it, if any (``quote_id``, with that quote's ``speaker``).
- The column order and pandas dtypes of each table are the ``*_COLUMNS``
  mappings, so empty tables still have typed columns.
- pandas (and pyarrow, for Parquet) are imported inside :func:`to_pandas`
  and :func:`to_parquet` only: ``pip install kzaz_corpus[pandas]``.

>>> from kzaz_corpus import Article, Quote
>>> a = Article(id="a1", text="«Да», – сказал он.",
...             quotes=(Quote(start=1, end=3, text="Да", kind="direct", speaker="Иван Петров"),))
>>> [(r["quote_id"], r["speaker"], r["text"]) for r in quote_rows(a)]
[('a1#q0', 'Иван Петров', 'Да')]
"""

from __future__ import annotations

import bisect
import importlib
from collections.abc import Iterable, Mapping
from pathlib import Path
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

from attrs import frozen

from ..model import DateMention, Quote, TimelinePoint
from .entity_rows import ENTITY_COLUMNS, TIMELINE_COLUMNS, entity_rows, timeline_rows

if TYPE_CHECKING:  # pragma: no cover
    from ..article import Article

__all__ = [
    "ARTICLE_COLUMNS",
    "DATE_COLUMNS",
    "METRIC_COLUMNS",
    "QUOTE_COLUMNS",
    "Frames",
    "article_rows",
    "date_rows",
    "metric_rows",
    "quote_rows",
    "to_pandas",
    "to_parquet",
]

Row = dict[str, Any]

#: Columns of the articles table, in order, with their pandas dtypes.
ARTICLE_COLUMNS: Mapping[str, str] = MappingProxyType(
    {
        "article_id": "string",
        "date": "datetime64[s]",
        "title": "string",
        "author": "string",
        "source": "string",
        "photo_credit": "string",
        "n_chars": "int64",
        "n_paragraphs": "int64",
        "n_quotes": "int64",
        "n_speakers": "int64",
        "n_metrics": "int64",
        "n_dates": "int64",
    }
)

#: Columns of the quotes table, in order, with their pandas dtypes.
QUOTE_COLUMNS: Mapping[str, str] = MappingProxyType(
    {
        "quote_id": "string",
        "article_id": "string",
        "article_date": "datetime64[s]",
        "start": "int64",
        "end": "int64",
        "text": "string",
        "kind": "string",
        "speaker": "string",
        "speaker_named": "boolean",
        "role": "string",
        "mention_start": "Int64",
        "mention_end": "Int64",
        "mention": "string",
        "verb": "string",
        "medium": "string",
    }
)

#: Columns of the metrics table, in order, with their pandas dtypes.
METRIC_COLUMNS: Mapping[str, str] = MappingProxyType(
    {
        "metric_id": "string",
        "article_id": "string",
        "article_date": "datetime64[s]",
        "start": "int64",
        "end": "int64",
        "surface": "string",
        "value": "float64",
        "high": "float64",
        "unit": "string",
        "qualifier": "string",
        "kind": "string",
        "subject": "string",
        "period_id": "string",
        "period": "string",
        "period_start": "datetime64[s]",
        "period_end": "datetime64[s]",
        "period_granularity": "string",
        "sentence_start": "Int64",
        "sentence_end": "Int64",
        "quote_id": "string",
        "speaker": "string",
    }
)

#: Columns of the dates table, in order, with their pandas dtypes.
DATE_COLUMNS: Mapping[str, str] = MappingProxyType(
    {
        "date_id": "string",
        "article_id": "string",
        "article_date": "datetime64[s]",
        "start": "int64",
        "end": "int64",
        "surface": "string",
        "value": "datetime64[s]",
        "high": "datetime64[s]",
        "granularity": "string",
        "relative": "boolean",
        "open_ended": "boolean",
    }
)


def _quote_id(article: Article, index: int) -> str:
    return f"{article.id}#q{index}"


def _metric_id(article: Article, index: int) -> str:
    return f"{article.id}#m{index}"


def _date_id(article: Article, index: int) -> str:
    return f"{article.id}#d{index}"


def _in_order(items: Iterable[Any]) -> list[Any]:
    """Records in text order (by start, then longest first), whatever order they came in."""
    return sorted(items, key=lambda x: (x.start, -x.end))


def article_rows(article: Article) -> list[Row]:
    """
    Return the article's row of the articles table (a one-item list).

    A list, like the other row builders, so that all four can be mapped and
    flattened the same way.

    Args:
        article: The article to describe.

    Returns:
        One dict with the keys of :data:`ARTICLE_COLUMNS`: the header fields
        and counts of paragraphs, quotes, distinct speakers, metrics and dates.

    >>> from kzaz_corpus import Article
    >>> row, = article_rows(Article.from_text("date 2025-10-21 Текст.", id="a1"))
    >>> row["article_id"], row["date"].isoformat(), row["n_quotes"]
    ('a1', '2025-10-21', 0)

    .. versionadded:: 0.1.0
    """
    return [
        {
            "article_id": article.id,
            "date": article.date,
            "title": article.title,
            "author": article.author,
            "source": article.source,
            "photo_credit": article.photo_credit,
            "n_chars": len(article.text),
            "n_paragraphs": len(article.paragraphs),
            "n_quotes": len(article.quotes),
            "n_speakers": len(article.speakers),
            "n_metrics": len(article.metrics),
            "n_dates": len(article.dates),
        }
    ]


def _mention(text: str, start: int | None, end: int | None) -> str | None:
    if start is None or end is None or not 0 <= start < end <= len(text):
        return None
    return text[start:end]


def quote_rows(article: Article) -> list[Row]:
    """
    Return one row per quote of *article*, in text order.

    Args:
        article: The article whose quotes to list.

    Returns:
        Dicts with the keys of :data:`QUOTE_COLUMNS`: ids, the span and text,
        kind, speaker, role, the attributing mention (span and text), verb and
        medium.

    >>> from kzaz_corpus import Article, Quote
    >>> text = "Министр Иван Петров заявил: «Рост продолжится»."
    >>> q = Quote(start=29, end=45, text="Рост продолжится", kind="direct",
    ...           speaker="Иван Петров", mention_start=8, mention_end=19, verb="заявить")
    >>> row, = quote_rows(Article(id="a1", text=text, quotes=(q,)))
    >>> row["quote_id"], row["mention"], row["verb"]
    ('a1#q0', 'Иван Петров', 'заявить')

    .. versionadded:: 0.1.0
    """
    rows: list[Row] = []
    for i, q in enumerate(_in_order(article.quotes)):
        rows.append(
            {
                "quote_id": _quote_id(article, i),
                "article_id": article.id,
                "article_date": article.date,
                "start": q.start,
                "end": q.end,
                "text": q.text,
                "kind": q.kind,
                "speaker": q.speaker,
                "speaker_named": q.speaker_named if q.speaker is not None else None,
                "role": q.role,
                "mention_start": q.mention_start,
                "mention_end": q.mention_end,
                "mention": _mention(article.text, q.mention_start, q.mention_end),
                "verb": q.verb,
                "medium": q.medium,
            }
        )
    return rows


class _QuoteIndex:
    """Find the innermost quote containing a span, in logarithmic time per lookup."""

    def __init__(self, article: Article) -> None:
        quotes: list[Quote] = _in_order(article.quotes)
        self._quotes = quotes
        self._starts = [q.start for q in quotes]
        self._ids = [_quote_id(article, i) for i in range(len(quotes))]
        # The longest quote is rarely longer than a few paragraphs, so scanning
        # back from the last quote starting before the span stays short.
        self._max_len = max((q.end - q.start for q in quotes), default=0)

    def containing(self, start: int, end: int) -> tuple[str, Quote] | None:
        i = bisect.bisect_right(self._starts, start) - 1
        best: tuple[str, Quote] | None = None
        while i >= 0 and self._starts[i] >= start - self._max_len:
            q = self._quotes[i]
            if q.start <= start and end <= q.end and (best is None or q.end - q.start < best[1].end - best[1].start):
                best = (self._ids[i], q)
            i -= 1
        return best


def _date_ids(article: Article) -> dict[tuple[int, int], str]:
    ids: dict[tuple[int, int], str] = {}
    for i, d in enumerate(_in_order(article.dates)):
        ids.setdefault((d.start, d.end), _date_id(article, i))
    return ids


def metric_rows(article: Article) -> list[Row]:
    """
    Return one row per metric of *article*, in text order.

    Args:
        article: The article whose metrics to list.

    Returns:
        Dicts with the keys of :data:`METRIC_COLUMNS`: ids, the span and
        surface, value and high end, unit, qualifier, kind, subject, the
        period (its ``date_id`` when it is one of the article's dates, its
        surface, first and last day, granularity), the sentence span, and
        the quote that states the figure with its speaker, if any.

    >>> from kzaz_corpus import Article, Metric
    >>> text = "Экспорт вырос на 12 процентов."
    >>> m = Metric(start=17, end=29, surface="12 процентов", value=12, unit="процент", kind="change")
    >>> row, = metric_rows(Article(id="a1", text=text, metrics=(m,)))
    >>> row["metric_id"], row["value"], row["unit"], row["kind"], row["quote_id"]
    ('a1#m0', 12.0, 'процент', 'change', None)

    .. versionadded:: 0.1.0
    """
    quotes = _QuoteIndex(article)
    date_ids = _date_ids(article)
    rows: list[Row] = []
    for i, m in enumerate(_in_order(article.metrics)):
        period: DateMention | None = m.period
        inside = quotes.containing(m.start, m.end)
        rows.append(
            {
                "metric_id": _metric_id(article, i),
                "article_id": article.id,
                "article_date": article.date,
                "start": m.start,
                "end": m.end,
                "surface": m.surface,
                "value": m.value,
                "high": m.high,
                "unit": m.unit,
                "qualifier": m.qualifier,
                "kind": m.kind,
                "subject": m.subject,
                "period_id": date_ids.get((period.start, period.end)) if period is not None else None,
                "period": period.surface if period is not None else None,
                "period_start": period.value if period is not None else None,
                "period_end": period.high if period is not None else None,
                "period_granularity": period.granularity if period is not None else None,
                "sentence_start": m.sentence_start,
                "sentence_end": m.sentence_end,
                "quote_id": inside[0] if inside else None,
                "speaker": inside[1].speaker if inside else None,
            }
        )
    return rows


def date_rows(article: Article) -> list[Row]:
    """
    Return one row per date mention of *article*, in text order.

    Args:
        article: The article whose dates to list.

    Returns:
        Dicts with the keys of :data:`DATE_COLUMNS`: ids, the span and
        surface, the first and last day covered, granularity, and the
        ``relative``/``open_ended`` flags.

    >>> import datetime as dt
    >>> from kzaz_corpus import Article, DateMention
    >>> d = DateMention(start=2, end=13, surface="2025 году", value=dt.date(2025, 1, 1),
    ...                 high=dt.date(2025, 12, 31), granularity="year")
    >>> row, = date_rows(Article(id="a1", text="В 2025 году.", dates=(d,)))
    >>> row["date_id"], row["high"].isoformat(), row["granularity"]
    ('a1#d0', '2025-12-31', 'year')

    .. versionadded:: 0.1.0
    """
    rows: list[Row] = []
    for i, d in enumerate(_in_order(article.dates)):
        rows.append(
            {
                "date_id": _date_id(article, i),
                "article_id": article.id,
                "article_date": article.date,
                "start": d.start,
                "end": d.end,
                "surface": d.surface,
                "value": d.value,
                "high": d.high,
                "granularity": d.granularity,
                "relative": d.relative,
                "open_ended": d.open_ended,
            }
        )
    return rows


@frozen(repr=False)
class Frames:
    """
    The corpus as four linked pandas data frames.

    Attributes:
        articles: One row per article (:data:`ARTICLE_COLUMNS`).
        quotes: One row per quote (:data:`QUOTE_COLUMNS`).
        metrics: One row per metric (:data:`METRIC_COLUMNS`).
        dates: One row per date mention (:data:`DATE_COLUMNS`).

    Join them on ``article_id``; a metric's ``quote_id`` and ``period_id``
    point into :attr:`quotes` and :attr:`dates`.

    Two more tables come with them: :attr:`entities`, one row per entity of
    each article (:data:`~kzaz_corpus.views.entity_rows.ENTITY_COLUMNS`), and
    :attr:`timeline`, one row per point of the corpus's figure timeline
    (:data:`~kzaz_corpus.views.entity_rows.TIMELINE_COLUMNS`; filled by
    :meth:`Corpus.to_pandas <kzaz_corpus.Corpus.to_pandas>`).

    >>> from kzaz_corpus import Corpus
    >>> Corpus.from_texts({"a1": "Текст."}).to_pandas()
    Frames(articles=1, quotes=0, metrics=0, dates=0)

    .. versionadded:: 0.1.0
    """

    articles: Any
    quotes: Any
    metrics: Any
    dates: Any
    entities: Any = None
    timeline: Any = None

    def __repr__(self) -> str:
        sizes = ", ".join(f"{name}={len(getattr(self, name))}" for name in ("articles", "quotes", "metrics", "dates"))
        return f"Frames({sizes})"

    def to_parquet(self, directory: str | Path) -> tuple[Path, ...]:
        """
        Write each table to ``<directory>/<table>.parquet`` (needs pyarrow).

        The directory is created if missing; existing files are replaced.

        Returns:
            The paths written: articles, quotes, metrics, dates.

        >>> import tempfile
        >>> from kzaz_corpus import Corpus
        >>> f = Corpus.from_texts({"a1": "Текст."}).to_pandas()
        >>> with tempfile.TemporaryDirectory() as d:
        ...     [p.name for p in f.to_parquet(d)]
        ['articles.parquet', 'quotes.parquet', 'metrics.parquet', 'dates.parquet']
        """
        out = Path(directory)
        out.mkdir(parents=True, exist_ok=True)
        paths = []
        for name in ("articles", "quotes", "metrics", "dates"):
            path = out / f"{name}.parquet"
            getattr(self, name).to_parquet(path, index=False)
            paths.append(path)
        return tuple(paths)


def _pandas() -> Any:
    try:
        return importlib.import_module("pandas")
    except ImportError as exc:  # pragma: no cover - depends on the environment
        raise ImportError("to_pandas() needs pandas: pip install 'kzaz_corpus[pandas]'") from exc


def _frame(pd: Any, rows: list[Row], columns: Mapping[str, str]) -> Any:
    """Build a frame with exactly *columns*, in order and typed, even when *rows* is empty."""
    data = {name: pd.Series([r[name] for r in rows], dtype=dtype) for name, dtype in columns.items()}
    return pd.DataFrame(data, columns=list(columns))


def to_pandas(articles: Iterable[Article], *, timeline: Iterable[TimelinePoint] = ()) -> Frames:
    """
    Turn a corpus (or any iterable of articles) into linked pandas data frames.

    Args:
        articles: A :class:`~kzaz_corpus.Corpus` or any iterable of articles.
        timeline: Points for the ``timeline`` table (from
            :meth:`Corpus.timeline <kzaz_corpus.Corpus.timeline>`).

    Returns:
        A :class:`Frames` with ``articles``, ``quotes``, ``metrics`` and
        ``dates`` data frames, and ``entities`` and ``timeline``.

    Raises:
        ImportError: if pandas is not installed.

    >>> from kzaz_corpus import Article, Metric
    >>> a = Article(id="a1", text="Около 5 тысяч тонн.",
    ...             metrics=(Metric(start=0, end=18, surface="Около 5 тысяч тонн", value=5000,
    ...                             unit="тонна", qualifier="approx", kind="level"),))
    >>> f = to_pandas([a])
    >>> f.metrics[["metric_id", "value", "unit", "qualifier"]].to_dict("records")
    [{'metric_id': 'a1#m0', 'value': 5000.0, 'unit': 'тонна', 'qualifier': 'approx'}]

    .. versionadded:: 0.1.0
    """
    pd = _pandas()
    tables: dict[str, list[Row]] = {"articles": [], "quotes": [], "metrics": [], "dates": [], "entities": []}
    for a in articles:
        tables["entities"].extend(entity_rows(a))
        tables["articles"].extend(article_rows(a))
        tables["quotes"].extend(quote_rows(a))
        tables["metrics"].extend(metric_rows(a))
        tables["dates"].extend(date_rows(a))
    return Frames(
        articles=_frame(pd, tables["articles"], ARTICLE_COLUMNS),
        quotes=_frame(pd, tables["quotes"], QUOTE_COLUMNS),
        metrics=_frame(pd, tables["metrics"], METRIC_COLUMNS),
        dates=_frame(pd, tables["dates"], DATE_COLUMNS),
        entities=_frame(pd, tables["entities"], ENTITY_COLUMNS),
        timeline=_frame(pd, timeline_rows(timeline), TIMELINE_COLUMNS),
    )


def to_parquet(articles: Iterable[Article], directory: str | Path) -> tuple[Path, ...]:
    """
    Write the tables of :func:`to_pandas` as Parquet files into *directory*.

    Args:
        articles: A :class:`~kzaz_corpus.Corpus` or any iterable of articles.
        directory: Where to write ``articles.parquet``, ``quotes.parquet``,
            ``metrics.parquet`` and ``dates.parquet`` (created if missing).

    Returns:
        The paths written.

    Raises:
        ImportError: if pandas or pyarrow is not installed.

    >>> import tempfile
    >>> from kzaz_corpus import Corpus
    >>> with tempfile.TemporaryDirectory() as d:
    ...     len(to_parquet(Corpus.from_texts({"a1": "Текст."}), d))
    4

    .. versionadded:: 0.1.0
    """
    return to_pandas(articles).to_parquet(directory)

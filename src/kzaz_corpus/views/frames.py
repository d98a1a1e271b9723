"""
Tables for data tools: articles, quotes, metrics, dates and texts as rows and data frames.

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
  mappings, so empty tables still have typed columns. Columns with a fixed
  small set of values (``kind``, ``qualifier``, ``granularity``) are
  categorical, with the categories of :data:`CATEGORIES`, so every table
  and every partition of a Dask table has the same dtype.
- The ``texts`` table holds each article's text, so that the ``start`` and
  ``end`` offsets of the other tables point at something after export.
- Strings that cannot be encoded as UTF-8 (lone surrogates, from file names
  that were not UTF-8) have those characters replaced by U+FFFD in the
  tables: one character for one, so offsets stay true.
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
import re
import typing
from collections.abc import Iterable, Mapping
from pathlib import Path
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

from attrs import frozen

from ..model import DateMention, Granularity, MetricKind, Qualifier, Quote, QuoteKind, TimelinePoint
from .entity_rows import ENTITY_COLUMNS, TIMELINE_COLUMNS, entity_rows, rows_frame, timeline_rows

if TYPE_CHECKING:  # pragma: no cover
    from ..article import Article

__all__ = [
    "ARTICLE_COLUMNS",
    "CATEGORIES",
    "DATE_COLUMNS",
    "ERROR_COLUMNS",
    "METRIC_COLUMNS",
    "QUOTE_COLUMNS",
    "TABLE_COLUMNS",
    "TEXT_COLUMNS",
    "Frames",
    "article_rows",
    "column_dtype",
    "date_rows",
    "error_rows",
    "metric_rows",
    "quote_rows",
    "table_frame",
    "text_rows",
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
        "kind": "category",
        "speaker": "string",
        "speaker_named": "boolean",
        "role": "string",
        "mention_start": "Int64",
        "mention_end": "Int64",
        "mention": "string",
        "verb": "string",
        "medium": "string",
        "rule": "string",
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
        "qualifier": "category",
        "kind": "category",
        "subject": "string",
        "period_id": "string",
        "period": "string",
        "period_start": "datetime64[s]",
        "period_end": "datetime64[s]",
        "period_granularity": "category",
        "sentence_start": "Int64",
        "sentence_end": "Int64",
        "quote_id": "string",
        "speaker": "string",
        "rule": "string",
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
        "granularity": "category",
        "relative": "boolean",
        "open_ended": "boolean",
    }
)


#: Columns of the texts table, each article's text, which the offsets of the other tables index.
TEXT_COLUMNS: Mapping[str, str] = MappingProxyType({"article_id": "string", "text": "string"})

#: Columns of the table of files (or texts) that could not be loaded, and of warnings about ones that were.
ERROR_COLUMNS: Mapping[str, str] = MappingProxyType({"path": "string", "reason": "string", "severity": "category"})

#: The categories of each categorical column, by column name.
CATEGORIES: Mapping[str, tuple[str, ...]] = MappingProxyType(
    {
        "quotes.kind": typing.get_args(QuoteKind),
        "metrics.kind": typing.get_args(MetricKind),
        "metrics.qualifier": typing.get_args(Qualifier),
        "metrics.period_granularity": typing.get_args(Granularity),
        "dates.granularity": typing.get_args(Granularity),
        "errors.severity": ("error", "warning"),
    }
)

#: Every table's columns, by table name.
TABLE_COLUMNS: Mapping[str, Mapping[str, str]] = MappingProxyType(
    {
        "articles": ARTICLE_COLUMNS,
        "quotes": QUOTE_COLUMNS,
        "metrics": METRIC_COLUMNS,
        "dates": DATE_COLUMNS,
        "texts": TEXT_COLUMNS,
        "errors": ERROR_COLUMNS,
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

    A list, like the other row builders, so that all of them can be mapped and
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
                "rule": q.rule,
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
                "rule": m.rule,
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
    The corpus as linked pandas data frames.

    Attributes:
        articles: One row per article (:data:`ARTICLE_COLUMNS`).
        quotes: One row per quote (:data:`QUOTE_COLUMNS`).
        metrics: One row per metric (:data:`METRIC_COLUMNS`).
        dates: One row per date mention (:data:`DATE_COLUMNS`).
        texts: One row per article with its text (:data:`TEXT_COLUMNS`).
        errors: One row per load error or warning (:data:`ERROR_COLUMNS`).

    Join them on ``article_id``; a metric's ``quote_id`` and ``period_id``
    point into :attr:`quotes` and :attr:`dates`, and every ``start``/``end``
    indexes the article's row of :attr:`texts`.

    Two more tables come with them: ``entities``, one row per entity of each
    article (:data:`~kzaz_corpus.views.entity_rows.ENTITY_COLUMNS`), and
    ``timeline``, one row per point of the corpus's figure timeline
    (:data:`~kzaz_corpus.views.entity_rows.TIMELINE_COLUMNS`; filled by
    :meth:`Corpus.to_pandas <kzaz_corpus.Corpus.to_pandas>`).

    >>> from kzaz_corpus import Corpus
    >>> Corpus.from_texts({"a1": "Текст."}).to_pandas()
    Frames(articles=1, quotes=0, metrics=0, dates=0, texts=1, errors=0)

    .. versionadded:: 0.1.0
    """

    articles: Any
    quotes: Any
    metrics: Any
    dates: Any
    texts: Any
    errors: Any
    entities: Any = None
    timeline: Any = None

    def __repr__(self) -> str:
        sizes = ", ".join(f"{name}={len(getattr(self, name))}" for name in TABLE_COLUMNS)
        return f"Frames({sizes})"

    def to_parquet(self, directory: str | Path) -> tuple[Path, ...]:
        """
        Write each table to ``<directory>/<table>.parquet`` (needs pyarrow).

        The directory is created if missing; existing files are replaced.

        Returns:
            The paths written: articles, quotes, metrics, dates, texts, errors.

        >>> import tempfile
        >>> from kzaz_corpus import Corpus
        >>> f = Corpus.from_texts({"a1": "Текст."}).to_pandas()
        >>> with tempfile.TemporaryDirectory() as d:
        ...     [p.name for p in f.to_parquet(d)]
        ['articles.parquet', 'quotes.parquet', 'metrics.parquet', 'dates.parquet', 'texts.parquet', 'errors.parquet']
        """
        out = Path(directory)
        out.mkdir(parents=True, exist_ok=True)
        paths = []
        for name in TABLE_COLUMNS:
            path = out / f"{name}.parquet"
            getattr(self, name).to_parquet(path, index=False)
            paths.append(path)
        return tuple(paths)


def _pandas() -> Any:
    try:
        return importlib.import_module("pandas")
    except ImportError as exc:  # pragma: no cover - depends on the environment
        raise ImportError("to_pandas() needs pandas: pip install 'kzaz_corpus[pandas]'") from exc


_SURROGATE = re.compile("[\ud800-\udfff]")


def _utf8(value: Any) -> Any:
    """A string that UTF-8 can encode: lone surrogates become U+FFFD (same length, offsets unchanged)."""
    if isinstance(value, str) and _SURROGATE.search(value):
        return _SURROGATE.sub("\ufffd", value)
    return value


def column_dtype(pd: Any, table: str, column: str) -> Any:
    """
    The pandas dtype of a column: the name in the ``*_COLUMNS`` mapping, or a fixed categorical.

    >>> import pandas as pd
    >>> column_dtype(pd, "quotes", "kind")
    CategoricalDtype(categories=['direct', 'indirect'], ordered=False, categories_dtype=str)
    """
    dtype = TABLE_COLUMNS[table][column]
    if dtype == "category":
        return pd.CategoricalDtype(list(CATEGORIES[f"{table}.{column}"]))
    return dtype


def table_frame(pd: Any, table: str, rows: list[Row]) -> Any:
    """
    Build the data frame of *table* from row dicts: exactly its columns, in order and typed, even when empty.

    >>> import pandas as pd
    >>> list(table_frame(pd, "texts", []).columns)
    ['article_id', 'text']
    """
    columns = TABLE_COLUMNS[table]
    data = {}
    for name, dtype in columns.items():
        values = [r[name] for r in rows]
        if dtype == "string":
            values = [_utf8(v) for v in values]
        data[name] = pd.Series(values, dtype=column_dtype(pd, table, name))
    return pd.DataFrame(data, columns=list(columns))


def text_rows(article: Article) -> list[Row]:
    """
    Return the article's row of the texts table: its id and text.

    >>> from kzaz_corpus import Article
    >>> text_rows(Article(id="a1", text="Текст."))
    [{'article_id': 'a1', 'text': 'Текст.'}]

    .. versionadded:: 0.1.0
    """
    return [{"article_id": article.id, "text": article.text}]


def error_rows(errors: Iterable[Any]) -> list[Row]:
    """
    Return one row per load error or warning (:class:`~kzaz_corpus.LoadError`).

    >>> from kzaz_corpus import LoadError
    >>> error_rows([LoadError(path="b.txt", reason="binary content")])
    [{'path': 'b.txt', 'reason': 'binary content', 'severity': 'error'}]

    .. versionadded:: 0.1.0
    """
    return [{"path": e.path, "reason": e.reason, "severity": e.severity} for e in errors]


def to_pandas(
    articles: Iterable[Article], errors: Iterable[Any] | None = None, *, timeline: Iterable[TimelinePoint] = ()
) -> Frames:
    """
    Turn a corpus (or any iterable of articles) into linked pandas data frames.

    Args:
        articles: A :class:`~kzaz_corpus.Corpus` or any iterable of articles.
        errors: The load errors for the ``errors`` table (default: those of
            a corpus, none for other iterables).
        timeline: The points of the ``timeline`` table (from
            :meth:`Corpus.timeline <kzaz_corpus.Corpus.timeline>`).

    Returns:
        A :class:`Frames` with ``articles``, ``quotes``, ``metrics``,
        ``dates``, ``texts`` and ``errors`` data frames.

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
    tables: dict[str, list[Row]] = {name: [] for name in TABLE_COLUMNS}
    entities: list[Row] = []
    for a in articles:
        for name, builder in _BUILDERS.items():
            tables[name].extend(builder(a))
        entities.extend(entity_rows(a))
    tables["errors"] = error_rows(getattr(articles, "errors", ()) if errors is None else errors)
    return Frames(
        **{name: table_frame(pd, name, rows) for name, rows in tables.items()},
        entities=rows_frame(pd, entities, ENTITY_COLUMNS),
        timeline=rows_frame(pd, timeline_rows(timeline), TIMELINE_COLUMNS),
    )


_BUILDERS = {
    "articles": article_rows,
    "quotes": quote_rows,
    "metrics": metric_rows,
    "dates": date_rows,
    "texts": text_rows,
}


def to_parquet(articles: Iterable[Article], directory: str | Path) -> tuple[Path, ...]:
    """
    Write the tables of :func:`to_pandas` as Parquet files into *directory*.

    Args:
        articles: A :class:`~kzaz_corpus.Corpus` or any iterable of articles.
        directory: Where to write ``articles.parquet``, ``quotes.parquet``,
            ``metrics.parquet``, ``dates.parquet``, ``texts.parquet`` and
            ``errors.parquet`` (created if missing).

    Returns:
        The paths written.

    Raises:
        ImportError: if pandas or pyarrow is not installed.

    >>> import tempfile
    >>> from kzaz_corpus import Corpus
    >>> with tempfile.TemporaryDirectory() as d:
    ...     len(to_parquet(Corpus.from_texts({"a1": "Текст."}), d))
    6

    .. versionadded:: 0.1.0
    """
    return to_pandas(articles).to_parquet(directory)

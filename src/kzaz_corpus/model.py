"""
Leaf records: what the extractors find in an article.

Every record is an immutable ``attrs`` class with ``start``/``end`` character
offsets into :attr:`kzaz_corpus.Article.text` and the raw ``surface`` (or
``text``) that those offsets slice out. Records carry data, no logic beyond
conversion to and from plain dicts.

>>> m = Metric(start=0, end=11, surface="62 процента", value=62.0, unit="процент")
>>> m.to_dict()["unit"]
'процент'
>>> Metric.from_dict(m.to_dict()) == m
True
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterable
from typing import Any, Literal, TypeVar, cast

import attrs
from attrs import field, frozen

__all__ = [
    "ENTITY_KINDS",
    "TEXT_KINDS",
    "CorpusEntity",
    "DateMention",
    "Entity",
    "EntityKind",
    "Granularity",
    "Header",
    "Metric",
    "MetricKind",
    "Paragraph",
    "ParagraphKind",
    "Qualifier",
    "Quote",
    "QuoteKind",
    "TimelinePoint",
]

QuoteKind = Literal["direct", "indirect"]
Qualifier = Literal["approx", "more", "less"]
MetricKind = Literal["level", "change", "target", "multiplier", "count"]
Granularity = Literal["day", "month", "quarter", "half", "year", "decade"]
ParagraphKind = Literal["body", "title", "subheading", "credit", "author", "source", "dateline"]
EntityKind = Literal["person", "organisation", "country", "place", "project"]
#: Every kind an :class:`Entity` can have.
ENTITY_KINDS: tuple[str, ...] = ("person", "organisation", "country", "place", "project")
#: The paragraph kinds that hold the article's own text, where quotes, figures and dates are searched.
TEXT_KINDS: frozenset[str] = frozenset({"body", "title", "subheading"})

_R = TypeVar("_R")


def _date_or_none(value: object) -> _dt.date | None:
    """Accept a date, an ISO string or None (used when reading dicts back)."""
    if value is None or isinstance(value, _dt.date):
        return value
    if isinstance(value, str):
        return _dt.date.fromisoformat(value)
    raise TypeError(f"expected a date, an ISO date string or None, got {type(value).__name__}")


def _plain(value: Any) -> Any:
    """Convert a field value to JSON-friendly data."""
    if isinstance(value, _dt.date):
        return value.isoformat()
    if isinstance(value, tuple):
        return [_plain(v) for v in value]
    if attrs.has(type(value)):
        return {f.name: _plain(getattr(value, f.name)) for f in attrs.fields(type(value))}
    return value


class _Record:
    """Mixin: lossless conversion to and from plain dicts."""

    def to_dict(self) -> dict[str, Any]:
        """
        Return the record as a JSON-friendly dict (dates as ISO strings).

        >>> Paragraph(start=0, end=3, kind="body").to_dict()
        {'start': 0, 'end': 3, 'kind': 'body'}
        """
        return {f.name: _plain(getattr(self, f.name)) for f in attrs.fields(cast(Any, type(self)))}

    @classmethod
    def from_dict(cls: type[_R], data: dict[str, Any]) -> _R:
        """
        Build the record back from :meth:`to_dict` output.

        >>> Paragraph.from_dict({"start": 0, "end": 3, "kind": "body"})
        Paragraph(start=0, end=3, kind='body')
        """
        names = {f.name for f in attrs.fields(cast(Any, cls))}
        unknown = set(data) - names
        if unknown:
            raise TypeError(f"unknown fields for {cls.__name__}: {sorted(unknown)}")
        return cls(**data)


@frozen
class Paragraph(_Record):
    """
    One line of the article body, classified.

    ``kind`` is ``"body"`` for running text, ``"title"`` for the first body line
    when it reads as a headline, ``"subheading"`` for a short section heading
    without final punctuation, and ``"credit"``, ``"author"``, ``"source"`` or
    ``"dateline"`` for header lines.

    >>> Paragraph(start=0, end=15, kind="subheading")
    Paragraph(start=0, end=15, kind='subheading')

    .. versionadded:: 0.1.0
    """

    start: int
    end: int
    kind: ParagraphKind = "body"


@frozen
class DateMention(_Record):
    """
    A time expression in the text, resolved to calendar dates.

    ``value`` is the first day the expression covers and ``high`` the last
    (equal for a single day); ``granularity`` says how precise it is.
    ``relative`` marks expressions resolved against the article's date
    (``в прошлом году``). ``open_ended`` marks spans with no stated end
    (``в ближайшие годы``): ``high`` is then ``None``. ``value`` is ``None``
    when a relative expression has no article date to resolve against.

    >>> d = DateMention(start=0, end=20, surface="21 октября 2025 года",
    ...                 value=_dt.date(2025, 10, 21), high=_dt.date(2025, 10, 21),
    ...                 granularity="day")
    >>> d.value.isoformat()
    '2025-10-21'

    .. versionadded:: 0.1.0
    """

    start: int
    end: int
    surface: str
    value: _dt.date | None = field(converter=_date_or_none)
    high: _dt.date | None = field(default=None, converter=_date_or_none)
    granularity: Granularity = "day"
    relative: bool = False
    open_ended: bool = False


@frozen
class Quote(_Record):
    """
    Speech or writing that the text attributes to someone.

    ``start``/``end`` delimit the quoted content only (no quotation marks, no
    attribution clause); ``text`` is that slice. ``speaker`` is the full name in
    the nominative when a person could be resolved, otherwise the descriptor as
    written (``пресс-служба президента``) with ``speaker_named=False``, or
    ``None`` when nothing attributes the quote.

    Attributes:
        kind: ``"direct"`` (verbatim) or ``"indirect"`` (reported).
        role: The speaker's title or role as written (``посол``), if any.
        mention_start, mention_end: The span of the attributing mention (the
            name, title or pronoun the attribution uses), if any.
        verb: The lemma of the speech verb (``заявить``), if any.
        medium: Where it was said (``в интервью Report``), if stated.
        rule: The name of the rule that found the quote (debugging aid; not
            part of equality).
        speaker_entity: The :attr:`Entity.id` of the speaker among the
            article's :attr:`~kzaz_corpus.Article.entities`, if linked (a
            link derived from the entities; not part of equality).

    >>> q = Quote(start=1, end=8, text="Привет.", kind="direct",
    ...           speaker="Касым-Жомарт Токаев")
    >>> q.speaker_named
    True

    .. versionadded:: 0.1.0
    """

    start: int
    end: int
    text: str
    kind: QuoteKind
    speaker: str | None = None
    speaker_named: bool = True
    role: str | None = None
    mention_start: int | None = None
    mention_end: int | None = None
    verb: str | None = None
    medium: str | None = None
    rule: str = field(default="", repr=False, eq=False)
    speaker_entity: str | None = field(default=None, eq=False)

    @property
    def surface(self) -> str:
        """
        The quoted content, the same as :attr:`text`.

        >>> Quote(start=0, end=2, text="Да", kind="direct").surface
        'Да'
        """
        return self.text

    def _repr_html_(self) -> str:
        from .views.html import format_quote_html

        return format_quote_html(self)


def _strings(items: Iterable[str]) -> tuple[str, ...]:
    return tuple(items)


def _floats(items: Iterable[float]) -> tuple[float, ...]:
    return tuple(float(x) for x in items)


def _period(value: object) -> DateMention | None:
    if value is None or isinstance(value, DateMention):
        return value
    if isinstance(value, dict):
        return DateMention.from_dict(value)
    raise TypeError(f"expected a DateMention, a dict or None, got {type(value).__name__}")


@frozen
class Metric(_Record):
    """
    A stated quantity: a number with what it measures.

    Attributes:
        value: The number with scale applied (the low end for a range).
        high: The high end of a range, else ``None``.
        unit: The unit or counted noun as a lemma (``тонна``, ``доллар``,
            ``процент``, ``раз``), or ``None``.
        qualifier: ``"approx"``, ``"more"``, ``"less"`` or ``None``.
        kind: ``"level"`` (a stated amount), ``"change"`` (``вырос на``),
            ``"target"`` (``довести до``), ``"multiplier"`` (``в пять раз``,
            ``удвоить``) or ``"count"`` (a count of things), if known.
        subject: The noun phrase measured (``объем грузоперевозок``), if found.
        period: The time expression the figure refers to, if linked.
        period_start, period_end: The first and last day of that period
            (``period_end`` is ``None`` for an open-ended period); both are
            ``None`` when no period is linked.
        sentence_start, sentence_end: The sentence the figure came from.
        subject_entities: The :attr:`Entity.id` of each entity the figure is
            about (named in its sentence), in text order.
        indicator: What is measured, as a lower-case lemma phrase without the
            names of whom it is about (``товарооборот``, ``объем перевозок``,
            ``экспорт нефти``), if found. Both are links derived after
            extraction and are not part of equality.

    >>> Metric(start=0, end=17, surface="4,5 миллиона тонн", value=4.5e6, unit="тонна").high is None
    True

    .. versionadded:: 0.1.0
    """

    start: int
    end: int
    surface: str
    value: float = field(converter=float)
    high: float | None = None
    unit: str | None = None
    qualifier: Qualifier | None = None
    kind: MetricKind | None = None
    subject: str | None = None
    period: DateMention | None = field(default=None, converter=_period)
    sentence_start: int | None = None
    sentence_end: int | None = None
    period_start: _dt.date | None = field(default=None, converter=_date_or_none)
    period_end: _dt.date | None = field(default=None, converter=_date_or_none)
    rule: str = field(default="", repr=False, eq=False)
    subject_entities: tuple[str, ...] = field(default=(), converter=_strings, eq=False)
    indicator: str | None = field(default=None, eq=False)

    def _repr_html_(self) -> str:
        from .views.html import format_metric_html

        return format_metric_html(self)



def _spans(items: Iterable[Iterable[int]]) -> tuple[tuple[int, int], ...]:
    out = []
    for item in items:
        start, end = item
        out.append((int(start), int(end)))
    return tuple(out)


@frozen
class Entity(_Record):
    """
    Something an article names: a person, an organisation, a country, a place or a project.

    One entity gathers every way the article names it (``Транскаспийский
    международный транспортный маршрут``, ``ТМТМ``, ``Средний коридор``).

    Attributes:
        id: Unique within the article (``"e0"``, ``"e1"``, … in order of first mention).
        kind: ``"person"``, ``"organisation"``, ``"country"``, ``"place"`` or
            ``"project"`` (projects and routes: corridors, pipelines, railways).
        name: The canonical name, in the nominative: a person's full name; the
            full name of an organisation, country or project (from the shipped
            alias table when it lists the entity, else as the article writes it).
        aliases: Every other name the article uses for it, in the nominative
            (a surname alone, an abbreviation, another name, the name as
            written when the alias table gives the canonical one).
        mentions: The ``(start, end)`` spans of its mentions in the text.

    >>> e = Entity(id="e0", kind="organisation", name="КазМунайГаз", aliases=("КМГ",), mentions=((0, 3),))
    >>> Entity.from_dict(e.to_dict()) == e
    True

    .. versionadded:: 0.3.0
    """

    id: str
    kind: EntityKind
    name: str
    aliases: tuple[str, ...] = field(default=(), converter=_strings)
    mentions: tuple[tuple[int, int], ...] = field(default=(), converter=_spans)

    @property
    def names(self) -> tuple[str, ...]:
        """
        The canonical name followed by the aliases.

        >>> Entity(id="e0", kind="country", name="Казахстан", aliases=("РК",)).names
        ('Казахстан', 'РК')
        """
        return (self.name, *self.aliases)


@frozen
class CorpusEntity(_Record):
    """
    One entity across a corpus: the same entity named in several articles, merged once.

    Attributes:
        name: The canonical name (the one most articles use).
        kind: The entity kind (see :class:`Entity`).
        aliases: The union of the other names every article gives it.
        article_ids: The articles that name it, in id order.

    >>> CorpusEntity(name="Казахстан", kind="country", aliases=("РК",), article_ids=("a", "b")).article_ids
    ('a', 'b')

    .. versionadded:: 0.3.0
    """

    name: str
    kind: EntityKind
    aliases: tuple[str, ...] = field(default=(), converter=_strings)
    article_ids: tuple[str, ...] = field(default=(), converter=_strings)


def _sources(items: Iterable[Iterable[Any]]) -> tuple[tuple[str, int], ...]:
    out = []
    for item in items:
        article_id, start = item
        out.append((str(article_id), int(start)))
    return tuple(out)


@frozen
class TimelinePoint(_Record):
    """
    One figure for one period, as stated by one or more articles.

    Attributes:
        period_start, period_end: The period the figure is for (resolved
            against its article's date), or ``None`` when no period is stated.
        value, high, unit, kind: The figure, as in :class:`Metric`.
        indicator: What is measured (a lemma phrase, see :attr:`Metric.indicator`).
        entities: The canonical names of the entities it is about.
        sources: ``(article id, metric start)`` for every article that states it.
        conflict: ``True`` when another point gives a different figure for
            the same indicator, entities, period and unit.
        disagrees_with: The other values stated for that period.

    >>> p = TimelinePoint(period_start="2024-01-01", period_end="2024-12-31", value=4.5e6, unit="тонна",
    ...                   indicator="объем перевозок", sources=(("a", 10), ("b", 52)))
    >>> p.period_start.year, len(p.sources), p.conflict
    (2024, 2, False)
    >>> TimelinePoint.from_dict(p.to_dict()) == p
    True

    .. versionadded:: 0.3.0
    """

    period_start: _dt.date | None = field(converter=_date_or_none)
    period_end: _dt.date | None = field(converter=_date_or_none)
    value: float = field(converter=float)
    high: float | None = None
    unit: str | None = None
    kind: MetricKind | None = None
    indicator: str | None = None
    entities: tuple[str, ...] = field(default=(), converter=_strings)
    sources: tuple[tuple[str, int], ...] = field(default=(), converter=_sources)
    conflict: bool = False
    disagrees_with: tuple[float, ...] = field(default=(), converter=_floats)


def _paragraph_tuple(items: Iterable[Paragraph | dict[str, Any]]) -> tuple[Paragraph, ...]:
    return tuple(Paragraph.from_dict(x) if isinstance(x, dict) else x for x in items)


@frozen
class Header(_Record):
    """
    What the header lines of a raw document say, and how its lines divide.

    Attributes:
        date: The publication date stated by the header, or ``None``.
        author: The author's name in the nominative, or ``None``.
        title: The headline, if the document has one.
        photo_credit: The photo credit (a handle, URL or names in the
            nominative), if any.
        source: The stated source (``Источник: …``), if any.
        paragraphs: Every non-empty line of the document, classified.

    >>> Header(date=None).paragraphs
    ()

    .. versionadded:: 0.1.0
    """

    date: _dt.date | None = field(converter=_date_or_none)
    author: str | None = None
    title: str | None = None
    photo_credit: str | None = None
    source: str | None = None
    paragraphs: tuple[Paragraph, ...] = field(default=(), converter=_paragraph_tuple)

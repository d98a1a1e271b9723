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
import functools
import json
import math
import re
import types
import typing
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
    "PersonChain",
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


def _finite_float(value: Any) -> float:
    """Convert to a finite float; a value that is none is not a metric."""
    from .errors import ParseError

    try:
        out = float(value)
    except OverflowError:
        out = math.inf
    if not math.isfinite(out):
        raise ParseError(f"a metric value must be a finite number, got {_show(value)}", text=_show(value))
    return out


def _finite_or_none(value: Any) -> float | None:
    """Check that a number is finite; keep the value as given."""
    if isinstance(value, (int, float)):
        _finite_float(value)
    return cast("float | None", value)


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
        check_fields(cls, data)
        return cls(**data)


@frozen
class Paragraph(_Record):
    """
    One line of the article body, classified; lines broken inside a sentence (``Об этом\\nсообщил …``, where a
    link was stripped from the page) are one paragraph.

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


def _spans(items: Iterable[tuple[int, int] | list[int]]) -> tuple[tuple[int, int], ...]:
    return tuple((int(a), int(b)) for a, b in items)


def _strs(items: Iterable[str]) -> tuple[str, ...]:
    return tuple(items)


@frozen
class PersonChain(_Record):
    """
    One person of an article: every mention of them, linked into a chain.

    The chain holds the mentions by name in any case (``Касым-Жомарта
    Токаева``, ``Токаев``, ``А. Жумабаева``), and the titles and pronouns that
    attributed a quote to the person (``Глава государства``, ``он``), each as a
    ``(start, end)`` span into the article text, in text order.

    Attributes:
        name: The canonical name: the fullest nominative form the article gives.
        gender: ``"m"``, ``"f"`` or ``None`` when the text does not tell.
        aliases: The other nominative forms the article names the person by
            (``Токаев``, ``К. Токаев``), in order of first use.
        titles: The titles the article gives the person in apposition
            (``президент``, ``посол``), as lemmas, in order of first use.
        mentions: The spans of every mention.

    >>> c = PersonChain(name="Али Сарсенов", gender="m", aliases=("Сарсенов",), mentions=((8, 20), (31, 33)))
    >>> PersonChain.from_dict(c.to_dict()) == c
    True

    .. versionadded:: 0.2.0
    """

    name: str
    gender: Literal["m", "f"] | None = None
    aliases: tuple[str, ...] = field(default=(), converter=_strs)
    titles: tuple[str, ...] = field(default=(), converter=_strs)
    mentions: tuple[tuple[int, int], ...] = field(default=(), converter=_spans)


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
    value: float = field(converter=_finite_float)
    high: float | None = field(default=None, converter=_finite_or_none)
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

    .. versionadded:: 0.2.0
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

    .. versionadded:: 0.2.0
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

    .. versionadded:: 0.2.0
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


# -- validation of plain data (records read back from JSON) -----------------------

#: Largest magnitude accepted for a float field (finite, with room to spare).
_MAX_FLOAT = 1e300


def _show(value: object) -> str:
    """A short repr of a bad value for an error message."""
    if isinstance(value, (dict, list)):
        return f"a JSON {'object' if isinstance(value, dict) else 'array'}"
    text = repr(value) if not isinstance(value, int) or abs(value) < 10**30 else "a huge integer"
    return text if len(text) <= 60 else text[:57] + "..."


def _fail(where: str, expected: str, value: object) -> typing.NoReturn:
    from .errors import ParseError

    raise ParseError(f"{where}: expected {expected}, got {_show(value)}", text=_show(value))


def _check_int(where: str, value: object) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value < 2**62:
        _fail(where, "a non-negative integer", value)


def _check_float(where: str, value: object) -> None:
    ok = isinstance(value, (int, float)) and not isinstance(value, bool)
    if ok and isinstance(value, int):
        ok = abs(value) <= 10**300
    if not ok or not math.isfinite(float(cast(float, value))) or abs(float(cast(float, value))) > _MAX_FLOAT:
        _fail(where, "a finite number", value)


def _check_date(where: str, value: object) -> None:
    if isinstance(value, _dt.date):
        return
    if isinstance(value, str) and len(value) == 10:
        try:
            _dt.date.fromisoformat(value)
            return
        except ValueError:
            pass
    _fail(where, "an ISO date (YYYY-MM-DD)", value)


def _check_scalar(where: str, hint: Any, value: object) -> bool:
    """Check *value* against a plain type; ``False`` if *hint* is not one."""
    if hint is int:
        _check_int(where, value)
    elif hint is float:
        _check_float(where, value)
    elif hint is bool:
        if not isinstance(value, bool):
            _fail(where, "true or false", value)
    elif hint is str:
        if not isinstance(value, str):
            _fail(where, "a string", value)
    elif hint is _dt.date:
        _check_date(where, value)
    else:
        return False
    return True


def _check_value(where: str, hint: Any, value: object) -> None:
    """Check one field value against its annotation (JSON-level types)."""
    origin = typing.get_origin(hint)
    args = typing.get_args(hint)
    if origin in (typing.Union, types.UnionType):
        if value is None and type(None) in args:
            return
        (inner,) = [a for a in args if a is not type(None)]
        _check_value(where, inner, value)
    elif origin is Literal:
        if value not in args or isinstance(value, bool):
            _fail(where, "one of " + ", ".join(repr(a) for a in args), value)
    elif origin is tuple:
        if not isinstance(value, (list, tuple)):
            _fail(where, "a list", value)
        fixed = len(args) > 1 and args[-1] is not Ellipsis  # tuple[str, int]: one type per position
        for i, item in enumerate(value):
            _check_value(f"{where}[{i}]", args[min(i, len(args) - 1)] if fixed else args[0], item)
    elif attrs.has(hint):
        if isinstance(value, hint):
            return
        if not isinstance(value, dict):
            _fail(where, f"a {hint.__name__} object", value)
        check_fields(hint, value, prefix=f"{where}.")
    elif not _check_scalar(where, hint, value):  # pragma: no cover - every field type is handled above
        raise AssertionError(f"no check for {hint!r}")


@functools.cache
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def check_fields(cls: type, data: object, prefix: str = "") -> None:
    """
    Check plain data (from JSON) against the fields of the record class *cls*: names, types, ranges.

    Offsets must be non-negative integers, floats finite, literals one of
    their values, dates ISO strings, nested records objects and sequences
    lists; fields without a default must be present.

    Raises:
        ParseError: ``"<field>: expected …, got …"`` for the first field that does not fit.

    >>> check_fields(Paragraph, {"start": "0", "end": 3})
    Traceback (most recent call last):
      ...
    kzaz_corpus.errors.ParseError: start: expected a non-negative integer, got '0'
    >>> check_fields(Metric, {"start": 0, "end": 1, "surface": "5", "value": 5, "period": {"start": -1}})
    Traceback (most recent call last):
      ...
    kzaz_corpus.errors.ParseError: period.start: expected a non-negative integer, got -1
    """
    if not isinstance(data, dict):
        _fail(prefix.rstrip(".") or "record", f"a {cls.__name__} object", data)
    fields = {f.name: f for f in attrs.fields(cast(Any, cls))}
    unknown = sorted(k for k in data if k not in fields)
    if unknown:
        _fail(f"{prefix}{unknown[0]}", f"one of the fields of {cls.__name__}", unknown[0])
    hints = _hints(cls)
    for name, f in fields.items():
        if name not in data:
            if f.default is attrs.NOTHING:
                _fail(f"{prefix}{name}", "a value (the field is required)", "nothing")
            continue
        _check_value(f"{prefix}{name}", hints[name], data[name])
    _check_span(data, prefix)


def _check_span(data: dict[str, Any], prefix: str) -> None:
    for lo, hi in (("start", "end"), ("mention_start", "mention_end"), ("sentence_start", "sentence_end")):
        a, b = data.get(lo), data.get(hi)
        if isinstance(a, int) and isinstance(b, int) and a > b:
            _fail(f"{prefix}{hi}", f"an offset at least {lo} ({a})", b)


_SURROGATE = re.compile("[\ud800-\udfff]")

_OFFSETS = ("start", "end", "mention_start", "mention_end", "sentence_start", "sentence_end")


def check_offsets(data: object, length: int, where: str = "") -> None:
    """
    Check that every offset in plain record data lies within a text of *length* characters.

    Raises:
        ParseError: naming the first offset past the end.

    >>> check_offsets({"quotes": [{"start": 2, "end": 9}]}, 5)
    Traceback (most recent call last):
      ...
    kzaz_corpus.errors.ParseError: quotes[0].end: expected an offset within the text (0..5), got 9
    """
    if isinstance(data, dict):
        for key, value in data.items():
            path = f"{where}.{key}" if where else str(key)
            if key in _OFFSETS and isinstance(value, int) and not isinstance(value, bool):
                if not 0 <= value <= length:
                    _fail(path, f"an offset within the text (0..{length})", value)
            else:
                check_offsets(value, length, path)
    elif isinstance(data, list):
        for i, item in enumerate(data):
            check_offsets(item, length, f"{where}[{i}]")


def json_line(data: object) -> str:
    """
    Strict JSON on one line: no ``NaN``/``Infinity``, Cyrillic as is, lone surrogates escaped.

    Text that cannot be encoded as UTF-8 (a lone surrogate from an undecodable
    file name, say) is written with ``\\u`` escapes, so the line is always
    valid UTF-8 and reads back to the same string.

    Raises:
        ValueError: if *data* holds a float that is not finite.

    >>> json_line({"a": "Да", "b": "x\\udcff"})
    '{"a": "Да", "b": "x\\\\udcff"}'
    """
    line = json.dumps(data, ensure_ascii=False, allow_nan=False)
    # A surrogate can only stand inside a JSON string, where its escape means the same.
    return _SURROGATE.sub(lambda m: f"\\u{ord(m.group()):04x}", line)


def _no_constant(name: str) -> Any:
    from .errors import ParseError

    raise ParseError(f"invalid JSON: expected a finite number, got {name}", text=name)


def json_load(line: str) -> Any:
    """
    Parse one line of strict JSON; every failure is a :class:`~kzaz_corpus.ParseError`.

    ``NaN`` and ``Infinity``, integers of thousands of digits and nesting too
    deep for the parser are refused with a message, not a bare exception.

    >>> json_load('{"a": [1, 2]}')
    {'a': [1, 2]}
    >>> json_load("[" * 100000)
    Traceback (most recent call last):
      ...
    kzaz_corpus.errors.ParseError: invalid JSON: nested too deeply
    """
    from .errors import ParseError

    try:
        return json.loads(line, parse_constant=_no_constant)
    except json.JSONDecodeError as exc:
        raise ParseError(f"invalid JSON: {exc.msg}", text=line[:200], pos=exc.pos) from exc
    except RecursionError as exc:
        raise ParseError("invalid JSON: nested too deeply", text=line[:200]) from exc
    except ParseError:
        raise
    except ValueError as exc:  # an integer too long to convert
        raise ParseError(f"invalid JSON: {exc}", text=line[:200]) from exc

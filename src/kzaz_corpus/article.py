"""
The article: one document with everything extracted from it.

:meth:`Article.from_text` is the one place that runs every extractor: the
header parser, then dates, quotes and metrics. Each extractor is a pure
function of the text (and of what ran before it), so an article is fully
determined by its text and id.
"""

from __future__ import annotations

import contextlib
import datetime as _dt
import gc
from collections.abc import Iterable, Iterator
from typing import Any

import attrs
from attrs import field, frozen

from .errors import ParseError
from .model import (
    DateMention,
    Entity,
    Metric,
    Paragraph,
    PersonChain,
    Quote,
    _date_or_none,
    _plain,
    check_fields,
    check_offsets,
    json_line,
    json_load,
)

__all__ = ["Article"]


# Above this many characters a document's own objects outnumber everything else, and the cyclic garbage
# collector's passes over them grow faster than the text (a text of short lines ten times longer took
# thirteen times as long). The collector is paused while such a text is read: reference counting still frees
# everything the stages drop, and the stages make no reference cycles of their own.
_PAUSE_COLLECTOR_CHARS = 50_000


@contextlib.contextmanager
def _collector_paused(size: int) -> Iterator[None]:
    """Pause the cyclic garbage collector while a text of *size* characters is read, if it is long and on."""
    if size < _PAUSE_COLLECTOR_CHARS or not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def _paragraphs(items: Iterable[Paragraph | dict[str, Any]]) -> tuple[Paragraph, ...]:
    return tuple(Paragraph.from_dict(x) if isinstance(x, dict) else x for x in items)


def _dates(items: Iterable[DateMention | dict[str, Any]]) -> tuple[DateMention, ...]:
    return tuple(DateMention.from_dict(x) if isinstance(x, dict) else x for x in items)


def _quotes(items: Iterable[Quote | dict[str, Any]]) -> tuple[Quote, ...]:
    return tuple(Quote.from_dict(x) if isinstance(x, dict) else x for x in items)


def _metrics(items: Iterable[Metric | dict[str, Any]]) -> tuple[Metric, ...]:
    return tuple(Metric.from_dict(x) if isinstance(x, dict) else x for x in items)


def _entities(items: Iterable[Entity | dict[str, Any]]) -> tuple[Entity, ...]:
    return tuple(Entity.from_dict(x) if isinstance(x, dict) else x for x in items)


@frozen
class Article:
    """
    A news article and what was found in it.

    Build one with :meth:`from_text`; every extracted object carries
    ``start``/``end`` offsets into :attr:`text`, which is exactly the text
    given to :meth:`from_text`.

    Attributes:
        id: The article's identifier (a file stem, for files).
        text: The decoded document, unchanged.
        date: The date its header states, else ``None`` (never a guess).
        author: The author in the nominative, if the header names one.
        title: The headline, if any.
        photo_credit: The photo credit, if any.
        source: The stated source (``Источник: …``), if any.
        paragraphs: The document's lines with their kinds.
        dates: Every time expression in the body, resolved.
        quotes: Every quote with its speaker.
        metrics: Every stated quantity.
        entities: Every person, organisation, country, place and project the
            article names, each with all its names (see :class:`~kzaz_corpus.Entity`).

    >>> a = Article.from_text("date 2025-10-21 Заголовок\\n\\nТекст.", id="x")
    >>> a.date
    datetime.date(2025, 10, 21)
    >>> a.title
    'Заголовок'

    .. versionadded:: 0.1.0
    """

    id: str
    text: str = field(repr=False)
    date: _dt.date | None = field(default=None, converter=_date_or_none)
    author: str | None = None
    title: str | None = None
    photo_credit: str | None = None
    source: str | None = None
    paragraphs: tuple[Paragraph, ...] = field(default=(), converter=_paragraphs, repr=False)
    dates: tuple[DateMention, ...] = field(default=(), converter=_dates, repr=False)
    quotes: tuple[Quote, ...] = field(default=(), converter=_quotes, repr=False)
    metrics: tuple[Metric, ...] = field(default=(), converter=_metrics, repr=False)
    entities: tuple[Entity, ...] = field(default=(), converter=_entities, repr=False)

    @classmethod
    def from_text(cls, text: str, id: str = "", date: _dt.date | None = None) -> Article:
        """
        Parse a raw document: header, dates, quotes and metrics.

        Args:
            text: The document as decoded text. It is kept exactly as given.
            id: An identifier for the article.
            date: The publication date, when it is known from elsewhere (a
                feed, a database): it overrides the date the header states,
                and relative expressions (``вчера``, ``в прошлом году``) are
                resolved against it.

        The stages run in order on one analysed document
        (:class:`~kzaz_corpus.text.doc.Doc`): the header stage classifies the
        lines and reads the date and author; the dates, quotes and metrics
        stages then read the document (metrics also read the dates, to link
        each figure to its period). Last, the entities stage finds who and what
        the article names, and links each quote to its speaker's entity and each
        metric to the entities it is about and to what it measures.

        Raises:
            TypeError: if *text* or *id* is not a ``str``, or *date* is
                neither a ``datetime.date`` nor ``None``.

        An error inside a stage is a bug, not bad input: it propagates as it
        is, never disguised as a :class:`~kzaz_corpus.errors.KzazError`.

        >>> a = Article.from_text("Автор: Акпер Гасанов\\n\\nТекст без цифр.", id="a1")
        >>> (a.id, a.author, a.quotes, a.metrics)
        ('a1', 'Акпер Гасанов', (), ())
        >>> a = Article.from_text("Экспорт вырос вчера.", id="a2", date=_dt.date(2025, 10, 22))
        >>> a.date, a.dates[0].value
        (datetime.date(2025, 10, 22), datetime.date(2025, 10, 21))

        """
        if not isinstance(text, str):
            raise TypeError(f"Article.from_text expects str, got {type(text).__name__}")
        if not isinstance(id, str):
            raise TypeError(f"Article id must be str, got {type(id).__name__}")
        if date is not None and not isinstance(date, _dt.date):
            raise TypeError(f"Article date must be datetime.date or None, got {type(date).__name__}")
        if isinstance(date, _dt.datetime):
            date = date.date()
        # The stages compile their grammars when first imported: keep
        # ``import kzaz_corpus`` cheap by importing them on first use.
        from .stages import dates as dates_stage
        from .stages import entities as entities_stage
        from .stages import header as header_stage
        from .stages import metrics as metrics_stage
        from .stages.quotes import extract as quotes_stage
        from .text.doc import Doc

        with _collector_paused(len(text)):
            header = header_stage.parse_header(text)
            if date is not None:
                header = attrs.evolve(header, date=date)
            doc = Doc(text, header.paragraphs)
            dates = dates_stage.run(doc, anchor=header.date)
            quotes = quotes_stage.run(doc, date=header.date)
            metrics = metrics_stage.run(doc, dates=dates)
            entities = entities_stage.run(doc, quotes=quotes, metrics=metrics)
            quotes = entities_stage.link_quotes(quotes, entities)
            metrics = entities_stage.link_metrics(doc, metrics, entities, quotes)
        return cls(
            id=id,
            text=text,
            date=header.date,
            author=header.author,
            title=header.title,
            photo_credit=header.photo_credit,
            source=header.source,
            paragraphs=header.paragraphs,
            dates=dates,
            quotes=quotes,
            metrics=metrics,
            entities=entities,
        )

    @property
    def speakers(self) -> tuple[str, ...]:
        """
        The distinct speakers quoted in the article, in order of first quote.

        >>> Article(id="x", text="").speakers
        ()
        """
        seen: dict[str, None] = {}
        for q in self.quotes:
            if q.speaker:
                seen.setdefault(q.speaker, None)
        return tuple(seen)

    @property
    def persons(self) -> tuple[PersonChain, ...]:
        """
        The people the article names, one :class:`~kzaz_corpus.model.PersonChain` each, in order of first mention.

        Each chain links every mention of the person: names in any case,
        surnames alone, initials, and the titles and pronouns that attributed
        a quote to them. Computed from the text and the quotes on each access.

        >>> a = Article.from_text("Министр Али Сарсенов выступил. Он сказал, что рост продолжится.")
        >>> [(c.name, c.titles, len(c.mentions)) for c in a.persons]
        [('Али Сарсенов', ('министр',), 2)]

        .. versionadded:: 0.2.0
        """
        from .stages.quotes.chains import person_chains

        return person_chains(self.text, self.quotes)

    def _repr_html_(self) -> str:
        from .views.html import format_article_html

        return format_article_html(self)

    def to_dict(self) -> dict[str, Any]:
        """
        Return the article as JSON-friendly data; :meth:`from_dict` inverts it.

        >>> a = Article.from_text("Текст.", id="x")
        >>> Article.from_dict(a.to_dict()) == a
        True
        """
        return {f.name: _plain(getattr(self, f.name)) for f in attrs.fields(Article)}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Article:
        """
        Rebuild an article from :meth:`to_dict` output, without re-running extraction.

        Every field is checked: its type, and for offsets that they lie
        within the text.

        Raises:
            ParseError: if *data* lacks ``id``/``text``, has unknown fields, or
                a field does not fit (``"<field>: expected …, got …"``).

        >>> Article.from_dict({"id": "x", "text": "Текст."}).text
        'Текст.'
        >>> Article.from_dict({"id": "x", "text": "", "quotes": [5]})
        Traceback (most recent call last):
          ...
        kzaz_corpus.errors.ParseError: quotes[0]: expected a Quote object, got 5
        """
        names = {f.name for f in attrs.fields(Article)}
        if not isinstance(data, dict) or "id" not in data or "text" not in data:
            raise ParseError("expected a dict with at least 'id' and 'text'", text=repr(data)[:200])
        unknown = set(data) - names
        if unknown:
            raise ParseError(f"unknown article fields: {sorted(unknown)}", text=repr(data)[:200])
        if not isinstance(data["id"], str) or not isinstance(data["text"], str):
            raise ParseError("expected 'id' and 'text' to be strings", text=repr(data)[:200])
        check_fields(cls, data)
        check_offsets(data, len(data["text"]))
        try:
            return cls(**data)
        except Exception as exc:  # anything the checks above let through is still a bad record
            raise ParseError(f"bad article record {data.get('id')!r}: {exc}", text=repr(data)[:200]) from exc

    def to_json(self) -> str:
        """
        Return the article as one line of JSON.

        >>> Article.from_json(Article.from_text("Текст.", id="x").to_json()).id
        'x'
        """
        return json_line(self.to_dict())

    @classmethod
    def from_json(cls, line: str) -> Article:
        """
        Rebuild an article from :meth:`to_json` output.

        Raises:
            ParseError: if *line* is not valid JSON for an article.

        >>> Article.from_json('{"id": "x", "text": ""}').id
        'x'
        """
        if not isinstance(line, str):
            raise TypeError(f"Article.from_json expects str, got {type(line).__name__}")
        return cls.from_dict(json_load(line))
